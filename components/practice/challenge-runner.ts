import { getChallenge, type ControlValues, type Evaluation } from '@/lib/practice/challenges';

/** A challenge run's outcome: the evaluation, or why the values were refused. */
export type RunOutcome = { ok: true; evaluation: Evaluation } | { ok: false; errors: string[] };

/** Worker request and reply. */
export interface ChallengeRequest {
  id: number;
  challengeId: string;
  values: ControlValues;
}
export interface ChallengeReply {
  id: number;
  outcome: RunOutcome;
}

/** Runs a challenge where we are (worker or main thread); never throws. */
export function runChallenge(challengeId: string, values: ControlValues): RunOutcome {
  const challenge = getChallenge(challengeId);
  if (!challenge) return { ok: false, errors: [`unknown challenge ${challengeId}`] };
  try {
    return challenge.evaluate(values);
  } catch (e) {
    return { ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
}

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(o: RunOutcome): void; fallback(): void }>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./challenge.worker.ts', import.meta.url), { type: 'module', name: 'prepup-challenges' });
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (e: MessageEvent<ChallengeReply>) => {
      pending.get(e.data.id)?.resolve(e.data.outcome);
      pending.delete(e.data.id);
    };
    // A worker that fails to load (CSP, old browser): run everything left on the main thread.
    worker.onerror = () => {
      worker = null;
      for (const p of pending.values()) p.fallback();
      pending.clear();
    };
  }
  return worker;
}

/**
 * Runs a challenge off the main thread (one shared Web Worker); on the main thread, after a
 * yield, where workers are unavailable. Same pure function either way.
 */
export function runChallengeAsync(challengeId: string, values: ControlValues): Promise<RunOutcome> {
  const onMain = () => new Promise<RunOutcome>((resolve) => setTimeout(() => resolve(runChallenge(challengeId, values)), 0));
  const w = getWorker();
  if (!w) return onMain();
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, { resolve, fallback: () => void onMain().then(resolve) });
    w.postMessage({ id, challengeId, values } satisfies ChallengeRequest);
  });
}

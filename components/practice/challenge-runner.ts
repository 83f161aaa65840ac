import type { ControlValues } from '@/lib/practice/challenges';
import { runChallenge, type ChallengeReply, type ChallengeRequest, type RunOutcome } from './challenge-protocol';

export type { RunOutcome } from './challenge-protocol';

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

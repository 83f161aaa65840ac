import type { ControlValues } from '@/lib/practice/challenges';
import { measureSimCard, runChallenge, type ChallengeReply, type MeasureOutcome, type PracticeRequest, type RunOutcome } from './challenge-protocol';

export type { MeasureOutcome, RunOutcome } from './challenge-protocol';

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve(o: ChallengeReply['outcome']): void; fallback(): void }>();

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

/** Sends one request to the shared worker; runs `onMain` after a yield where workers are unavailable. */
function post<T extends ChallengeReply['outcome']>(request: Omit<PracticeRequest, 'id'>, onMainThread: () => T): Promise<T> {
  const onMain = () => new Promise<T>((resolve) => setTimeout(() => resolve(onMainThread()), 0));
  const w = getWorker();
  if (!w) return onMain();
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, { resolve: (o) => resolve(o as T), fallback: () => void onMain().then(resolve) });
    w.postMessage({ ...request, id } as PracticeRequest);
  });
}

/**
 * Runs a challenge off the main thread (one shared Web Worker); on the main thread, after a
 * yield, where workers are unavailable. Same pure function either way.
 */
export function runChallengeAsync(challengeId: string, values: ControlValues): Promise<RunOutcome> {
  return post({ challengeId, values }, () => runChallenge(challengeId, values));
}

/** Measures a simulation card's setup in the same worker. */
export function measureSimCardAsync(simCardId: string): Promise<MeasureOutcome> {
  return post({ simCardId }, () => measureSimCard(simCardId));
}

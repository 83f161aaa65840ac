import { Cancelled, type RunOptions } from '@/lib/sim-ui/compute';
import { COOPERATIVE_JOBS, type WorkerCancel, type WorkerJob, type WorkerRequest, type WorkerResponse } from './worker-protocol';

// The page's one Web Worker and its protocol client (no simulation definitions here: the practice
// pages use it too without loading them).

interface Pending {
  req: WorkerRequest;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  retry: () => void;
  onProgress?: (fraction: number) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(): void {
  worker = null;
  const all = [...pending.values()];
  pending.clear();
  for (const p of all) p.retry();
}

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'prepup-sim' });
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      // a terminated worker's late answers belong to nobody
      if (w !== worker) return;
      const p = pending.get(e.data.id);
      if (!p) return;
      if (e.data.type === 'progress') return p.onProgress?.(e.data.fraction);
      pending.delete(e.data.id);
      if (e.data.type === 'error') p.retry();
      else p.resolve(e.data.result);
    };
    w.onerror = () => {
      if (w === worker) failAll();
    };
    worker = w;
    return w;
  } catch {
    return null;
  }
}

/**
 * Cancel: the job's promise rejects with {@link Cancelled} at once. A cooperative job (a challenge
 * check) is told to stop and the worker carries on; for any other the worker (mid-run) is
 * terminated and the other jobs go to a fresh one.
 */
function cancel(id: number): void {
  const p = pending.get(id);
  if (!p) return;
  pending.delete(id);
  p.reject(new Cancelled());
  if (COOPERATIVE_JOBS.has(p.req.type)) {
    worker?.postMessage({ type: 'cancel', id } satisfies WorkerCancel);
    return;
  }
  worker?.terminate();
  worker = null;
  const others = [...pending.values()];
  const w = others.length ? getWorker() : null;
  for (const o of others) {
    if (w) w.postMessage(o.req);
    else {
      pending.delete(o.req.id);
      o.retry();
    }
  }
}

/**
 * Runs one job in the page's shared Web Worker (created on first use), with progress and Cancel
 * (`run.signal`); `onMain` computes it on the main thread, in chunks, where Worker is missing or
 * fails (same numbers either way). Every long computation on a page goes through here: runs to
 * the end, sweeps, challenge checks, simulation flashcards.
 *
 * @example
 * await workerJob({ type: 'challenge', challengeId, values }, { onProgress, signal }, () => checkOnMainThread(…));
 */
export function workerJob<T>(job: WorkerJob, run: RunOptions, onMain: () => Promise<T>): Promise<T> {
  if (run.signal?.aborted) return Promise.reject(new Cancelled());
  const w = getWorker();
  if (!w) return onMain();
  return new Promise<T>((resolve, reject) => {
    const id = nextId++;
    const req = { ...job, id } as WorkerRequest;
    pending.set(id, { req, resolve: resolve as (v: unknown) => void, reject, retry: () => void onMain().then(resolve, reject), onProgress: run.onProgress });
    run.signal?.addEventListener('abort', () => cancel(id), { once: true });
    w.postMessage(req);
  });
}


import type { ComputeBackend, FinishedLane, RunOptions } from '@/lib/sim-ui/compute';
import { Cancelled, mainThreadBackend } from '@/lib/sim-ui/compute';
import type { ActionAt, Params } from '@/lib/sim-ui/definition';
import type { SweepResult } from '@/lib/sim-ui/sweep';
import { simDefinitions } from '../definitions';
import type { WorkerJob, WorkerRequest, WorkerResponse } from './worker-protocol';

let shared: ComputeBackend | null = null;

interface Pending {
  req: WorkerRequest;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  retry: () => void;
  onProgress?: (fraction: number) => void;
}

/**
 * The page's compute backend: one Web Worker shared by every simulation on the page, created on
 * first use; chunks on the main thread if Worker is missing or fails (same numbers either way).
 * Cancel terminates the worker (a run cannot be interrupted from outside) and re-sends the other
 * simulations' pending jobs to a fresh one.
 */
export function computeBackend(): ComputeBackend {
  if (shared) return shared;
  const fallback = mainThreadBackend(simDefinitions);
  if (typeof Worker === 'undefined') return (shared = fallback);
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const failAll = () => {
    worker = null;
    const all = [...pending.values()];
    pending.clear();
    for (const p of all) p.retry();
  };
  const getWorker = (): Worker | null => {
    if (worker) return worker;
    try {
      const w = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'prepup-sim' });
      w.onmessage = (e: MessageEvent<WorkerResponse>) => {
        const p = pending.get(e.data.id);
        if (!p) return;
        if (e.data.type === 'progress') return p.onProgress?.(e.data.fraction);
        pending.delete(e.data.id);
        if (e.data.type === 'error') p.retry();
        else p.resolve(e.data.result);
      };
      w.onerror = failAll;
      worker = w;
      return w;
    } catch {
      return null;
    }
  };
  const cancel = (id: number) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.reject(new Cancelled());
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
  };
  function call<T>(job: WorkerJob, run: RunOptions, onMain: () => Promise<T>): Promise<T> {
    const w = getWorker();
    if (!w) return onMain();
    if (run.signal?.aborted) return Promise.reject(new Cancelled());
    return new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const req = { ...job, id } as WorkerRequest;
      pending.set(id, { req, resolve: resolve as (v: unknown) => void, reject, retry: () => void onMain().then(resolve, reject), onProgress: run.onProgress });
      run.signal?.addEventListener('abort', () => cancel(id), { once: true });
      w.postMessage(req);
    });
  }
  shared = {
    finish: (simId: string, lanes: Params[], actions: ActionAt[], run: RunOptions = {}) =>
      call<FinishedLane[]>({ type: 'finish', simId, lanes, actions }, run, () => fallback.finish(simId, lanes, actions, run)),
    sweep: (simId: string, params: Params, run: RunOptions = {}) => call<SweepResult>({ type: 'sweep', simId, params }, run, () => fallback.sweep(simId, params, run)),
  };
  return shared;
}

import type { ComputeBackend } from '@/lib/sim-ui/compute';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import type { ActionAt, Params } from '@/lib/sim-ui/definition';
import type { FinishedLane } from '@/lib/sim-ui/compute';
import type { SweepResult } from '@/lib/sim-ui/sweep';
import { simDefinitions } from '../definitions';
import type { WorkerJob, WorkerRequest, WorkerResponse } from './worker-protocol';

let shared: ComputeBackend | null = null;

/**
 * The page's compute backend: one Web Worker shared by every simulation on the page, created on
 * first use; chunks on the main thread if Worker is missing or fails (same numbers either way).
 */
export function computeBackend(): ComputeBackend {
  if (shared) return shared;
  const fallback = mainThreadBackend(simDefinitions);
  if (typeof Worker === 'undefined') return (shared = fallback);
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; retry: () => void }>();
  const failAll = () => {
    worker = null;
    for (const p of pending.values()) p.retry();
    pending.clear();
  };
  const getWorker = (): Worker | null => {
    if (worker) return worker;
    try {
      worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'prepup-sim' });
      worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
        const p = pending.get(e.data.id);
        pending.delete(e.data.id);
        if (!p) return;
        if (e.data.type === 'error') p.retry();
        else p.resolve(e.data.result);
      };
      worker.onerror = failAll;
      return worker;
    } catch {
      return null;
    }
  };
  function call<T>(req: WorkerJob, onMain: () => Promise<T>): Promise<T> {
    const w = getWorker();
    if (!w) return onMain();
    return new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, retry: () => void onMain().then(resolve) });
      w.postMessage({ ...req, id } as WorkerRequest);
    });
  }
  shared = {
    finish: (simId: string, lanes: Params[], actions: ActionAt[]) =>
      call<FinishedLane[]>({ type: 'finish', simId, lanes, actions }, () => fallback.finish(simId, lanes, actions)),
    sweep: (simId: string, params: Params) => call<SweepResult>({ type: 'sweep', simId, params }, () => fallback.sweep(simId, params)),
  };
  return shared;
}

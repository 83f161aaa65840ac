import type { ComputeBackend, FinishedLane, RunOptions } from '@/lib/sim-ui/compute';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import type { ActionAt, Params } from '@/lib/sim-ui/definition';
import type { SweepResult } from '@/lib/sim-ui/sweep';
import { simDefinitions } from '../definitions';
import { workerJob } from './worker-client';

let shared: ComputeBackend | null = null;

/**
 * The simulations' compute backend: one Web Worker shared by every simulation on the page
 * (see `workerJob` in ./worker-client.ts). Cancel terminates the worker (a run cannot be interrupted from outside) and
 * re-sends the other pending jobs to a fresh one.
 */
export function computeBackend(): ComputeBackend {
  if (shared) return shared;
  const fallback = mainThreadBackend(simDefinitions);
  shared = {
    finish: (simId: string, lanes: Params[], actions: ActionAt[], run: RunOptions = {}) =>
      workerJob<FinishedLane[]>({ type: 'finish', simId, lanes, actions }, run, () => fallback.finish(simId, lanes, actions, run)),
    sweep: (simId: string, params: Params, run: RunOptions = {}) => workerJob<SweepResult>({ type: 'sweep', simId, params }, run, () => fallback.sweep(simId, params, run)),
  };
  return shared;
}

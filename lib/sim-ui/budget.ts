import { checkEstimate, estimateWork, PAGE_BUDGET, sumWork, type BudgetProblem, type WorkEstimate } from '@/lib/sim/work';
import type { Params, SimDefinition } from './definition';

/**
 * The work budget on a page: every place a run starts in the browser (lesson props, share links,
 * controls, presets, run to end, sweeps) asks here first, and the content check asks for MDX props.
 * A definition whose id is not an event model (the analytic scaling plan) costs nothing.
 */

/** Most work (events and their extra per-event cost, in event-equivalents) one animation frame may process while playing (a few ms on a phone). */
export const FRAME_EVENTS = 20_000;

/**
 * Work estimate of one run of this definition (null for a model without an event loop).
 *
 * @example
 * runEstimate(queueSim, params)?.events; // ≈ 2 × (requests + warm-up)
 */
export function runEstimate<P extends Params, S>(def: SimDefinition<P, S>, params: P): WorkEstimate | null {
  return def.estimate ? def.estimate(params) : estimateWork(def.id, params);
}

/**
 * Null if a run with these params fits the page budget, else the notice to show, e.g.
 * `This run would simulate ~40 M events; the page allows 5 M. Lower Requests or Warm-up` (no final
 * full stop: the notice bar adds it).
 *
 * @example
 * runBudgetProblem(shardingSim, { ...params, requests: 10_000_000 }); // "This run would simulate ~20 M events; …"
 */
export function runBudgetProblem<P extends Params, S>(def: SimDefinition<P, S>, params: P): string | null {
  return notice(runBudget(def, params)?.message);
}

/** Page notices are joined with "; " and end with one full stop added by the notice bar. */
const notice = (message: string | undefined): string | null => (message ? message.replace(/\.$/, '') : null);

/**
 * Like {@link runBudgetProblem} with the parameter keys to lower (for the content check's
 * file:line message on the prop that matters).
 *
 * @example
 * runBudget(cacheSim, params)?.lower; // ['requests', 'warmupRequests']
 */
export function runBudget<P extends Params, S>(def: SimDefinition<P, S>, params: P): BudgetProblem | null {
  if (def.budgetProblem) return def.budgetProblem(params, PAGE_BUDGET);
  const w = runEstimate(def, params);
  return w ? checkEstimate(def.id, w, PAGE_BUDGET) : null;
}

/**
 * Work estimate of the definition's sweep at these params: every point run to the end.
 *
 * @example
 * sweepEstimate(queueSim, params)?.events;
 */
export function sweepEstimate<P extends Params, S>(def: SimDefinition<P, S>, params: P): WorkEstimate | null {
  if (!def.sweep) return null;
  const parts = def.sweep.points(params).flatMap((pt) => runEstimate(def, pt.params) ?? []);
  return sumWork(parts);
}

/**
 * Null if the sweep fits the page budget, else the notice (`This sweep would simulate …`).
 *
 * @example
 * sweepBudgetProblem(queueSim, params); // null at the defaults
 */
export function sweepBudgetProblem<P extends Params, S>(def: SimDefinition<P, S>, params: P): string | null {
  const w = sweepEstimate(def, params);
  // a sweep builds its models in the worker: their setup is part of its work, not a main-thread cost
  return w ? notice(checkEstimate(def.id, { ...w, work: w.work + w.setup, setup: 0 }, PAGE_BUDGET, 'sweep')?.message) : null;
}

/**
 * Longest sim-time step one frame may take so that it processes at most {@link FRAME_EVENTS}
 * events (Infinity when the model is cheap or has no event loop).
 *
 * @example
 * maxFrameSimMs(cacheSim, params); // e.g. 10 ms of sim time at 2 M events per sim second
 */
export function maxFrameSimMs<P extends Params, S>(def: SimDefinition<P, S>, params: P): number {
  const w = runEstimate(def, params);
  // work, not events: an event can cost more than one (weighted round robin over 1,000 servers
  // scans them all on every pick, ~20 events' worth), so pacing by events alone would under-count
  if (!w || w.work <= 0 || !(w.simMs > 0)) return Infinity;
  return FRAME_EVENTS / (w.work / w.simMs);
}

import type { SimAction, Simulation } from '@/lib/sim/core/engine';

/**
 * Wraps an engine simulation so its snapshot carries extra derived fields (from the snapshot and
 * whatever the caller closes over, e.g. the params). Lets a definition show a number the engine
 * does not report — metrics, charts, A/B and the worker all read it like any snapshot field.
 * Keep `extra` cheap or cached: it runs for every snapshot. Its result must be plain data.
 *
 * @example
 * create: (p) => extendSnapshot(models.sessions.create(p), () => ({ storeExtraMs: p.sessionMode === 'shared' ? p.storeLatencyMs : 0 })),
 */
export function extendSnapshot<R, S, X extends object>(sim: Simulation<R, S>, extra: (snapshot: S) => X): Simulation<R, S & X> {
  return {
    get now() {
      return sim.now;
    },
    get done() {
      return sim.done;
    },
    advanceTo: (tMs: number) => sim.advanceTo(tMs),
    snapshot: () => {
      const s = sim.snapshot();
      return { ...s, ...extra(s) };
    },
    result: () => sim.result(),
    runToEnd: () => sim.runToEnd(),
    act: (a: SimAction) => sim.act(a),
  };
}

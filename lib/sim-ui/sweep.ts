import type { Params, SimDefinition } from './definition';

/** Result of a sweep: x values, one array per metric, and the theory curve if any. */
export interface SweepResult {
  x: number[];
  y: Record<string, number[]>;
  theory: { label: string; values: number[] } | null;
}

/**
 * The sweep one point at a time: yields the number of points done after each (so the worker can
 * report progress and the main-thread fallback can yield to input), returns the result.
 *
 * @example
 * const steps = sweepSteps(queueSim, params);
 * let r = steps.next();
 * while (!r.done) r = steps.next(); // r.value is the SweepResult
 */
export function* sweepSteps<P extends Params, S>(def: SimDefinition<P, S>, params: P): Generator<{ done: number; total: number }, SweepResult> {
  const sweep = def.sweep;
  if (!sweep) return { x: [], y: {}, theory: null };
  const points = sweep.points(params);
  const y: Record<string, number[]> = Object.fromEntries(sweep.metrics.map((m) => [m.key, [] as number[]]));
  for (let i = 0; i < points.length; i++) {
    const sim = def.create(points[i]!.params);
    sim.runToEnd();
    const s = sim.snapshot();
    for (const m of sweep.metrics) y[m.key]!.push(m.get(s));
    if (i < points.length - 1) yield { done: i + 1, total: points.length };
  }
  const x = points.map((p) => p.x);
  return { x, y, theory: sweep.theory?.(params, x) ?? null };
}

/**
 * Runs every point of a definition's sweep to the end (pure; the worker and the main-thread
 * fallback both use {@link sweepSteps}).
 *
 * @example
 * const r = runSweep(queueSim, params); // 20 runs, latency vs load
 * r.y.meanResponseMs.length; // 20
 */
export function runSweep<P extends Params, S>(def: SimDefinition<P, S>, params: P): SweepResult {
  const steps = sweepSteps(def, params);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

import { runEstimate } from './budget';
import type { Params, SimDefinition } from './definition';

/** Result of a sweep: x values, one array per metric, and the theory curve if any. */
export interface SweepResult {
  x: number[];
  y: Record<string, number[]>;
  theory: { label: string; values: number[] } | null;
}

/** Slices each sweep point's run is cut into (so a cancel is read within a slice, not a whole run). */
const SLICES_PER_POINT = 20;

/**
 * The sweep in small steps: each point's run advances a twentieth of its estimated span per step,
 * yielding the fraction of the sweep done (the worker reads its messages between steps, so Cancel
 * stops it there; the main-thread fallback yields to input), and returns the result. Stepping
 * does not change a run: the same seed and params give the same numbers however the clock moves.
 *
 * @example
 * const steps = sweepSteps(queueSim, params);
 * let r = steps.next();
 * while (!r.done) r = steps.next(); // r.value is the SweepResult
 */
export function* sweepSteps<P extends Params, S>(def: SimDefinition<P, S>, params: P): Generator<number, SweepResult> {
  const sweep = def.sweep;
  if (!sweep) return { x: [], y: {}, theory: null };
  const points = sweep.points(params);
  const y: Record<string, number[]> = Object.fromEntries(sweep.metrics.map((m) => [m.key, [] as number[]]));
  for (let i = 0; i < points.length; i++) {
    const sim = def.create(points[i]!.params);
    // its estimated span in slices; past it (an estimate is not exact), the rest in one go
    const span = runEstimate(def, points[i]!.params)?.simMs ?? 0;
    if (span > 0 && Number.isFinite(span)) {
      for (let k = 1; k < SLICES_PER_POINT && !sim.done; k++) {
        sim.advanceTo((span * k) / SLICES_PER_POINT);
        yield (i + k / SLICES_PER_POINT) / points.length;
      }
    }
    sim.runToEnd();
    const s = sim.snapshot();
    for (const m of sweep.metrics) y[m.key]!.push(m.get(s));
    if (i < points.length - 1) yield (i + 1) / points.length;
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

import type { Params, SimDefinition } from './definition';

/** Result of a sweep: x values, one array per metric, and the theory curve if any. */
export interface SweepResult {
  x: number[];
  y: Record<string, number[]>;
  theory: { label: string; values: number[] } | null;
}

/**
 * Runs every point of a definition's sweep to the end (pure; the worker and the main-thread
 * fallback both call it). `onPoint` lets a chunked caller yield between points.
 *
 * @example
 * const r = runSweep(queueSim, params); // 20 runs, latency vs load
 * r.y.meanResponseMs.length; // 20
 */
export function runSweep<P extends Params, S>(def: SimDefinition<P, S>, params: P): SweepResult {
  const sweep = def.sweep;
  if (!sweep) return { x: [], y: {}, theory: null };
  const points = sweep.points(params);
  const y: Record<string, number[]> = Object.fromEntries(sweep.metrics.map((m) => [m.key, [] as number[]]));
  for (const pt of points) {
    const sim = def.create(pt.params);
    sim.runToEnd();
    const s = sim.snapshot();
    for (const m of sweep.metrics) y[m.key]!.push(m.get(s));
  }
  const x = points.map((p) => p.x);
  return { x, y, theory: sweep.theory?.(params, x) ?? null };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Station } from '../core/station';
import { parseParamsOrThrow } from '../params';
import { SystemSim } from './system';
import { TIERS } from './system-layout';

/** Float slack only: busy worker-time can never exceed available worker-time. */
const ONE = 1 + 1e-9;

const params = (input: Record<string, unknown>) => parseParamsOrThrow('system', input);

/** Every per-tier utilisation a learner can see: the day's, each chart point, the picture mid-run. */
function allUtilisations(sim: SystemSim, midRunAt: number): { where: string; value: number }[] {
  sim.advanceTo(midRunAt);
  const out = sim.snapshot().tiers.map((t) => ({ where: `picture ${t.id}`, value: t.utilization }));
  const r = sim.runToEnd();
  for (const t of r.perTier) out.push({ where: `day ${t.tier}`, value: t.utilization });
  for (const tier of TIERS) (r.series[`util_${tier}`] ?? []).forEach((value, i) => out.push({ where: `series ${tier}[${i}]`, value }));
  return out;
}

// A checkout burst fills the email queue (workers scale up), then a quiet evening drains it: the
// workers scale down while some are still sending.
const burstThenQuiet = {
  stage: 'queue',
  dayMs: 40_000,
  peakRate: 300,
  peakHour: 12,
  nightShare: 0.05,
  checkoutShare: 0.3,
  saleMultiplier: 3,
  saleStartHour: 11,
  saleHours: 2,
  emailMs: 40,
  workers: 1,
  autoscale: true,
  maxWorkers: 16,
  scaleUpQueuePerWorker: 1,
  scaleUpDelayMs: 500,
  sampleIntervalMs: 1_000,
};

describe('system utilisation = busy worker-time ÷ available worker-time', () => {
  it('stays in [0, 1] for every tier, across seeds and autoscale settings (scale-downs while busy included)', () => {
    const gen = fc.record({
      seed: fc.integer({ min: 0, max: 10_000 }),
      stage: fc.constantFrom('cache', 'queue', 'queue', 'queue'),
      dayMs: fc.integer({ min: 4_000, max: 20_000 }),
      peakRate: fc.double({ min: 20, max: 500, noNaN: true }),
      nightShare: fc.double({ min: 0, max: 1, noNaN: true }),
      saleMultiplier: fc.double({ min: 1, max: 4, noNaN: true }),
      checkoutShare: fc.double({ min: 0.02, max: 0.5, noNaN: true }),
      emailMs: fc.double({ min: 5, max: 300, noNaN: true }),
      autoscale: fc.boolean(),
      workers: fc.integer({ min: 1, max: 6 }),
      maxWorkers: fc.integer({ min: 1, max: 24 }),
      scaleUpQueuePerWorker: fc.double({ min: 0.1, max: 10, noNaN: true }),
      scaleUpDelayMs: fc.integer({ min: 0, max: 3_000 }),
      queueLimit: fc.integer({ min: 0, max: 50 }),
      killCloneAtHour: fc.option(fc.double({ min: 0, max: 24, noNaN: true }), { nil: undefined }),
      sampleIntervalMs: fc.constantFrom(100, 500, 1_000),
    });
    fc.assert(
      fc.property(gen, (raw) => {
        const p = params(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
        const bad = allUtilisations(new SystemSim(p), p.dayMs / 3).filter((u) => !(u.value >= 0 && u.value <= ONE));
        expect(bad.slice(0, 5)).toEqual([]);
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it('counts the changing worker count: a scale-down while busy no longer reads above 100 %', () => {
    const p = params(burstThenQuiet);
    const sim = new SystemSim(p);
    const workers = sim.tierStations('workers')[0] as Station;
    const dt = p.sampleIntervalMs;
    // the old chart formula: busy worker-time in the interval ÷ (workers at the sample × interval)
    let oldMax = 0;
    let scaleDownsWhileBusy = 0;
    let lastBusy = 0;
    let lastWorkers = workers.workers;
    for (let t = dt; !sim.done; t += dt) {
      sim.advanceTo(t);
      const busy = workers.busyAvg.integral(t);
      if (workers.workers < lastWorkers && busy > lastBusy) scaleDownsWhileBusy++;
      oldMax = Math.max(oldMax, (busy - lastBusy) / (workers.workers * dt));
      lastBusy = busy;
      lastWorkers = workers.workers;
    }
    const r = sim.result();
    expect(scaleDownsWhileBusy).toBeGreaterThan(0);
    expect(oldMax).toBeGreaterThan(1.2); // the scenario is one that misled before
    expect(Math.max(...r.series.util_workers!)).toBeLessThanOrEqual(ONE);
    const day = r.perTier.find((t) => t.tier === 'workers')!;
    expect(day.utilization).toBeLessThanOrEqual(ONE);
    expect(day.utilization).toBeGreaterThan(0.2); // the workers did work: not a vacuous pass
  });

  it('with autoscaling off (or unable to scale) the figures are the fixed-tier busy ÷ (c × T), as before', () => {
    for (const seed of [1, 2, 3]) {
      const fixed = { ...burstThenQuiet, seed, autoscale: false, workers: 4 };
      const off = new SystemSim(params(fixed)).runToEnd();
      // autoscale on with no room to grow never changes the count: the same run, the same utilisation
      const stuck = new SystemSim(params({ ...fixed, autoscale: true, maxWorkers: 4 })).runToEnd();
      for (const [i, t] of off.perTier.entries()) expect(stuck.perTier[i]!.utilization, t.tier).toBeCloseTo(t.utilization, 12);
      off.series.util_workers!.forEach((u, i) => expect(stuck.series.util_workers![i], `interval ${i}`).toBeCloseTo(u, 12));
      expect({ ...stuck, perTier: undefined, series: undefined }).toEqual({ ...off, perTier: undefined, series: undefined });

      // and busy ÷ (c × interval) computed here from the station itself
      const sim = new SystemSim(params(fixed));
      const st = sim.tierStations('workers')[0] as Station;
      const dt = fixed.sampleIntervalMs;
      const mine: number[] = [];
      let last = 0;
      for (let t = dt; !sim.done; t += dt) {
        sim.advanceTo(t);
        const busy = st.busyAvg.integral(t);
        mine.push((busy - last) / (4 * dt));
        last = busy;
      }
      const chart = sim.result().series.util_workers!;
      mine.slice(0, chart.length).forEach((u, i) => expect(chart[i], `interval ${i}`).toBeCloseTo(u, 12));
    }
  });
});

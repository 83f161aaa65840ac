import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, STREAM } from '../core/rng';
import { parseParamsOrThrow } from '../params';
import { systemTheory } from '../system-theory';
import { models } from '.';
import { estimateSystemWork } from './system-estimate';
import { STAGES } from './system-schema';
import { DayArrivals, expectedArrivals } from './system-traffic';

const run = (input: Record<string, unknown>) => models.system.run(parseParamsOrThrow('system', input));

function allFinite(x: unknown, path = 'result'): string[] {
  if (typeof x === 'number') return Number.isFinite(x) && x >= 0 ? [] : [`${path} = ${x}`];
  if (Array.isArray(x)) return x.flatMap((v, i) => allFinite(v, `${path}[${i}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => allFinite(v, `${path}.${k}`));
  return [];
}

const faults = {
  killCloneAtHour: 8,
  cacheRestartAtHour: 12,
  primaryFailAtHour: 19,
  slowTier: 'db',
  slowAtHour: 14,
  slowHours: 2,
  promotionDelayMs: 1_000,
  autoscale: true,
  queueLimit: 20,
};

describe('system invariants', () => {
  it('conserves requests per class, mid-run and at the end; no NaN or negative values', () => {
    const gen = fc.record({
      seed: fc.integer({ min: 0, max: 1000 }),
      stage: fc.constantFrom(...STAGES),
      dayMs: fc.integer({ min: 2_000, max: 12_000 }),
      peakRate: fc.double({ min: 1, max: 600, noNaN: true }),
      saleMultiplier: fc.double({ min: 1, max: 5, noNaN: true }),
      appMachines: fc.integer({ min: 1, max: 4 }),
      replicas: fc.integer({ min: 0, max: 3 }),
      sessionMode: fc.constantFrom('local', 'sticky', 'shared'),
      cacheCapacity: fc.integer({ min: 0, max: 3000 }),
      cacheTtlMs: fc.constantFrom(0, 500),
      queueLimit: fc.integer({ min: 0, max: 50 }),
      autoscale: fc.boolean(),
      killCloneAtHour: fc.option(fc.double({ min: 0, max: 24, noNaN: true }), { nil: undefined }),
      cacheRestartAtHour: fc.option(fc.double({ min: 0, max: 24, noNaN: true }), { nil: undefined }),
      primaryFailAtHour: fc.option(fc.double({ min: 0, max: 24, noNaN: true }), { nil: undefined }),
      serviceDist: fc.constantFrom('exponential', 'constant', 'uniform', 'lognormal'),
    });
    fc.assert(
      fc.property(gen, (raw) => {
        const params = parseParamsOrThrow('system', Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
        const sim = models.system.create(params);
        sim.advanceTo(params.dayMs / 2);
        const mid = sim.snapshot().metrics;
        expect(mid.completed + mid.dropped + mid.inSystem).toBe(mid.requests);
        const r = sim.runToEnd();
        expect(r.inSystem).toBe(0);
        expect(r.completed + r.dropped).toBe(r.requests);
        for (const c of r.perClass) expect(c.completed + c.errors, c.class).toBe(c.requests);
        expect(allFinite({ ...r, series: undefined })).toEqual([]);
      }),
      { numRuns: 30, seed: 42 },
    );
  });

  it('is deterministic and step-invariant: 1 ms slices, 1 s slices and run-to-end give identical JSON', () => {
    for (const stage of ['one-box', 'queue'] as const) {
      const params = parseParamsOrThrow('system', { stage, dayMs: 20_000, peakRate: 300, saleMultiplier: 3, saleStartHour: 10, sampleIntervalMs: 500, ...faults });
      const end = JSON.stringify(models.system.create(params).runToEnd());
      expect(JSON.stringify(models.system.run(params))).toBe(end);
      for (const step of [1, 1000]) {
        const sim = models.system.create(params);
        for (let t = 0; !sim.done; t += step) {
          sim.advanceTo(t);
          if (t % 5000 === 0) sim.snapshot();
        }
        expect(JSON.stringify(sim.result())).toBe(end);
      }
    }
  });
});

describe('system arrivals (non-homogeneous Poisson by thinning)', () => {
  const traffic = parseParamsOrThrow('system', { dayMs: 60_000, peakRate: 500, nightShare: 0.1, peakHour: 18, saleMultiplier: 4, saleStartHour: 11, saleHours: 2 });
  const count = (seed: number, from: number, to: number) => {
    const a = new DayArrivals(traffic, createRng(seed, STREAM.arrivals));
    let n = 0;
    for (let t = a.next(0); t < Infinity; t = a.next(t)) if (t >= from && t < to) n++;
    return n;
  };

  it('counts match the integral of the rate over the day and inside the flash sale', () => {
    const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
    for (const [from, to] of [
      [0, 60_000],
      [27_500, 32_500], // the sale, 11:00–13:00
      [0, 10_000], // night
    ] as const) {
      const expected = expectedArrivals(traffic, from, to);
      const counts = seeds.map((s) => count(s, from, to));
      const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
      // the mean of 20 Poisson counts has sd √(λ/20): allow 4 sd
      expect(Math.abs(mean - expected), `[${from}, ${to})`).toBeLessThan(4 * Math.sqrt(expected / counts.length));
      const variance = counts.reduce((a, b) => a + (b - mean) ** 2, 0) / (counts.length - 1);
      expect(variance / expected).toBeGreaterThan(0.4); // Poisson: variance ≈ mean
      expect(variance / expected).toBeLessThan(2);
    }
  });
});

describe('system against the open-network (M/M/c per tier) theory', () => {
  it('per-tier mean response within 5 % with Poisson flows, exponential service and load ≤ 0.8', () => {
    const p = parseParamsOrThrow('system', {
      stage: 'queue',
      seed: 3,
      dayMs: 1_500_000,
      peakRate: 400,
      nightShare: 1,
      loginShare: 0.1,
      checkoutShare: 0.1,
      appMachines: 4,
      appWorkers: 1,
      algorithm: 'random',
      appBrowseMs: 7,
      appLoginMs: 7,
      appCheckoutMs: 7,
      sessionMode: 'shared',
      sessionMs: 5,
      sessionWorkers: 1,
      cacheCapacity: 0,
      cacheMs: 1,
      cacheWorkers: 1,
      dbSize: 's',
      dbWorkers: 2,
      dbWriteMs: 20,
      dbReadMs: 10,
      replicas: 2,
      emailMs: 40,
      workers: 3,
      queueLimit: 1_000_000,
      sampleIntervalMs: 60_000,
    });
    const theory = systemTheory(p, 400);
    const r = models.system.run(p);
    expect(r.dropped).toBe(0);
    expect(r.perTier.map((t) => t.tier)).toEqual(['app', 'sessions', 'cache', 'db', 'replicas', 'workers']);
    for (const t of r.perTier) {
      const th = theory.tiers.find((x) => x.tier === t.tier);
      expect(th, t.tier).toBeDefined();
      expect(th!.utilization, t.tier).toBeLessThanOrEqual(0.8);
      expect(Math.abs(t.utilization - th!.utilization) / th!.utilization, `${t.tier} utilisation`).toBeLessThan(0.05);
      expect(Math.abs(t.meanResponseMs - th!.meanResponseMs) / th!.meanResponseMs, `${t.tier} response`).toBeLessThan(0.05);
    }
    for (const c of r.perClass) {
      const th = theory.perClass.find((x) => x.class === c.class)!;
      expect(Math.abs(c.meanResponseMs - th.meanResponseMs) / th.meanResponseMs, c.class).toBeLessThan(0.05);
    }
  });

  it('names the bottleneck before the run, and it is the tier the run finds busiest', () => {
    const p = parseParamsOrThrow('system', { stage: 'one-box', peakRate: 300, nightShare: 1, dayMs: 20_000 });
    expect(systemTheory(p).bottleneck).toBe('app');
    expect(systemTheory(p).saturatesAtRatePerSec).toBeLessThan(300);
    const clones = parseParamsOrThrow('system', { stage: 'clones', appMachines: 8, peakRate: 300, nightShare: 1, dayMs: 20_000, dbSize: 's', dbWorkers: 2 });
    const th = systemTheory(clones);
    expect(th.bottleneck).toBe('db');
    expect(models.system.run(clones).bottleneck).toBe('db');
  });
});

describe('system behaviour', () => {
  const day = { dayMs: 120_000, peakRate: 400, sampleIntervalMs: 2_000 };

  it('adding clones moves the bottleneck from the app to the database', () => {
    const few = run({ ...day, stage: 'clones', appMachines: 1, dbSize: 's', dbWorkers: 8 });
    const many = run({ ...day, stage: 'clones', appMachines: 8, dbSize: 's', dbWorkers: 8 });
    expect(few.bottleneck).toBe('app');
    expect(many.bottleneck).toBe('db');
  });

  it('a cache that restarts is cold: the database load spikes right after', () => {
    const base = { ...day, stage: 'cache', peakHour: 12, cacheCapacity: 2_000 } as const;
    const calm = run(base);
    const restart = run({ ...base, cacheRestartAtHour: 12 });
    expect(restart.peakDbQueriesPerSec).toBeGreaterThan(1.5 * calm.peakDbQueriesPerSec);
    const at = restart.series.t!.findIndex((t) => t > 60_000);
    const rate = restart.series.hitRate!;
    expect(rate[at]!).toBeLessThan(rate[at - 1]! - 0.2);
    expect(restart.cacheHitRate).toBeLessThan(calm.cacheHitRate);
  });

  it('local sessions behind a balancer lose checkouts; sticky loses only the dead clone’s; shared loses none', () => {
    const base = { ...day, appMachines: 4, killCloneAtHour: 12 };
    const local = run({ ...base, stage: 'clones' });
    const sticky = run({ ...base, stage: 'sessions', sessionMode: 'sticky' });
    const shared = run({ ...base, stage: 'sessions', sessionMode: 'shared' });
    const noSession = (r: typeof local) => r.errorsByCause['no-session'];
    expect(noSession(local) / local.perClass[2]!.requests).toBeGreaterThan(0.4);
    expect(noSession(sticky)).toBeGreaterThan(0);
    expect(noSession(sticky)).toBeLessThan(noSession(local) / 3); // a quarter of the users, half the day
    expect(noSession(shared)).toBe(0);
    expect(shared.errorsByCause['machine-down']).toBeGreaterThan(0);
  });

  it('a failed primary loses the commits its replica had not applied and refuses writes until promotion', () => {
    const r = run({ ...day, stage: 'replicas', checkoutShare: 0.2, replicationLagMs: 2_000, primaryFailAtHour: 12, promotionDelayMs: 5_000 });
    expect(r.lostCommits).toBeGreaterThan(0);
    expect(r.errorsByCause['database-down']).toBeGreaterThan(0);
    expect(r.perClass[0]!.errorsByCause['database-down']).toBe(0); // reads keep going to the replicas
    expect(r.staleReads).toBeGreaterThan(0);
  });

  it('the email queue answers checkouts fast; autoscaling adds workers when the queue grows', () => {
    const inline = run({ ...day, stage: 'cache' });
    const queued = run({ ...day, stage: 'queue', workers: 1, autoscale: true, maxWorkers: 8, scaleUpDelayMs: 1_000 });
    expect(queued.perClass[2]!.meanResponseMs).toBeLessThan(inline.perClass[2]!.meanResponseMs / 2);
    expect(Math.max(...queued.series.workers!)).toBeGreaterThan(1);
    expect(queued.perClass[3]!.completed).toBe(queued.perClass[2]!.completed);
  });
});

describe('system CLI', () => {
  it('runs `system --json` with flags from the schema and exits 2 on a bad stage', () => {
    const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/sim-cli.ts', 'system', ...args], { encoding: 'utf8', timeout: 60_000 });
    const ok = cli('--day-ms', '10000', '--stage', 'one-box', '--peak-rate', '50', '--json');
    expect(ok.status).toBe(0);
    const r = JSON.parse(ok.stdout) as { stage: string; requests: number; completed: number; dropped: number; perTier: { tier: string }[] };
    expect(r.stage).toBe('one-box');
    expect(r.completed + r.dropped).toBe(r.requests);
    expect(r.perTier.map((t) => t.tier)).toEqual(['app']);
    const bad = cli('--stage', 'warp', '--json');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--stage must be one of one-box, clones');
  });
});

describe('system work estimate', () => {
  it('predicts the events of a run within 25 % across stages and loads, from the params alone', () => {
    for (const input of [
      { stage: 'one-box', peakRate: 50 },
      { stage: 'clones', peakRate: 300 },
      { stage: 'cache', peakRate: 600 },
      { stage: 'queue', peakRate: 500, saleMultiplier: 4, saleStartHour: 18, saleHours: 3, appMachines: 8, workers: 16 },
      { stage: 'cache', peakRate: 800, cacheCapacity: 100, sessionMode: 'sticky' },
    ]) {
      const p = parseParamsOrThrow('system', { dayMs: 60_000, ...input });
      const w = estimateSystemWork(p);
      const r = models.system.run(p);
      expect(Math.abs(w.events - r.events) / r.events, JSON.stringify(input)).toBeLessThan(0.25);
      expect(w.simMs).toBe(p.dayMs);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { models, type EventModelName } from './models';
import { parseParamsOrThrow } from './params';
import { checkBudget, estimateWork, PAGE_BUDGET, sumWork } from './work';

const settings: [EventModelName, Record<string, unknown>][] = [
  ['queue', {}],
  ['queue', { responseMode: 'async', requests: 5_000 }],
  ['queue', { arrivalRate: 300, workers: 2, queueLimit: 10, burstiness: 5, requests: 10_000 }],
  ['lb', { servers: 16, arrivalRate: 1500, algorithm: 'least-connections', requests: 10_000 }],
  ['sessions', { users: 2_000, servers: 8, requests: 10_000 }],
  ['deploy', { strategy: 'blue-green', requests: 10_000 }],
  ['replication', { replicas: 6, writeRatio: 0.4, requests: 10_000 }],
  ['replication', { replicas: 30, writeRatio: 0.9, requests: 5_000 }],
  ['sharding', { shards: 16, requests: 10_000 }],
  ['cache', { cacheMode: 'query', writeRatio: 0.2, requests: 10_000 }],
];

describe('estimateWork', () => {
  it.each(settings)('%s %j: events within a factor of 2 of the events processed', (name, input) => {
    const params = parseParamsOrThrow(name, input);
    const w = estimateWork(name, params)!;
    const r = models[name].run(params as never) as { events: number; simTimeMs: number };
    expect(w.events / r.events).toBeGreaterThan(0.5);
    expect(w.events / r.events).toBeLessThan(2);
    expect(w.work).toBeGreaterThanOrEqual(w.events);
    expect(w.simMs / r.simTimeMs).toBeGreaterThan(0.5);
    expect(w.simMs / r.simTimeMs).toBeLessThan(2);
  });

  it.each([
    ['queue', { arrivalRate: 200, serviceTimeMs: 10, requests: 40_000 }],
    ['lb', { servers: 4, arrivalRate: 800, requests: 40_000 }],
    ['sharding', { shards: 4, arrivalRate: 2_000, requests: 40_000 }],
  ] as const)('%s overloaded %j: the backlog it budgets memory for is within 2× of the peak in system', (name, input) => {
    const params = parseParamsOrThrow(name, { ...input, sampleIntervalMs: 50 });
    const w = estimateWork(name, params)!;
    const r = models[name].run(params as never) as { series: Record<string, number[]>; simTimeMs: number };
    expect(w.simMs / r.simTimeMs).toBeGreaterThan(0.5);
    expect(w.simMs / r.simTimeMs).toBeLessThan(2);
    const peak = Math.max(...(r.series.inSystem ?? []));
    const budgetedJobs = (w.bytes - 2e6) / 160;
    expect(budgetedJobs / peak).toBeGreaterThan(0.5);
    expect(budgetedJobs / peak).toBeLessThan(2);
  });

  it('a sweep adds up its points; memory is the biggest point', () => {
    const a = estimateWork('queue', parseParamsOrThrow('queue', {}))!;
    const b = estimateWork('queue', parseParamsOrThrow('queue', { requests: 100_000 }))!;
    const s = sumWork([a, b])!;
    expect(s.events).toBe(a.events + b.events);
    expect(s.bytes).toBe(Math.max(a.bytes, b.bytes));
  });
});

describe('checkBudget (the page)', () => {
  it('lets every model run at its defaults', () => {
    for (const name of Object.keys(models).filter((m) => m !== 'scaling')) expect(checkBudget(name, parseParamsOrThrow(name as EventModelName, {}), PAGE_BUDGET), name).toBeNull();
  });

  it('refuses too many events, naming what to lower', () => {
    const p = checkBudget('queue', parseParamsOrThrow('queue', { requests: 10_000_000 }), PAGE_BUDGET);
    expect(p?.message).toBe('This run would simulate ~20 M events; the page allows 5 M. Lower Requests or Warm-up.');
    expect(p?.lower).toEqual(['requests', 'warmupRequests']);
  });

  it('refuses a run whose queue would outgrow memory (sharding at 1 M req/s, 10 M requests)', () => {
    const p = checkBudget('sharding', parseParamsOrThrow('sharding', { arrivalRate: 1_000_000, requests: 10_000_000 }), PAGE_BUDGET);
    expect(p?.message).toMatch(/^This run would need ~[\d.]+ GB of memory; the page allows 256 MB\. Lower Arrival rate or Requests\.$/);
  });

  it('refuses a model that takes too long to build (a ring of 1,000 × 1,000 points)', () => {
    const p = checkBudget('sharding', parseParamsOrThrow('sharding', { shards: 1000, virtualNodes: 1000, requests: 1000 }), PAGE_BUDGET);
    expect(p?.message).toMatch(/Lower Virtual nodes or Shards\.$/);
  });

  it('refuses replicas × users that would not fit in memory', () => {
    const p = checkBudget('replication', parseParamsOrThrow('replication', { replicas: 1000, users: 1_000_000, requests: 1000 }), PAGE_BUDGET);
    expect(p?.lower).toEqual(['replicas', 'users']);
  });

  it('no estimate (and no budget) for the analytic model or an unknown name', () => {
    expect(estimateWork('scaling', {})).toBeNull();
    expect(estimateWork('nosuch', {})).toBeNull();
  });
});

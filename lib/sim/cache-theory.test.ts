import { describe, expect, it } from 'vitest';
import { steadyHitProbability, unlimitedCacheHitRate, windowHitProbability } from './cache-theory';
import { models } from './models';
import { theoryTerms } from './theory-work';

/** Hit rate the engine measures for these cache settings. */
function simulated(params: Record<string, unknown>): number {
  return models.cache.create(models.cache.schema.parse(params)).runToEnd().hitRate;
}

describe('steadyHitProbability: the long-run results', () => {
  it('TTL only: λT/(1 + λT)', () => {
    for (const [rate, ttl] of [[0.001, 2000], [0.01, 500], [0.0002, 1000]] as const) expect(steadyHitProbability(rate, ttl, 0)).toBeCloseTo((rate * ttl) / (1 + rate * ttl), 12);
  });
  it('writes only: every write costs the next read, 1 − w', () => {
    expect(steadyHitProbability(0.05, 0, 0.1)).toBeCloseTo(0.9, 12);
    expect(steadyHitProbability(0.0001, 0, 0.3)).toBeCloseTo(0.7, 12);
  });
  it('both: between the two, and each limit recovered', () => {
    const both = steadyHitProbability(0.01, 300, 0.05);
    expect(both).toBeLessThan(steadyHitProbability(0.01, 300, 0));
    expect(both).toBeLessThan(steadyHitProbability(0.01, 0, 0.05));
    expect(steadyHitProbability(0.01, 1e9, 0.05)).toBeCloseTo(0.95, 9);
    expect(steadyHitProbability(0.01, 300, 1e-12)).toBeCloseTo(3 / 4, 6);
  });
});

describe('windowHitProbability: from an empty cache', () => {
  it('no TTL, no writes: only the first request misses, 1 − e^(−λs) on average', () => {
    const rate = 0.001;
    const exact = 1 - (Math.exp(-rate * 1000) - Math.exp(-rate * 11_000)) / (rate * 10_000);
    expect(windowHitProbability(rate, 0, 0, 1000, 11_000)).toBeCloseTo(exact, 12);
  });
  it('with a TTL it settles at the long-run value for a hot key', () => {
    expect(windowHitProbability(0.05, 100, 0, 10_000, 50_000)).toBeCloseTo(steadyHitProbability(0.05, 100, 0), 3);
  });
  it('a TTL longer than the run behaves like no TTL', () => {
    expect(windowHitProbability(0.002, 1e7, 0.1, 2000, 20_000)).toBeCloseTo(windowHitProbability(0.002, 0, 0.1, 2000, 20_000), 3);
  });
});

describe('unlimitedCacheHitRate against the engine (capacity ≥ keys)', () => {
  const base = { keys: 2000, capacity: 2000, zipf: 0.8, arrivalRate: 1000, requests: 60_000, warmupRequests: 5_000, seed: 3 };
  const cases: [string, Record<string, number>][] = [
    ['TTL 2 s', { ttlMs: 2000, writeRatio: 0 }],
    ['TTL 200 ms', { ttlMs: 200, writeRatio: 0 }],
    ['5 % writes', { ttlMs: 0, writeRatio: 0.05 }],
    ['TTL 1 s and 10 % writes', { ttlMs: 1000, writeRatio: 0.1 }],
    ['no TTL, no writes (first requests miss)', { ttlMs: 0, writeRatio: 0 }],
    ['uniform keys, TTL 5 s', { ttlMs: 5000, writeRatio: 0, zipf: 0 }],
  ];
  for (const [name, extra] of cases) {
    it(name, () => {
      const p = { ttlMs: 0, writeRatio: 0, ...base, ...extra };
      const theory = unlimitedCacheHitRate(p);
      expect(Math.abs(simulated(p) - theory), `theory ${theory}`).toBeLessThan(0.01);
    });
  }

  it('is far from the capacity-only prediction once a TTL bites (the issue’s 43.7 % vs 26 %)', () => {
    const p = { keys: 10_000, zipf: 0.8, ttlMs: 2000, writeRatio: 0, arrivalRate: 1000, requests: 40_000, warmupRequests: 5_000 };
    expect(unlimitedCacheHitRate(p)).toBeLessThan(0.437);
  });
});

describe('unlimitedCacheHitRate at the schema’s extremes', () => {
  it('a TTL of 1 ms over a run of days answers a hit rate in a bounded number of steps (it used to allocate an array per millisecond and throw)', () => {
    const p = { keys: 1_000_000, zipf: 3, ttlMs: 1, writeRatio: 0, arrivalRate: 0.001, warmupRequests: 0, requests: 5000 };
    const { value, terms } = theoryTerms(() => unlimitedCacheHitRate(p));
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
    expect(terms).toBeLessThan(200_000);
  });
  it('a hot key whose entry expires many times per run still settles near the long-run value', () => {
    // Rate 10/ms, TTL 100 ms: λT = 1,000; the run lasts 10,000 TTLs, far past the integrated steps.
    expect(windowHitProbability(10, 100, 0, 0, 1e6)).toBeCloseTo(steadyHitProbability(10, 100, 0), 3);
  });
});

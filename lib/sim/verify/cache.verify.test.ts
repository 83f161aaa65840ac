import { describe, expect, it } from 'vitest';
import { CacheSim, cacheSchema, type CacheResult } from '../models/cache';
import { cacheHitRate, zipfProbabilities } from '../theory';
import { cheCharacteristicTime, lruInvalidationHitRate, lruTtlHitRate, queryCacheHitRate, ttlCacheHitRate } from '../theory-data';
import { expectAbs } from './seeds';

const run = (p: Record<string, unknown>): CacheResult => new CacheSim(cacheSchema.parse(p)).runToEnd();
const mean = (f: (seed: number) => number, seeds = 2) => Array.from({ length: seeds }, (_, i) => f(i + 1)).reduce((a, b) => a + b, 0) / seeds;
// Hit rates are averages of ~10⁵ correlated Bernoulli reads: standard error ≈ 0.002, tolerance 0.01.

describe('cache model vs published TTL and LRU results', () => {
  const p = zipfProbabilities(1000, 0.8);
  const unbounded = { keys: 1000, zipf: 0.8, capacity: 1000, arrivalRate: 1000, requests: 100_000, warmupRequests: 10_000 };

  it('the TTL runs from insertion and is not refreshed by hits: h_k = λ_kT/(1 + λ_kT) (Fofack et al. 2012)', () => {
    for (const ttlMs of [20, 200]) {
      const h = mean((seed) => run({ ...unbounded, ttlMs, seed }).hitRate);
      const th = ttlCacheHitRate(p, 1000, 0, ttlMs);
      expectAbs(`unbounded TTL ${ttlMs} ms hit rate`, h, th, 0.01);
      // a TTL refreshed on every hit (h_k = 1 − e^(−λ_kT)) would be far off: the test tells them apart
      const refreshed = p.reduce((s, pk) => s + pk * -Math.expm1(-pk * ttlMs), 0);
      expect(Math.abs(refreshed - th)).toBeGreaterThan(0.015);
    }
  });

  it('writes invalidate (object cache): per key E[H] = r(1 − e^(−wT))/w hits per fill, h = E[H]/(1 + E[H])', () => {
    const h = mean((seed) => run({ ...unbounded, ttlMs: 300, writeRatio: 0.2, seed }).hitRate);
    expectAbs('unbounded TTL 300 ms, 20 % writes hit rate', h, ttlCacheHitRate(p, 1000, 0.2, 300), 0.01);
    // without a TTL every read after a read hits: h = 1 − write share, whatever the popularity
    const noTtl = mean((seed) => run({ keys: 200, zipf: 0, capacity: 200, writeRatio: 0.3, requests: 100_000, warmupRequests: 20_000, seed }).hitRate);
    expectAbs('unbounded, no TTL, 30 % writes hit rate = 0.7', noTtl, ttlCacheHitRate(zipfProbabilities(200, 0), 1000, 0.3, Infinity), 0.01);
  });

  it('LRU with invalidating writes: Che at capacity C/(1 − w), scaled by 1 − w', () => {
    const h = mean((seed) => run({ keys: 1000, zipf: 0.8, capacity: 100, policy: 'lru', writeRatio: 0.1, requests: 150_000, warmupRequests: 10_000, seed }).hitRate);
    const th = lruInvalidationHitRate(p, 100, 0.1);
    expectAbs('LRU C=100, 10 % writes hit rate', h, th, 0.015);
    // naive "Che × (1 − w)" ignores the room freed by invalidations
    expect(th - 0.9 * cacheHitRate('lru', 1000, 0.8, 100)).toBeGreaterThan(0.015);
  });

  it('query cache: a write to any of m rows drops the query, h = (1 − w)/(1 − w + m·w)', () => {
    const q = { keys: 1000, zipf: 0, capacity: 1000, writeRatio: 0.05, cacheMode: 'query', rowsPerQuery: 10, requests: 150_000, warmupRequests: 20_000 };
    const h = mean((seed) => run({ ...q, seed }).hitRate);
    expectAbs('query cache m=10, 5 % writes hit rate', h, queryCacheHitRate(0.05, 10), 0.015);
  });

  it('LRU with a TTL: Che’s characteristic time plus the renewal argument (Bianchi et al. 2013)', () => {
    const C = 100;
    const tcMs = cheCharacteristicTime(p, C); // requests arrive 1 per ms
    for (const ttlMs of [0.5 * tcMs, 1.5 * tcMs]) {
      const h = mean((seed) => run({ keys: 1000, zipf: 0.8, capacity: C, policy: 'lru', ttlMs, arrivalRate: 1000, requests: 150_000, warmupRequests: 10_000, seed }).hitRate);
      expectAbs(`LRU C=100 TTL ${(ttlMs / tcMs).toFixed(1)}·Tc hit rate`, h, lruTtlHitRate(p, C, 1000, ttlMs), 0.015);
    }
    // the TTL matters here: both values are well below Che's plain LRU value
    expect(lruTtlHitRate(p, C, 1000, 1.5 * tcMs)).toBeLessThan(cacheHitRate('lru', 1000, 0.8, C) - 0.02);
  });

  it('Che (LRU) and the FIFO/random approximation hold for a large catalogue (N = 100,000, C = 2,000)', () => {
    for (const policy of ['lru', 'fifo', 'random'] as const) {
      const r = run({ keys: 100_000, zipf: 0.9, capacity: 2_000, policy, requests: 100_000, warmupRequests: 40_000, seed: 7 });
      expectAbs(`${policy} N=100k C=2k s=0.9 hit rate`, r.hitRate, cacheHitRate(policy, 100_000, 0.9, 2_000), 0.01);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { cacheHitRate, erlangB, mg1, mm1, mm1ResponsePercentile, mmc, zipfProbabilities } from './theory';
import { lruInvalidationHitRate, lruTtlHitsPerFill, queryCacheHitRate, staleReadProbability, ttlCacheHitRate, ttlKeyHitRate } from './theory-data';
import { allenCunneenWaitMs, burstyArrivalScv, burstyMm1Theory, erlangGm1Sigma, gm1Sigma, kingmanWaitMs, mmcResponseQuantile, mmcResponseTail, mmcWaitTail, mva, roundRobinTheory, supermarketMeanJobs } from './theory-extra';

describe('theory-extra: queueing formulas against special cases and independent identities', () => {
  it('M/M/c tails reduce to M/M/1 and integrate to the Erlang C mean', () => {
    expect(mmcWaitTail(80, 10, 1, 0)).toBeCloseTo(0.8, 12);
    expect(mmcResponseTail(80, 10, 1, 50)).toBeCloseTo(Math.exp(-1), 12);
    expect(mmcResponseQuantile(80, 10, 1, 0.99)).toBeCloseTo(mm1ResponsePercentile(80, 10, 0.99), 6);
    // E[T] = ∫ P(T > t) dt, trapezoid over 0…2 s
    let area = 0;
    for (let t = 0; t < 2000; t += 0.05) area += ((mmcResponseTail(350, 10, 4, t) + mmcResponseTail(350, 10, 4, t + 0.05)) / 2) * 0.05;
    expect(area).toBeCloseTo(mmc(350, 10, 4).meanResponseMs, 3);
    // θ = μ branch is continuous
    expect(mmcResponseTail(100, 10, 2, 30)).toBeCloseTo(mmcResponseTail(100.0001, 10, 2, 30), 4);
  });

  it('Allen–Cunneen and Kingman are exact where they must be', () => {
    expect(allenCunneenWaitMs(350, 10, 4, 1, 1)).toBeCloseTo(mmc(350, 10, 4).meanWaitMs, 9);
    expect(allenCunneenWaitMs(70, 10, 1, 1, 2.25)).toBeCloseTo(mg1(70, 10, 2.25).meanWaitMs, 9);
    expect(kingmanWaitMs(80, 10, 1, 0)).toBeCloseTo(20, 9);
  });

  it('E_k/M/1 root: σ = ρ for k = 1, the E2/M/1 closed form, and the D/M/1 limit', () => {
    expect(erlangGm1Sigma(1, 80, 10)).toBeCloseTo(0.8, 10);
    const rho = 0.7; // per server; two servers share 2·70 req/s
    expect(erlangGm1Sigma(2, 140, 10)).toBeCloseTo((1 + 4 * rho - Math.sqrt(1 + 8 * rho)) / 2, 9);
    const d = erlangGm1Sigma(5000, 5000 * 80, 10);
    expect(d).toBeCloseTo(Math.exp(-(1 - d) / 0.8), 3);
    expect(roundRobinTheory(1, 80, 10).meanResponseMs).toBeCloseTo(mm1(80, 10).meanResponseMs, 6);
  });

  it('G/M/1 root: M/M/1 from an exponential LST; an on/off source with a vanishing OFF share is Poisson', () => {
    expect(gm1Sigma((s) => 0.08 / (0.08 + s), 10)).toBeCloseTo(0.8, 10);
    // b → 1 (OFF periods vanish) tends to M/M/1
    expect(burstyMm1Theory(80, 10, 1.000001, 1000).meanResponseMs).toBeCloseTo(50, 2);
    expect(burstyArrivalScv(60, 2, 200)).toBeCloseTo(7, 9);
    expect(burstyArrivalScv(60, 1, 200)).toBe(1);
    // very fast on/off switching (cycle ≪ service) also averages out to Poisson
    expect(burstyMm1Theory(50, 10, 4, 0.001).meanResponseMs).toBeCloseTo(20, 1);
  });

  it('supermarket model: d = 1 is M/M/1, d = 2 at ρ = 0.5 sums ρ^(2^i − 1)', () => {
    expect(supermarketMeanJobs(0.8, 1)).toBeCloseTo(4, 9);
    expect(supermarketMeanJobs(0.5, 2)).toBeCloseTo(0.5 + 0.5 ** 3 + 0.5 ** 7 + 0.5 ** 15 + 0.5 ** 31, 12);
  });

  it('MVA agrees with the machine-repairman solution X = (1 − B(N, Z/S))/S', () => {
    for (const n of [1, 5, 20, 60]) expect(mva(n, 1000, [40]).throughputPerSec).toBeCloseTo(((1 - erlangB(n, 1000 / 40)) / 40) * 1000, 9);
    expect(mva(1, 1000, [10, 20]).responseMs).toBe(30);
  });
});

describe('theory-data: cache, replication and partitioning formulas', () => {
  it('TTL renewal hit rates', () => {
    expect(ttlKeyHitRate(1, 0, 1000)).toBeCloseTo(0.5, 12);
    expect(ttlKeyHitRate(3, 1, Infinity)).toBeCloseTo(0.75, 12);
    expect(ttlCacheHitRate(zipfProbabilities(50, 0.7), 1000, 0.2, Infinity)).toBeCloseTo(0.8, 12);
    expect(queryCacheHitRate(0.1, 1)).toBeCloseTo(0.9, 12);
  });

  it('LRU + TTL hits per fill: λT when the TTL ends first, Che’s e^(λTc) − 1 when it never does', () => {
    expect(lruTtlHitsPerFill(0.001, 2000, 500)).toBeCloseTo(0.5, 12);
    expect(lruTtlHitsPerFill(0.001, 1000, 60_000)).toBeCloseTo(Math.E - 1, 2);
  });

  it('LRU with invalidation is Che at w = 0', () => {
    const p = zipfProbabilities(1000, 0.8);
    expect(lruInvalidationHitRate(p, 100, 0)).toBeCloseTo(cacheHitRate('lru', 1000, 0.8, 100), 6);
    expect(lruInvalidationHitRate(p, 950, 0.1)).toBeCloseTo(0.9, 12);
  });

  it('stale-read probability: exponential rm/(1+rm); a lognormal with tiny cv is the constant lag', () => {
    expect(staleReadProbability(1, 'exponential', 1000)).toBeCloseTo(0.5, 12);
    expect(staleReadProbability(2, 'lognormal', 300, 0.001)).toBeCloseTo(staleReadProbability(2, 'constant', 300), 4);
    expect(staleReadProbability(2, 'lognormal', 300, 1)).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { movedShare } from '../models/partition';
import { ReplicationSim, replicationSchema } from '../models/replication';
import { ShardingSim, shardingSchema } from '../models/sharding';
import { mm1, zipfProbabilities } from '../theory';
import { expectedMovedShare, staleReadProbability } from '../theory-data';
import { expectAbs, expectRel, report } from './seeds';

describe('replication: stale reads vs the lag’s Laplace transform', () => {
  // Writes hit uniformly random records; the primary serves only writes (an M/M/1, so by Burke its
  // commits are Poisson, r = λ·w/users per record). A replica read is stale iff the record's latest
  // commit has not reached that replica yet: P = 1 − E[e^(−rL)] for lag L.
  const base = { replicas: 2, users: 50, arrivalRate: 400, writeRatio: 0.2, lagMeanMs: 200, serviceTimeMs: 2, readYourWritesWindowMs: 0, requests: 120_000, warmupRequests: 5_000 };
  const r = (400 * 0.2) / 50;
  it.each(['exponential', 'constant', 'uniform', 'lognormal'] as const)('%s lag, mean 200 ms', (lagDist) => {
    const share = [1, 2].map((seed) => new ReplicationSim(replicationSchema.parse({ ...base, lagDist, seed })).runToEnd().staleReadShare);
    // ~96k replica reads per run: binomial SE ≈ 0.0014, correlated reads of one record roughly double it
    expectAbs(`stale read share, ${lagDist} lag`, (share[0]! + share[1]!) / 2, staleReadProbability(r, lagDist, 200), 0.007);
  });
  it('the four lag shapes are told apart by more than the tolerance', () => {
    const [e, c, u] = (['exponential', 'constant', 'uniform'] as const).map((d) => staleReadProbability(r, d, 200)) as [number, number, number];
    expect(c - u).toBeGreaterThan(0.01);
    expect(u - e).toBeGreaterThan(0.015);
  });
});

describe('replication: read-your-writes with a primary-read window W after one’s own write', () => {
  // Only own reads (ownReadRatio 1) and near-zero service, so "stale when served" and "missing a write
  // committed before the read was sent" coincide. Age A of the user's latest commit ~ Exp(r):
  // on the primary iff A < W (share 1 − e^(−rW)); a violation iff A ≥ W and the lag L > A:
  // exponential lag rm/(1+rm)·e^(−(r+1/m)W); constant lag d: e^(−rW) − e^(−rd) for W < d, else 0.
  const base = { replicas: 2, users: 20, arrivalRate: 200, writeRatio: 0.2, lagMeanMs: 200, serviceTimeMs: 0.01, ownReadRatio: 1, requests: 100_000, warmupRequests: 5_000 };
  const r = (200 * 0.2) / 20; // commits per second per record
  const cases = [
    { lagDist: 'exponential', W: 100, ryw: ((r * 0.2) / (1 + r * 0.2)) * Math.exp(-(r + 5) * 0.1) },
    { lagDist: 'constant', W: 100, ryw: Math.exp(-r * 0.1) - Math.exp(-r * 0.2) },
    { lagDist: 'constant', W: 200, ryw: 0 },
  ] as const;
  it.each(cases)('$lagDist lag, window $W ms', (c) => {
    const res = [1, 2].map((seed) => new ReplicationSim(replicationSchema.parse({ ...base, lagDist: c.lagDist, readYourWritesWindowMs: c.W, seed })).runToEnd());
    const share = (f: (x: (typeof res)[number]) => number) => res.reduce((s, x) => s + f(x) / x.reads, 0) / res.length;
    expectAbs(`read-your-writes violations, ${c.lagDist} lag, W=${c.W}`, share((x) => x.readYourWritesViolations), c.ryw, 0.006);
    expectAbs(`reads sent to the primary, W=${c.W}`, share((x) => x.readsOnPrimary), -Math.expm1(-r * (c.W / 1000)), 0.01);
    // a window as long as a constant lag removes every violation of a write committed before the
    // read was sent (before h-engine's d656bc7 the model also counted writes committing while the
    // read was in flight: 2 of ~80k reads here)
    if (c.ryw === 0) for (const x of res) expect(x.readYourWritesViolations).toBe(0);
  });
});

describe('sharding: moved keys and Zipf hot shards', () => {
  it('keys moved from K to K+1 shards: modulo K/(K+1), range 1/2, consistent hashing 1/(K+1) (Karger et al. 1997)', () => {
    const keys = 20_000;
    let ratioSum = 0;
    for (let K = 2; K <= 12; K++) {
      // modulo: binomial over 20k keys, SE ≤ 0.0035
      expectAbs(`modulo ${K}→${K + 1} moved share`, movedShare('modulo', K, keys, 100), expectedMovedShare('modulo', K), 0.015);
      expectAbs(`range ${K}→${K + 1} moved share`, movedShare('range', K, keys, 100), 0.5, K / keys + 1e-9);
      const ch = movedShare('consistent-hash', K, keys, 100) / expectedMovedShare('consistent-hash', K);
      // the new node's share is a sum of V = 100 arcs: relative sd ≈ 1/√V = 10 %
      expect(Math.abs(ch - 1)).toBeLessThan(0.45);
      ratioSum += ch;
    }
    // averaged over 11 rings: relative SE ≈ 3 %
    expectRel('consistent hash (V=100) moved share / (1/(K+1)), mean over K=2..12', ratioSum / 11, 1, 0.12);
  });

  it('consistent hashing: the new node’s share has relative spread ≈ 1/√V (a sum of V ring arcs)', () => {
    const spread = (v: number) => {
      const ratios = Array.from({ length: 11 }, (_, i) => movedShare('consistent-hash', i + 2, 20_000, v) * (i + 3));
      const m = ratios.reduce((a, b) => a + b, 0) / ratios.length;
      return Math.sqrt(ratios.reduce((a, x) => a + (x - m) ** 2, 0) / (ratios.length - 1));
    };
    // 11 samples estimate a standard deviation to about ±22 %
    const s100 = spread(100);
    report('consistent hash V=100 relative spread (theory 0.1)', Math.abs(s100 - 0.1), 0.06);
    expect(s100).toBeGreaterThan(0.04);
    expect(s100).toBeLessThan(0.2);
    // one point per shard: an exponential arc, spread ≈ 1
    expect(spread(1)).toBeGreaterThan(0.4);
  });

  it('hashed keys (modulo): the hottest shard carries ≈ p₀ + (1 − p₀)/K, the hottest key plus a fair share of the rest', () => {
    const K = 8;
    const p = zipfProbabilities(10_000, 1.2);
    const p0 = p[0] as number;
    // over random key placements (the seed reshuffles popularity ranks), the hot key's shard gets
    // p₀ + (1 − p₀)/K on average, with sd √(Σₖ≥₁ p_k²·(1/K)(1 − 1/K)) ≈ 0.04 per placement
    const shares = Array.from({ length: 16 }, (_, i) =>
      new ShardingSim(shardingSchema.parse({ keys: 10_000, shards: K, zipf: 1.2, partitioning: 'modulo', arrivalRate: 400, serviceTimeMs: 5, requests: 20_000, warmupRequests: 1_000, seed: i + 1 })).runToEnd(),
    ).map((r) => r.hottestToMean / K);
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    expectAbs('modulo K=8, Zipf 1.2: hottest shard share vs p0 + (1 − p0)/K', mean, p0 + (1 - p0) / K, 0.04);
    // and it is far above the fair 1/K
    expect(p0 + (1 - p0) / K).toBeGreaterThan(2 / K);
  });

  it('range partitioning with clustered hot keys: shard shares are Zipf masses, each shard an M/M/1 (Poisson thinning)', () => {
    const keys = 10_000;
    const shards = 4;
    const p = zipfProbabilities(keys, 0.6);
    const q = Array.from({ length: shards }, (_, i) => p.slice((i * keys) / shards, ((i + 1) * keys) / shards).reduce((a, b) => a + b, 0));
    const res = [1, 2].map((seed) =>
      new ShardingSim(shardingSchema.parse({ keys, shards, zipf: 0.6, partitioning: 'range', hotKeysClustered: true, arrivalRate: 250, serviceTimeMs: 5, requests: 150_000, warmupRequests: 5_000, seed })).runToEnd(),
    );
    const served = res.map((r) => r.perShard.map((s) => s.served / r.completed));
    q.forEach((qi, i) => expectAbs(`range shard ${i} request share`, (served[0]![i]! + served[1]![i]!) / 2, qi, 0.005));
    const th = q.reduce((s, qi) => s + qi * mm1(250 * qi, 5).meanResponseMs, 0);
    expectRel('range/clustered mean response = Σ q_i·M/M/1(λq_i)', (res[0]!.meanResponseMs + res[1]!.meanResponseMs) / 2, th, 0.06);
    report(`hottest shard share (theory ${q[0]!.toFixed(3)})`, Math.abs(served[0]![0]! - q[0]!), 0.005);
  });
});

import { describe, expect, it } from 'vitest';
import { LbSim, lbSchema, type LbResult } from '../models/lb';
import { mm1, mm1ResponsePercentile, mmc, mmck } from '../theory';
import { kingmanWaitMs, roundRobinTheory, supermarketMeanJobs } from '../theory-extra';
import { expectAbs, expectRel, overSeeds } from './seeds';

const run = (p: Record<string, unknown>): LbResult => new LbSim(lbSchema.parse(p)).runToEnd();
const avg = (rs: LbResult[], f: (r: LbResult) => number) => rs.reduce((s, r) => s + f(r), 0) / rs.length;

describe('lb model vs published load-balancing results', () => {
  it('random routing over N servers is N independent M/M/1 queues at λ/N (mean and percentiles)', () => {
    const rs = [1, 2].map((seed) => run({ servers: 8, algorithm: 'random', arrivalRate: 640, serviceTimeMs: 10, requests: 200_000, warmupRequests: 5_000, seed }));
    expectRel('random N=8 ρ=0.8 mean response', avg(rs, (r) => r.meanResponseMs), mm1(80, 10).meanResponseMs, 0.06);
    expectRel('random N=8 ρ=0.8 p99 response', avg(rs, (r) => r.p99ResponseMs), mm1ResponsePercentile(80, 10, 0.99), 0.06);
    // per-server utilisation: sd ≈ ρ·√(2/25k jobs) ≈ 0.007, so 0.03 is ~4 sd
    for (const r of rs) for (const s of r.perServer) expect(Math.abs(s.utilization - 0.8)).toBeLessThan(0.03);
  });

  it('random routing with a per-server queue limit: each server is an M/M/1/K at λ/N', () => {
    const rs = [1, 2].map((seed) => run({ servers: 4, algorithm: 'random', arrivalRate: 360, serviceTimeMs: 10, queueLimit: 3, requests: 150_000, seed }));
    const th = mmck(90, 10, 1, 4);
    expectRel('random N=4, queue limit 3: drop share vs M/M/1/4', avg(rs, (r) => r.dropped / r.requests), th.blocking, 0.04);
    expectRel('random N=4, queue limit 3: mean response vs M/M/1/4', avg(rs, (r) => r.meanResponseMs), th.meanResponseMs, 0.03);
  });

  it('round robin over N exponential servers is E_N/M/1: σ = A*(μ(1−σ)), response exponential with rate μ(1−σ)', () => {
    const th = roundRobinTheory(4, 320, 10); // ρ = 0.8 per server
    const rs = [1, 2].map((seed) => run({ servers: 4, algorithm: 'round-robin', arrivalRate: 320, serviceTimeMs: 10, requests: 200_000, warmupRequests: 5_000, seed }));
    expectRel('round robin E4/M/1 ρ=0.8 mean response', avg(rs, (r) => r.meanResponseMs), th.meanResponseMs, 0.06);
    expectRel('round robin E4/M/1 ρ=0.8 mean wait', avg(rs, (r) => r.meanWaitMs), th.meanWaitMs, 0.08);
    expectRel('round robin E4/M/1 ρ=0.8 p95 response', avg(rs, (r) => r.p95ResponseMs), th.quantile(0.95), 0.06);
    // E4/M/1 at 0.8 is well away from M/M/1 (50 ms): the check can tell the two apart
    expect(th.meanResponseMs).toBeLessThan(0.7 * mm1(80, 10).meanResponseMs);
  });

  it('round robin with lognormal service (E_N/G/1) respects Kingman: within his approximation, below his bound', () => {
    // each server sees Erlang-4 gaps (ca² = 1/4); lognormal cv 1.5 (cs² = 2.25); ρ = 0.9
    const w = overSeeds(3, (seed) =>
      run({ servers: 4, algorithm: 'round-robin', arrivalRate: 360, serviceTimeMs: 10, serviceDist: 'lognormal', serviceCv: 1.5, requests: 200_000, warmupRequests: 5_000, seed }).meanWaitMs,
    );
    expectRel('round robin E4/LN/1 ρ=0.9 Wq vs Kingman', w.mean, kingmanWaitMs(90, 10, 0.25, 2.25), 0.2);
    // Kingman's bound E[W] ≤ λ(σa² + σs²)/(2(1 − ρ)) holds for every G/G/1 (115 ms here, 2 % above the
    // approximation); the seed average has a standard error of ~5 %, so allow the bound + 20 %
    const lambda = 0.09; // per ms, per server
    const bound = (lambda * ((1 / lambda) ** 2 / 4 + (1.5 * 10) ** 2)) / (2 * (1 - 0.9));
    expect(w.mean).toBeLessThan(1.2 * bound);
  });

  it('power of two choices matches the supermarket model (Mitzenmacher 2001) for N = 64', () => {
    const rs = [1].map((seed) => run({ servers: 64, algorithm: 'power-of-two', arrivalRate: 64 * 90, serviceTimeMs: 10, requests: 300_000, warmupRequests: 20_000, seed }));
    const jobsPerServer = avg(rs, (r) => r.meanInSystem / 64);
    expectRel('power-of-two N=64 ρ=0.9 mean jobs per server', jobsPerServer, supermarketMeanJobs(0.9, 2), 0.05);
    // and it is nothing like random routing (M/M/1: 9 jobs per server)
    expect(supermarketMeanJobs(0.9, 1)).toBeGreaterThan(3 * supermarketMeanJobs(0.9, 2));
  });

  it('power of two: the fraction of servers holding ≥ i jobs follows ρ^(2^i − 1) (the supermarket tail)', () => {
    const sim = new LbSim(lbSchema.parse({ servers: 64, algorithm: 'power-of-two', arrivalRate: 64 * 90, serviceTimeMs: 10, requests: 300_000, warmupRequests: 0, seed: 9 }));
    const atLeast = [0, 0, 0, 0, 0];
    let samples = 0;
    // sample the servers every 20 ms after 5 s (≈ 29k arrivals) of warm-up
    for (let t = 5_000; !sim.done; t += 20) {
      sim.advanceTo(t);
      for (const s of sim.snapshot().servers) for (let i = 1; i <= 5; i++) if (s.queue + s.busy >= i) atLeast[i - 1]! += 1 / 64;
      samples++;
    }
    // ≈ 2.3k snapshots of 64 servers; successive ones are correlated, so ±0.03 absolute (the i = 1 value
    // is the utilisation, fixed at ρ whatever the balancer). The limit is for N → ∞: at N = 64 the
    // tail is heavier by O(1/N) (Gast & Van Houdt 2017) — 0.056 vs 0.038 at i = 5, 0.041 at N = 500.
    atLeast.forEach((sum, k) => {
      const limit = 0.9 ** (2 ** (k + 1) - 1);
      expectAbs(`power-of-two N=64 ρ=0.9 share of servers with ≥ ${k + 1} jobs`, sum / samples, limit, 0.03);
      if (k >= 2) expect(sum / samples).toBeGreaterThan(limit);
    });
  });

  it('at ρ = 0.9 the mean response orders least-connections < power of two < round robin < random', () => {
    const base = { servers: 16, arrivalRate: 16 * 90, serviceTimeMs: 10, requests: 150_000, warmupRequests: 5_000, seed: 3 };
    const m = (algorithm: string) => run({ ...base, algorithm }).meanResponseMs;
    const [jsq, p2, rr, rnd] = ['least-connections', 'power-of-two', 'round-robin', 'random'].map(m) as [number, number, number, number];
    // no routing without a shared queue beats one M/M/16 queue (Kleinrock vol. 2; Winston 1977)
    expect(mmc(1440, 10, 16).meanResponseMs).toBeLessThan(jsq);
    expect(jsq).toBeLessThan(p2);
    expect(p2).toBeLessThan(rr);
    expect(rr).toBeLessThan(rnd);
    expectRel('round robin N=16 ρ=0.9 mean response', rr, roundRobinTheory(16, 1440, 10).meanResponseMs, 0.05);
  });

  it('weighted round robin with weights = speeds gives every server utilisation λ/(μ·Σspeed); random gives λ/(Nμ·speed)', () => {
    const speeds = [1, 2, 3, 4];
    const wrr = run({ servers: 4, algorithm: 'weighted-round-robin', serverSpeeds: speeds, arrivalRate: 800, serviceTimeMs: 10, requests: 200_000, seed: 4 });
    wrr.perServer.forEach((s, i) => expectRel(`weighted RR speed ${speeds[i]} utilisation`, s.utilization, 800 / (100 * 10), 0.03));
    const rnd = run({ servers: 4, algorithm: 'random', serverSpeeds: speeds, arrivalRate: 300, serviceTimeMs: 10, requests: 200_000, seed: 5 });
    rnd.perServer.forEach((s, i) => expectRel(`random speed ${speeds[i]} utilisation`, s.utilization, 75 / (100 * (speeds[i] as number)), 0.03));
    // each server is an M/M/1 with μ·speed at λ/4: mean response is the average of the four
    const th = speeds.reduce((a, v) => a + mm1(75, 10 / v).meanResponseMs, 0) / 4;
    expectRel('random with speeds mean response', rnd.meanResponseMs, th, 0.04);
  });
});

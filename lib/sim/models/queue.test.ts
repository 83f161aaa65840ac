import { describe, expect, it } from 'vitest';
import { md1, mg1, mm1, mm1ResponsePercentile, mmc, mmck } from '../theory';
import { QueueSim, queueSchema, type QueueResult } from './queue';

const run = (p: Record<string, unknown>): QueueResult => new QueueSim(queueSchema.parse(p)).runToEnd();
const near = (actual: number, expected: number, rel: number) => expect(Math.abs(actual - expected) / expected).toBeLessThan(rel);

describe('queue vs queueing theory', () => {
  // Customers per load: enough that the standard error of the mean is well under 1 %.
  it.each([
    [0.5, 200_000],
    [0.8, 600_000],
    [0.9, 2_000_000],
  ])('M/M/1 at load %s within 3 % (mean, p50/p95/p99, L)', (rho, n) => {
    const lambda = rho * 100;
    const r = run({ arrivalRate: lambda, serviceTimeMs: 10, requests: n, warmupRequests: 10_000, seed: 11 });
    const th = mm1(lambda, 10);
    near(r.meanResponseMs, th.meanResponseMs, 0.03);
    near(r.meanInSystem, th.meanInSystem, 0.03);
    near(r.utilization, rho, 0.01);
    for (const q of [0.5, 0.95, 0.99] as const) {
      const key = q === 0.5 ? 'p50ResponseMs' : q === 0.95 ? 'p95ResponseMs' : 'p99ResponseMs';
      near(r[key], mm1ResponsePercentile(lambda, 10, q), 0.03);
    }
  });

  it('M/M/c matches Erlang C', () => {
    const r = run({ arrivalRate: 350, serviceTimeMs: 10, workers: 4, requests: 400_000, warmupRequests: 10_000, seed: 2 });
    const th = mmc(350, 10, 4);
    near(r.meanWaitMs, th.meanWaitMs, 0.04);
    near(r.meanResponseMs, th.meanResponseMs, 0.02);
  });

  it('M/D/1 and M/G/1 (lognormal) match Pollaczek–Khinchine', () => {
    const d = run({ arrivalRate: 80, serviceTimeMs: 10, serviceDist: 'constant', requests: 400_000, seed: 3 });
    near(d.meanWaitMs, md1(80, 10).meanWaitMs, 0.03);
    const g = run({ arrivalRate: 70, serviceTimeMs: 10, serviceDist: 'lognormal', serviceCv: 1.5, requests: 600_000, seed: 4 });
    near(g.meanWaitMs, mg1(70, 10, 2.25).meanWaitMs, 0.06);
  });

  it('M/M/1/K and M/M/c/c blocking match the birth–death solution', () => {
    const r = run({ arrivalRate: 90, serviceTimeMs: 10, queueLimit: 4, requests: 300_000, seed: 5 });
    const th = mmck(90, 10, 1, 5);
    near(r.dropRate, th.blocking, 0.03);
    near(r.meanResponseMs, th.meanResponseMs, 0.02);
    const erl = run({ arrivalRate: 200, serviceTimeMs: 10, workers: 3, queueLimit: 0, requests: 300_000, seed: 6 });
    near(erl.dropRate, mmck(200, 10, 3, 3).blocking, 0.03);
  });

  it("Little's law L = λW within 2 % (also with drops and bursts)", () => {
    for (const p of [{}, { queueLimit: 3, arrivalRate: 120 }, { burstiness: 4, arrivalRate: 50 }, { workers: 3, arrivalRate: 250, serviceDist: 'uniform', serviceCv: 0.5 }]) {
      const r = run({ requests: 100_000, ...p });
      near(r.meanInSystem, (r.throughputPerSec * r.meanJobTimeMs) / 1000, 0.02);
    }
  });

  it('bursty arrivals keep the mean rate but wait longer', () => {
    const plain = run({ arrivalRate: 50, requests: 50_000 });
    const bursty = run({ arrivalRate: 50, requests: 300_000, burstiness: 5 });
    near(bursty.throughputPerSec, 50, 0.05);
    expect(bursty.meanWaitMs).toBeGreaterThan(2 * plain.meanWaitMs);
  });

  it('async mode answers at enqueue while the job still takes as long', () => {
    const sync = run({ requests: 20_000 });
    const async = run({ requests: 20_000, responseMode: 'async', ackTimeMs: 1 });
    expect(async.meanResponseMs).toBe(1);
    expect(async.meanJobTimeMs).toBeCloseTo(sync.meanJobTimeMs, 6);
  });
});

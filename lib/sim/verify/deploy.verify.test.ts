import { describe, expect, it } from 'vitest';
import { DeploySim, deploySchema, type DeployResult } from '../models/deploy';
import { expectRel } from './seeds';

const run = (p: Record<string, unknown>): DeployResult =>
  new DeploySim(deploySchema.parse({ servers: 6, batchSize: 2, bootTimeMs: 5_000, arrivalRate: 200, serviceTimeMs: 10, deployAtMs: 10_000, requests: 10_000, warmupRequests: 0, ...p })).runToEnd();

describe('deploy model vs the capacity arithmetic of each strategy', () => {
  it('all at once: every arrival during the boot fails, a Poisson count with mean λ·T_boot', () => {
    // 4 seeds: Poisson SE of the mean ≈ √1000/2 ≈ 16 (1.6 %); draining adds ~ a service time (≈ 0.3 %)
    const rs = [1, 2, 3, 4].map((seed) => run({ strategy: 'all-at-once', seed }));
    expectRel('all-at-once failed requests vs λ·T_boot', rs.reduce((s, r) => s + r.failed, 0) / 4, 200 * 5, 0.06);
    for (const r of rs) {
      expect(r.minServersInRotation).toBe(0);
      expectRel('all-at-once lost capacity vs N·T_boot', r.lostCapacityServerSec, 6 * 5, 0.01);
    }
  });

  it('rolling: ⌈N/B⌉ batches of T_boot, never below N − B servers, N·T_boot server-seconds lost, nothing fails', () => {
    const r = run({ strategy: 'rolling', seed: 1 });
    expect(r.failed).toBe(0);
    expect(r.minServersInRotation).toBe(4);
    expect(r.deployDurationMs).not.toBeNull(); // null = the deploy never finished
    expectRel('rolling deploy duration vs ⌈N/B⌉·T_boot', r.deployDurationMs ?? NaN, 3 * 5_000, 0.01);
    expectRel('rolling lost capacity vs N·T_boot', r.lostCapacityServerSec, 6 * 5, 0.01);
  });

  it('blue-green: 2N servers at the peak, no lost capacity, nothing fails, one boot long', () => {
    const r = run({ strategy: 'blue-green', seed: 1 });
    expect(r).toMatchObject({ failed: 0, lostCapacityServerSec: 0, peakServers: 12, minServersInRotation: 6, mixedVersionsMs: 0 });
    expectRel('blue-green deploy duration vs T_boot', r.deployDurationMs ?? NaN, 5_000, 0.01);
  });
});

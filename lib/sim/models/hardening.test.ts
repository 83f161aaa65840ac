import { describe, expect, it } from 'vitest';
import { Permutation } from '../core/permutation';
import { parseParams, parseParamsOrThrow, runModel } from '../params';
import { models } from './index';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);

describe('lb per-server mean response counts only measured requests', () => {
  it('one server: per-server mean equals the overall mean, even after a long warm-up', () => {
    const r = runModel('lb', { servers: 1, arrivalRate: 95, warmupRequests: 20_000, requests: 50 });
    expect(rel(r.perServer[0]!.meanResponseMs, r.meanResponseMs)).toBeLessThan(1e-9);
  });
  it.each([
    { servers: 4, arrivalRate: 350, warmupRequests: 5_000, requests: 5_000, algorithm: 'random' },
    { servers: 3, arrivalRate: 250, warmupRequests: 2_000, requests: 20_000, failServer: 1, failAtMs: 30_000, queueLimit: 20 },
  ])('Σ served · mean over servers = completed · meanResponseMs (%j)', (p) => {
    const r = runModel('lb', p);
    const sum = r.perServer.reduce((a, s) => a + s.served * s.meanResponseMs, 0);
    expect(r.perServer.reduce((a, s) => a + s.served, 0)).toBe(r.completed);
    expect(rel(sum, r.completed * r.meanResponseMs)).toBeLessThan(1e-9);
  });
});

describe('bursty arrivals skip any number of on/off cycles', () => {
  it.each(['queue', 'lb'] as const)('%s at 0.001 req/s, burstiness 100, 1 ms cycles finishes', (name) => {
    const r = runModel(name, { arrivalRate: 0.001, burstiness: 100, burstCycleMs: 1, requests: 200, warmupRequests: 0 });
    expect(r.completed).toBe(200);
    expect(r.throughputPerSec).toBeGreaterThan(0.0007);
    expect(r.throughputPerSec).toBeLessThan(0.0014);
  });
});

describe('cache query mode without a keys × rows index', () => {
  it('a keyed permutation is a bijection with an exact inverse', () => {
    for (const n of [1, 2, 5, 1000, 4097]) {
      const p = new Permutation(n, 12345);
      const seen = new Set<number>();
      for (let x = 0; x < n; x++) {
        const y = p.forward(x);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThan(n);
        expect(p.inverse(y)).toBe(x);
        seen.add(y);
      }
      expect(seen.size).toBe(n);
    }
  });
  it('1,000,000 keys × 1,000 rows per query runs (cost grows with requests, not keys × rows)', () => {
    const r = runModel('cache', { keys: 1_000_000, cacheMode: 'query', rowsPerQuery: 1000, requests: 10, writeRatio: 0.5, capacity: 1000 });
    expect(r.completed).toBe(10);
  });
  it('more rows per query: more invalidations per write; same seed, same run', () => {
    const run = (rowsPerQuery: number) => runModel('cache', { keys: 2000, capacity: 1000, cacheMode: 'query', rowsPerQuery, writeRatio: 0.05, requests: 30_000 });
    const few = run(1);
    const many = run(50);
    expect(many.invalidations / many.writes).toBeGreaterThan((5 * few.invalidations) / few.writes);
    expect(run(50)).toEqual(many);
  });
});

describe('read-your-writes counts only writes committed before the read was sent', () => {
  const base = { replicas: 2, lagDist: 'constant', lagMeanMs: 100, requests: 100_000, ownReadRatio: 0.5, writeRatio: 0.2 } as const;
  it('a window longer than the (constant) lag leaves no violations', () => {
    expect(runModel('replication', { ...base, readYourWritesWindowMs: 200 }).readYourWritesViolations).toBe(0);
  });
  it('no window, or one shorter than the lag, leaves some', () => {
    const none = runModel('replication', { ...base, readYourWritesWindowMs: 0 });
    const short = runModel('replication', { ...base, readYourWritesWindowMs: 50 });
    expect(none.readYourWritesViolations).toBeGreaterThan(100);
    expect(short.readYourWritesViolations).toBeGreaterThan(0);
    expect(short.readYourWritesViolations).toBeLessThan(none.readYourWritesViolations);
    expect(none.readYourWritesViolations).toBeLessThanOrEqual(none.staleReads);
  });
});

describe('null, not −1, for "none" and "never"', () => {
  it('deploy that has not finished: deployDurationMs is null', () => {
    const r = runModel('deploy', { requests: 200, arrivalRate: 200, deployAtMs: 0, bootTimeMs: 3_600_000 });
    expect(r.deployDurationMs).toBeNull();
    expect(JSON.parse(JSON.stringify(r)).deployDurationMs).toBeNull();
    expect(runModel('deploy', {}).deployDurationMs).toBeGreaterThan(0);
  });
  it('scaling that never passes the ceiling: ceilingMonth is null; headroom is negative past it', () => {
    expect(runModel('scaling', { growthPerMonth: 0 }).ceilingMonth).toBeNull();
    const over = runModel('scaling', { growthPerMonth: 50, months: 24 });
    const m = over.months[over.ceilingMonth!]!;
    expect(m.verticalOverCeiling).toBe(true);
    expect(m.verticalHeadroom).toBeLessThan(0);
  });
  it('sessions: a request that found no server is null in stevePath', () => {
    const r = runModel('sessions', { servers: 1, killServer: 0, killAtMs: 2_000, users: 5, requests: 200, warmupRequests: 0 });
    expect(r.stevePath).toContain(null);
    expect(r.stevePath.every((s) => s === null || s === 0)).toBe(true);
  });
});

describe('input that was silently ignored is an error naming the range', () => {
  it.each([
    ['lb', { servers: 4, failServer: 10 }, 'failServer must be between 0 and 3'],
    ['sessions', { servers: 4, killServer: 9 }, 'killServer must be between 0 and 3'],
    ['lb', { servers: 4, serverSpeeds: [1, 1, 1, 1, 2, 2] }, 'serverSpeeds has 6 entries but there are 4 servers'],
    ['queue', { serviceDist: 'uniform', serviceCv: 0.8 }, 'serviceCv must be at most 0.577'],
    ['sharding', { serviceDist: 'uniform', serviceCv: 1 }, 'serviceCv must be at most 0.577'],
  ] as const)('%s %j', (model, input, message) => {
    const r = parseParams(model, input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(message);
  });
  it('the edge values are still accepted', () => {
    expect(parseParams('lb', { servers: 4, failServer: 3, serverSpeeds: [1, 1, 1, 2] }).ok).toBe(true);
    expect(parseParams('queue', { serviceDist: 'uniform', serviceCv: 1 / Math.sqrt(3) }).ok).toBe(true);
    expect(parseParams('queue', { serviceDist: 'lognormal', serviceCv: 3 }).ok).toBe(true);
  });
});

describe('1,000 servers and shards', () => {
  it('lb, sessions, deploy and sharding accept and run 1,000', () => {
    expect(runModel('lb', { servers: 1000, arrivalRate: 50_000, requests: 5_000 }).perServer).toHaveLength(1000);
    expect(runModel('sessions', { servers: 1000, users: 2000, requests: 5_000 }).perServer).toHaveLength(1000);
    expect(runModel('deploy', { servers: 1000, batchSize: 100, requests: 5_000 }).completed).toBeGreaterThan(0);
    const sharding = models.sharding.run(parseParamsOrThrow('sharding', { shards: 1000, partitioning: 'modulo', keys: 100_000, arrivalRate: 50_000, requests: 5_000 }));
    expect(sharding.perShard).toHaveLength(1000);
  });
});

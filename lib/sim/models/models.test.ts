import { describe, expect, it } from 'vitest';
import { parseParamsOrThrow, runModel } from '../params';
import { models } from './index';

const near = (actual: number, expected: number, rel: number) => expect(Math.abs(actual - expected) / Math.max(expected, 1e-12)).toBeLessThan(rel);

describe("Little's law on every queueing model (within 2 %)", () => {
  const cases = [
    ['lb', { requests: 100_000, algorithm: 'power-of-two' }],
    ['lb', { requests: 100_000, algorithm: 'round-robin', serverSpeeds: [1, 1, 2, 2], queueLimit: 5 }],
    ['sessions', { requests: 60_000, sessionMode: 'shared' }],
    ['deploy', { requests: 60_000, strategy: 'rolling' }],
    ['replication', { requests: 60_000 }],
    ['sharding', { requests: 60_000, zipf: 0.5 }],
    ['cache', { requests: 100_000 }],
  ] as const;
  it.each(cases)('%s %j', (name, p) => {
    const r = runModel(name, p);
    near(r.meanInSystem, (r.throughputPerSec * r.meanResponseMs) / 1000, 0.02);
  });
});

describe('headline behaviour', () => {
  it('lb: power-of-two and least-connections beat random on tail latency; a dead server fails requests until detected', () => {
    const p = (algorithm: string) => models.lb.run(parseParamsOrThrow('lb', { algorithm, arrivalRate: 320, requests: 60_000 }));
    const random = p('random');
    expect(p('power-of-two').p99ResponseMs).toBeLessThan(random.p99ResponseMs / 2);
    expect(p('least-connections').p99ResponseMs).toBeLessThan(random.p99ResponseMs / 2);
    const fast = models.lb.run(parseParamsOrThrow('lb', { arrivalRate: 200, failServer: 0, healthCheckMs: 100 }));
    const slow = models.lb.run(parseParamsOrThrow('lb', { arrivalRate: 200, failServer: 0, healthCheckMs: 5000 }));
    expect(slow.failed).toBeGreaterThan(5 * fast.failed);
    expect(fast.perServer[0]?.inRotation).toBe(false);
  });

  it('lb: weighted round robin follows server speeds', () => {
    const r = models.lb.run(parseParamsOrThrow('lb', { algorithm: 'weighted-round-robin', serverSpeeds: [1, 3], servers: 2, arrivalRate: 100 }));
    near((r.perServer[1]?.served ?? 0) / (r.perServer[0]?.served ?? 1), 3, 0.02);
  });

  it('sessions: sticky + kill loses sessions, shared loses none; local logs users out', () => {
    const sticky = models.sessions.run(parseParamsOrThrow('sessions', { sessionMode: 'sticky', killServer: 1 }));
    const shared = models.sessions.run(parseParamsOrThrow('sessions', { sessionMode: 'shared', killServer: 1 }));
    const local = models.sessions.run(parseParamsOrThrow('sessions', { sessionMode: 'local' }));
    expect(sticky.lostSessions).toBeGreaterThan(0);
    expect(sticky.noSessionRequests).toBeGreaterThan(0);
    expect(shared.lostSessions).toBe(0);
    expect(shared.noSessionRequests).toBe(0);
    expect(local.noSessionRequests / local.requests).toBeGreaterThan(0.5);
    expect(new Set(shared.stevePath).size).toBeGreaterThan(1);
    expect(new Set(models.sessions.run(parseParamsOrThrow('sessions', {})).stevePath).size).toBe(1);
    expect(shared.meanResponseMs).toBeGreaterThan(models.sessions.run(parseParamsOrThrow('sessions', { sessionMode: 'shared', storeLatencyMs: 0, killServer: 1 })).meanResponseMs);
  });

  it('sessions: a server added late gets little load when sessions are sticky', () => {
    const sticky = models.sessions.run(parseParamsOrThrow('sessions', { sessionMode: 'sticky', addServerAtMs: 30_000 }));
    const shared = models.sessions.run(parseParamsOrThrow('sessions', { sessionMode: 'shared', addServerAtMs: 30_000 }));
    expect(sticky.loadImbalance).toBeGreaterThan(1.2);
    expect(shared.loadImbalance).toBeLessThan(1.1);
  });

  it('deploy: rolling serves both versions for a while; all-at-once drops capacity to zero; blue-green never', () => {
    const rolling = models.deploy.run(parseParamsOrThrow('deploy', { strategy: 'rolling' }));
    const all = models.deploy.run(parseParamsOrThrow('deploy', { strategy: 'all-at-once' }));
    const bg = models.deploy.run(parseParamsOrThrow('deploy', { strategy: 'blue-green' }));
    expect(rolling.mixedVersionsMs).toBeGreaterThan(0);
    expect(rolling.servedA).toBeGreaterThan(0);
    expect(rolling.servedB).toBeGreaterThan(0);
    expect(rolling.failed).toBe(0);
    expect(all.minServersInRotation).toBe(0);
    expect(all.failed).toBeGreaterThan(0);
    expect(bg.minServersInRotation).toBe(6);
    expect(bg.lostCapacityServerSec).toBe(0);
    expect(bg.peakServers).toBe(12);
  });

  it('replication: lag causes stale reads; more lag, more; the read-your-writes window removes most violations', () => {
    const base = models.replication.run(parseParamsOrThrow('replication', {}));
    const laggy = models.replication.run(parseParamsOrThrow('replication', { lagMeanMs: 1000 }));
    const ryw = models.replication.run(parseParamsOrThrow('replication', { lagMeanMs: 1000, readYourWritesWindowMs: 5000 }));
    const none = models.replication.run(parseParamsOrThrow('replication', { replicas: 0 }));
    expect(base.staleReads).toBeGreaterThan(0);
    expect(laggy.staleReads).toBeGreaterThan(base.staleReads);
    expect(ryw.readYourWritesViolations).toBeLessThan(laggy.readYourWritesViolations / 10);
    expect(none.staleReads).toBe(0);
    expect(base.perNode[0]?.served).toBe(base.writes);
  });

  it('sharding: consistent hashing moves far fewer keys than modulo; clustered hot keys make a hot range shard', () => {
    const mod = models.sharding.run(parseParamsOrThrow('sharding', { partitioning: 'modulo', requests: 2000 }));
    const ch = models.sharding.run(parseParamsOrThrow('sharding', { partitioning: 'consistent-hash', requests: 2000 }));
    expect(mod.keysMovedOnAdd).toBeGreaterThan(0.7);
    expect(ch.keysMovedOnAdd).toBeLessThan(0.3);
    const range = models.sharding.run(parseParamsOrThrow('sharding', { partitioning: 'range', hotKeysClustered: true, arrivalRate: 100 }));
    expect(range.hottestToMean).toBeGreaterThan(2);
    const added = models.sharding.run(parseParamsOrThrow('sharding', { addShardAtMs: 20_000 }));
    expect(added.perShard).toHaveLength(5);
    expect(added.perShard[4]?.served).toBeGreaterThan(0);
  });

  it('cache: more capacity, higher hit rate; query caching invalidates more than object caching', () => {
    const hr = [50, 200, 800].map((capacity) => models.cache.run(parseParamsOrThrow('cache', { keys: 2000, capacity, requests: 50_000, warmupRequests: 20_000 })).hitRate);
    expect(hr[0]).toBeLessThan(hr[1] ?? 0);
    expect(hr[1]).toBeLessThan(hr[2] ?? 0);
    const obj = models.cache.run(parseParamsOrThrow('cache', { writeRatio: 0.1, cacheMode: 'object' }));
    const query = models.cache.run(parseParamsOrThrow('cache', { writeRatio: 0.1, cacheMode: 'query' }));
    expect(query.invalidations).toBeGreaterThan(2 * obj.invalidations);
    const ttl = models.cache.run(parseParamsOrThrow('cache', { ttlMs: 500 }));
    expect(ttl.expirations).toBeGreaterThan(0);
  });

  it.each(['lru', 'fifo', 'random', 'lfu'] as const)('cache %s under Zipf matches the independent-reference-model prediction (±2 points)', (policy) => {
    for (const [keys, zipf, capacity] of [
      [1000, 0.8, 100],
      [5000, 1.0, 250],
      [2000, 0.6, 500],
    ] as const) {
      const r = models.cache.run(parseParamsOrThrow('cache', { policy, keys, zipf, capacity, requests: 150_000, warmupRequests: 50_000, seed: 9 }));
      expect(Math.abs(r.hitRate - r.predictedHitRate)).toBeLessThan(0.02);
    }
  });

  it('scaling: the big machine hits its ceiling; many small ones survive a failure', () => {
    const r = models.scaling.run(parseParamsOrThrow('scaling', { demand: 500, growthPerMonth: 20, months: 24 }));
    expect(r.ceilingMonth).toBeGreaterThan(0);
    const last = r.months[r.months.length - 1];
    expect(last?.verticalOverCeiling).toBe(true);
    expect(last?.horizontalSurvivesFailure).toBe(true);
    expect(last?.verticalCapacityAfterFailure).toBe(0);
  });
});

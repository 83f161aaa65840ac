import { describe, expect, it } from 'vitest';
import { compileDesign } from './compile';
import { DbState } from './db-state';
import { createRng } from '../core/rng';
import { designSchema, type Design, type DesignInput } from './schema';
import { DesignSim } from './sim';
import { designTheory } from './theory';

const flat = (peakRps: number, extra: Record<string, unknown> = {}) => ({ id: 'users', kind: 'client' as const, label: 'Users', peakRps, nightShare: 1, peakHour: 12, ...extra });
const parse = (d: Omit<DesignInput, 'version' | 'name'>): Design => designSchema.parse({ version: 1, name: 'test', ...d });
const rel = (a: number, b: number) => Math.abs(a - b) / b;

describe('design model against its theory', () => {
  it('per-station means within 5 % of M/M/c with Poisson flows, exponential service and loads ≤ 0.8', () => {
    const d = parse({
      components: [
        flat(300),
        { id: 'lb', kind: 'lb', label: 'LB', algorithm: 'random' },
        { id: 'app', kind: 'service', label: 'App', machines: 4, workersPerMachine: 2, queueLimit: 100_000 },
        { id: 'cache', kind: 'cache', label: 'Cache', nodes: 1, capacityPerNode: 0, workers: 1, queueLimit: 100_000 },
        { id: 'db', kind: 'database', label: 'DB', size: 's', connections: 2, replicas: 2, queueLimit: 100_000 },
        { id: 'jobs', kind: 'queue', label: 'Jobs', workers: 3 },
        { id: 'api', kind: 'external', label: 'API', latencyMs: 20, concurrency: 2 },
      ],
      connections: [
        { from: 'users', to: 'lb' },
        { from: 'lb', to: 'app' },
        { from: 'app', to: 'cache' },
        { from: 'cache', to: 'db' },
        { from: 'app', to: 'db' },
        { from: 'db', to: 'jobs' },
        { from: 'jobs', to: 'api' },
      ],
      classes: [
        { id: 'read', label: 'read', share: 0.8, keys: { count: 1000, zipf: 0.5 }, path: [{ to: 'lb' }, { to: 'app', ms: 16 }, { to: 'cache', op: 'read', ms: 2.5 }, { to: 'db', op: 'read', node: 'replica', ms: 10 }] },
        { id: 'write', label: 'write', share: 0.2, keys: { count: 1000, zipf: 0.5 }, path: [{ to: 'lb' }, { to: 'app', ms: 16 }, { to: 'db', op: 'write', ms: 20 }, { to: 'jobs', ms: 35 }, { to: 'api' }] },
      ],
      run: { seed: 2, dayMs: 800_000, sampleIntervalMs: 100_000 },
    });
    const theory = designTheory(d);
    const r = new DesignSim(d).runToEnd();
    expect(r.errors).toBe(0);
    const checked: string[] = [];
    for (const c of r.perComponent)
      for (const g of c.groups) {
        const t = theory.perComponent.find((x) => x.id === c.id)?.groups.find((x) => x.role === g.role);
        if (!t || g.visits === 0) continue;
        expect(t.utilization, `${c.id} ${g.role} load`).toBeLessThanOrEqual(0.8);
        expect(rel(g.meanResponseMs, t.meanResponseMs), `${c.id} ${g.role}: ${g.meanResponseMs} vs ${t.meanResponseMs}`).toBeLessThan(0.05);
        expect(rel(g.utilization, t.meanUtilization), `${c.id} ${g.role} utilisation`).toBeLessThan(0.05);
        checked.push(`${c.id}/${g.role}`);
      }
    expect(checked).toEqual(['app/main', 'cache/main', 'db/primary', 'db/replica', 'jobs/main', 'api/main']);
    for (const c of r.perClass) {
      const t = theory.perClass.find((x) => x.id === c.id);
      expect(rel(c.meanResponseMs, t?.meanResponseMs ?? 0), `${c.id} caller`).toBeLessThan(0.05);
      if (c.jobs) expect(rel(c.jobs.meanResponseMs, t?.jobMeanResponseMs ?? 0), `${c.id} job`).toBeLessThan(0.05);
    }
    expect(theory.bottleneck?.id).toBe(r.bottleneck?.id);
  });

  const cacheDesign = (policy: 'lru' | 'fifo' | 'random' | 'lfu', writeShare: number, onWrite: 'invalidate' | 'update', nodes = 1) =>
    parse({
      components: [flat(400), { id: 'app', kind: 'service', label: 'App', machines: 1, workersPerMachine: 64 }, { id: 'cache', kind: 'cache', label: 'Cache', nodes, capacityPerNode: 1000 / nodes, policy, workers: 64 }],
      connections: [
        { from: 'users', to: 'app' },
        { from: 'app', to: 'cache' },
      ],
      classes: [
        { id: 'read', label: 'read', share: 1 - writeShare, keys: { count: 10_000, zipf: 0.9 }, path: [{ to: 'app', ms: 0.1 }, { to: 'cache', op: 'read', ms: 0.1 }] },
        ...(writeShare > 0 ? [{ id: 'write', label: 'write', share: writeShare, keys: { count: 10_000, zipf: 0.9 }, path: [{ to: 'app', ms: 0.1 }, { to: 'cache', op: 'write' as const, onWrite, ms: 0.1 }] }] : []),
      ],
      run: { seed: 4, dayMs: 400_000, sampleIntervalMs: 100_000 },
    });

  it.each([
    ['lru', 0, 'invalidate', 1],
    ['lru', 0.1, 'invalidate', 1],
    ['lru', 0.3, 'invalidate', 1],
    ['lru', 0.2, 'update', 1],
    ['lru', 0.1, 'invalidate', 4],
    ['random', 0.1, 'invalidate', 1],
    ['fifo', 0, 'invalidate', 1],
  ] as const)('cache hit rate within 2 points of Che: %s, %s of requests writing (%s), %s node(s)', (policy, writeShare, onWrite, nodes) => {
    const d = cacheDesign(policy, writeShare, onWrite, nodes);
    const theory = designTheory(d).perComponent.find((c) => c.id === 'cache')?.hitRate ?? NaN;
    const measured = new DesignSim(d).runToEnd().perComponent.find((c) => c.id === 'cache')?.cache?.hitRate ?? NaN;
    expect(Math.abs(measured - theory), `measured ${measured}, theory ${theory}`).toBeLessThan(0.02);
  });

  it('invalidations lower the hit rate the theory predicts (the system theory used to ignore them)', () => {
    const none = designTheory(cacheDesign('lru', 0, 'invalidate')).perComponent.find((c) => c.id === 'cache')?.hitRate ?? 0;
    const some = designTheory(cacheDesign('lru', 0.3, 'invalidate')).perComponent.find((c) => c.id === 'cache')?.hitRate ?? 0;
    expect(none - some).toBeGreaterThan(0.03);
  });

  const shardedDb = (shards: number, sharding: 'hash' | 'range' | 'consistent-hash', zipf = 0.9) =>
    parse({
      components: [flat(500), { id: 'app', kind: 'service', label: 'App', machines: 1, workersPerMachine: 64 }, { id: 'db', kind: 'database', label: 'DB', shards, sharding, connections: 32 }],
      connections: [
        { from: 'users', to: 'app' },
        { from: 'app', to: 'db' },
      ],
      classes: [{ id: 'read', label: 'read', share: 1, keys: { count: 100_000, zipf }, path: [{ to: 'app', ms: 0.1 }, { to: 'db', op: 'read', ms: 1 }] }],
      run: { seed: 1, dayMs: 60_000, sampleIntervalMs: 10_000 },
    });

  it('consistent hashing moves about 1/(N+1) of the keys when a shard is added; modulo hashing moves most', () => {
    const moved = (sharding: 'hash' | 'consistent-hash', n: number) => {
      const shardOf = (shards: number) => new DbState(compileDesign(shardedDb(shards, sharding)).components[2]!, createRng(1)).shardOf;
      const a = shardOf(n);
      const b = shardOf(n + 1);
      let m = 0;
      for (let k = 0; k < 100_000; k++) if (a(k) !== b(k)) m++;
      return m / 100_000;
    };
    for (const n of [2, 4, 8]) {
      expect(Math.abs(moved('consistent-hash', n) - 1 / (n + 1)), `consistent, ${n} → ${n + 1}`).toBeLessThan(0.3 / (n + 1));
      expect(moved('hash', n), `modulo, ${n} → ${n + 1}`).toBeGreaterThan(0.6);
    }
  });

  it('a hot key makes a hot shard, and the theory names the same shard', () => {
    const d = shardedDb(4, 'hash', 1.2);
    const r = new DesignSim(d).runToEnd();
    const perShard = r.perComponent.find((c) => c.id === 'db')?.database?.perShard ?? [];
    const total = perShard.reduce((a, b) => a + b, 0);
    const hottest = perShard.indexOf(Math.max(...perShard));
    expect(Math.max(...perShard) / (total / 4)).toBeGreaterThan(1.5);
    const t = designTheory(d).perComponent.find((c) => c.id === 'db')?.groups[0];
    const perMachine = t?.perMachine ?? [];
    expect(perMachine.indexOf(Math.max(...perMachine))).toBe(hottest);
    const share = (perMachine[hottest] ?? 0) / perMachine.reduce((a, b) => a + b, 0);
    expect(Math.abs(share - (perShard[hottest] ?? 0) / total)).toBeLessThan(0.02);
    // range partitioning puts every popular key on shard 0
    const range = new DesignSim(shardedDb(4, 'range', 1.2)).runToEnd().perComponent.find((c) => c.id === 'db')?.database?.perShard ?? [];
    expect((range[0] ?? 0) / range.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.8);
  });

  const failover = (seed: number, extra: Record<string, unknown> = {}) =>
    parse({
      components: [
        flat(200),
        { id: 'app', kind: 'service', label: 'App', machines: 1, workersPerMachine: 64 },
        { id: 'db', kind: 'database', label: 'DB', connections: 16, replicas: 1, replicationLagMs: 500, promotionDelayMs: 1_000, ...extra },
      ],
      connections: [
        { from: 'users', to: 'app' },
        { from: 'app', to: 'db' },
      ],
      classes: [{ id: 'write', label: 'write', share: 1, keys: { count: 1_000, zipf: 0 }, path: [{ to: 'app', ms: 0.1 }, { to: 'db', op: 'write', ms: 40 }] }],
      faults: [{ type: 'fail-primary', target: 'db', atHour: 12 }],
      run: { seed, dayMs: 20_000, sampleIntervalMs: 1_000 },
    });

  it('a failover loses about write rate × mean lag of confirmed writes (async); none with sync replication', () => {
    const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
    const lost = seeds.map((s) => new DesignSim(failover(s)).runToEnd().perComponent.find((c) => c.id === 'db')?.database?.lostCommits ?? 0);
    const mean = lost.reduce((a, b) => a + b, 0) / lost.length;
    // writes committing at 200/s, each unapplied for an exponential 0.5 s: 100 in flight on average
    expect(rel(mean, 200 * 0.5), `lost ${lost.join(', ')}`).toBeLessThan(0.12);
    const sync = new DesignSim(failover(1, { replication: 'sync' })).runToEnd();
    expect(sync.perComponent.find((c) => c.id === 'db')?.database?.lostCommits).toBe(0);
  });

  it('the promoted replica serves writes in the write time (it used to serve them in 0 ms)', () => {
    const sim = new DesignSim(failover(3));
    sim.advanceTo(9_000);
    const early = sim.metrics().perClass[0]?.meanResponseMs ?? 0;
    const r = sim.runToEnd();
    const db = r.perComponent.find((c) => c.id === 'db');
    // the writes after the promotion ran on the former replica, each taking its 40 ms at size s
    expect(db?.groups.find((g) => g.role === 'replica')?.meanServiceMs).toBeGreaterThan(36);
    expect(rel(r.perClass[0]?.meanResponseMs ?? 0, early)).toBeLessThan(0.1);
  });
});

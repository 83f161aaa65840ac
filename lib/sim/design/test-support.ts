/**
 * Test support for the design model (tests only: imports fast-check). `arbitraryDesign()`
 * generates VALID designs (they pass `designSchema`'s cross-reference checks): a client, an
 * optional CDN, a pool behind a balancer, an optional session store, cache, database (replicas,
 * shards, sync or async), queue, object store and external API; one to three classes whose
 * paths follow the arrows in that order; scheduled faults on components that exist. Small
 * rates and short days, so a run takes milliseconds.
 *
 * @example
 * fc.assert(fc.property(arbitraryDesign(), (d) => runDesign(d).inSystem === 0));
 */
import fc from 'fast-check';
import { ALGORITHMS } from '../models/balancer';
import { POLICIES } from '../models/cache-policies';
import type { DesignInput } from './schema';
import { designSchema, type Design } from './schema';

type Comp = DesignInput['components'][number];
type Step = DesignInput['classes'][number]['path'][number];

const dists = fc.constantFrom('exponential', 'constant', 'uniform', 'lognormal') as fc.Arbitrary<'exponential' | 'constant' | 'uniform' | 'lognormal'>;

/** The pieces an architecture is drawn from (each optional part may be absent). */
const shape = fc.record({
  seed: fc.integer({ min: 0, max: 10_000 }),
  dayMs: fc.integer({ min: 2_000, max: 8_000 }),
  sampleIntervalMs: fc.integer({ min: 200, max: 2_000 }),
  peakRps: fc.double({ min: 5, max: 250, noNaN: true }),
  nightShare: fc.double({ min: 0, max: 1, noNaN: true }),
  peakHour: fc.double({ min: 0, max: 24, noNaN: true }),
  growth: fc.constantFrom(1, 1.5, 3),
  users: fc.integer({ min: 1, max: 500 }),
  spike: fc.option(fc.record({ multiplier: fc.double({ min: 1, max: 4, noNaN: true }), startHour: fc.double({ min: 0, max: 23, noNaN: true }), hours: fc.double({ min: 0, max: 6, noNaN: true }) }), { nil: undefined }),
  cdn: fc.option(fc.record({ capacity: fc.integer({ min: 0, max: 200 }), ttlMs: fc.constantFrom(0, 500, 5_000), hitMs: fc.double({ min: 0.5, max: 20, noNaN: true }), policy: fc.constantFrom(...POLICIES) }), { nil: undefined }),
  machines: fc.integer({ min: 1, max: 4 }),
  workersPerMachine: fc.integer({ min: 1, max: 8 }),
  size: fc.constantFrom('s', 'm', 'l', 'xl') as fc.Arbitrary<'s' | 'm' | 'l' | 'xl'>,
  queueLimit: fc.integer({ min: 0, max: 40 }),
  algorithm: fc.constantFrom(...ALGORITHMS),
  sticky: fc.boolean(),
  healthCheckMs: fc.integer({ min: 0, max: 2_000 }),
  dist: dists,
  cv: fc.double({ min: 0, max: 2, noNaN: true }),
  sessions: fc.constantFrom('none', 'local', 'shared'),
  cache: fc.option(fc.record({ nodes: fc.integer({ min: 1, max: 3 }), capacityPerNode: fc.integer({ min: 0, max: 150 }), ttlMs: fc.constantFrom(0, 300, 3_000), policy: fc.constantFrom(...POLICIES), workers: fc.integer({ min: 1, max: 8 }) }), { nil: undefined }),
  db: fc.option(
    fc.record({
      replicas: fc.integer({ min: 0, max: 2 }),
      shards: fc.integer({ min: 1, max: 3 }),
      sharding: fc.constantFrom('hash', 'range', 'consistent-hash') as fc.Arbitrary<'hash' | 'range' | 'consistent-hash'>,
      replication: fc.constantFrom('async', 'sync') as fc.Arbitrary<'async' | 'sync'>,
      lagMs: fc.integer({ min: 0, max: 500 }),
      promotionDelayMs: fc.integer({ min: 0, max: 2_000 }),
      connections: fc.integer({ min: 1, max: 8 }),
    }),
    { nil: undefined },
  ),
  queue: fc.option(
    fc.record({
      workers: fc.integer({ min: 1, max: 4 }),
      autoscale: fc.option(fc.record({ maxWorkers: fc.integer({ min: 1, max: 8 }), queuePerWorker: fc.double({ min: 0.5, max: 5, noNaN: true }), bootMs: fc.integer({ min: 0, max: 1_000 }) }), { nil: undefined }),
      maxRetries: fc.integer({ min: 0, max: 3 }),
      retryBackoffMs: fc.integer({ min: 0, max: 500 }),
    }),
    { nil: undefined },
  ),
  external: fc.option(fc.record({ latencyMs: fc.double({ min: 1, max: 50, noNaN: true }), concurrency: fc.integer({ min: 1, max: 20 }), rateLimitPerSec: fc.constantFrom(0, 5, 50), failureRate: fc.constantFrom(0, 0.05, 0.3) }), { nil: undefined }),
  objectStore: fc.boolean(),
  classes: fc.array(
    fc.record({
      weight: fc.integer({ min: 1, max: 10 }),
      keys: fc.integer({ min: 1, max: 2_000 }),
      zipf: fc.double({ min: 0, max: 1.5, noNaN: true }),
      timeoutMs: fc.option(fc.integer({ min: 5, max: 500 }), { nil: undefined }),
      cdn: fc.constantFrom('skip', 'read', 'write'),
      appMs: fc.double({ min: 0.1, max: 20, noNaN: true }),
      session: fc.constantFrom('none', 'create', 'require'),
      cache: fc.constantFrom('skip', 'read', 'invalidate', 'update', 'free-invalidate'),
      db: fc.constantFrom('skip', 'primary', 'replica', 'write'),
      dbMs: fc.double({ min: 0.1, max: 30, noNaN: true }),
      queue: fc.boolean(),
      queueMs: fc.double({ min: 0.1, max: 30, noNaN: true }),
      tail: fc.constantFrom('none', 'external', 'object'),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  faults: fc.array(
    fc.record({
      type: fc.constantFrom('kill-machine', 'revive-machine', 'restart-cache', 'fail-primary', 'slow', 'partition', 'surge'),
      atHour: fc.double({ min: 0, max: 24, noNaN: true }),
      hours: fc.double({ min: 0, max: 6, noNaN: true }),
      factor: fc.double({ min: 1, max: 5, noNaN: true }),
      pick: fc.nat(),
    }),
    { maxLength: 4 },
  ),
});

type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

/** Builds a valid design input from a drawn shape. */
function build(s: Shape): DesignInput {
  const dist = { serviceDist: s.dist, serviceCv: s.cv };
  const components: Comp[] = [{ id: 'users', kind: 'client', label: 'Users', peakRps: s.peakRps, nightShare: s.nightShare, peakHour: s.peakHour, growth: s.growth, users: s.users, ...(s.spike ? { spike: s.spike } : {}) }];
  if (s.cdn) components.push({ id: 'edge', kind: 'cdn', label: 'Edge', ...s.cdn });
  components.push({ id: 'lb', kind: 'lb', label: 'Balancer', algorithm: s.algorithm, healthCheckMs: s.healthCheckMs, sticky: s.sticky });
  components.push({ id: 'app', kind: 'service', label: 'App', machines: s.machines, workersPerMachine: s.workersPerMachine, size: s.size, queueLimit: s.queueLimit, ...dist });
  if (s.sessions === 'shared') components.push({ id: 'sessions', kind: 'cache', label: 'Sessions', nodes: 1, capacityPerNode: 0, workers: 4, queueLimit: s.queueLimit });
  if (s.cache) components.push({ id: 'cache', kind: 'cache', label: 'Cache', ...s.cache, queueLimit: s.queueLimit, ...dist });
  if (s.db)
    components.push({
      id: 'db',
      kind: 'database',
      label: 'Database',
      size: s.size,
      connections: s.db.connections,
      queueLimit: s.queueLimit,
      replicas: s.db.replicas,
      replication: s.db.replication,
      replicationLagMs: s.db.lagMs,
      promotionDelayMs: s.db.promotionDelayMs,
      shards: s.db.shards,
      sharding: s.db.sharding,
      ...dist,
    });
  if (s.queue) components.push({ id: 'jobs', kind: 'queue', label: 'Jobs', workers: s.queue.workers, ...(s.queue.autoscale ? { autoscale: s.queue.autoscale } : {}), maxRetries: s.queue.maxRetries, retryBackoffMs: s.queue.retryBackoffMs, ...dist });
  if (s.external) components.push({ id: 'api', kind: 'external', label: 'API', ...s.external, pricePerMillion: 10, ...dist });
  if (s.objectStore) components.push({ id: 'blobs', kind: 'object-store', label: 'Blobs', latencyMs: 5, concurrency: 50 });
  const has = (id: string) => components.some((c) => c.id === id);
  const arrows = new Set<string>();
  const total = s.classes.reduce((a, c) => a + c.weight, 0);
  let left = 1;
  const classes = s.classes.map((c, i) => {
    const share = i === s.classes.length - 1 ? Math.max(0, left) : c.weight / total;
    left -= share;
    const path: Step[] = [];
    if (has('edge') && c.cdn !== 'skip') path.push({ to: 'edge', op: c.cdn === 'read' ? 'read' : 'write' });
    path.push({ to: 'lb' }, { to: 'app', ms: c.appMs });
    const session = s.sessions === 'none' ? 'none' : c.session;
    if (session !== 'none' && has('sessions')) path.push({ to: 'sessions', op: session === 'create' ? 'write' : 'read', session: true, ms: 0.3 });
    if (has('cache') && c.cache !== 'skip') {
      if (c.cache === 'read') path.push({ to: 'cache', op: 'read' });
      else path.push({ to: 'cache', op: 'write', onWrite: c.cache === 'update' ? 'update' : 'invalidate', ...(c.cache === 'free-invalidate' ? { ms: 0 } : {}) });
    }
    if (s.db && c.db !== 'skip') {
      if (c.db === 'write') path.push({ to: 'db', op: 'write', ms: c.dbMs });
      else path.push({ to: 'db', op: 'read', node: c.db === 'replica' && s.db.replicas > 0 ? 'replica' : 'primary', ms: c.dbMs });
    }
    if (has('jobs') && c.queue) path.push({ to: 'jobs', ms: c.queueMs });
    if (c.tail === 'external' && has('api')) path.push({ to: 'api' });
    if (c.tail === 'object' && has('blobs')) path.push({ to: 'blobs', op: 'write' });
    let from = 'users';
    for (const step of path) {
      arrows.add(`${from}>${step.to}`);
      from = step.to;
    }
    return {
      id: `c${i}`,
      label: `class ${i}`,
      share,
      keys: { count: c.keys, zipf: c.zipf },
      payloadBytes: 1000,
      ...(session !== 'none' ? { session } : {}),
      ...(c.timeoutMs !== undefined ? { timeoutMs: c.timeoutMs } : {}),
      path,
    };
  });
  const killable = components.filter((c) => c.kind === 'service' || c.kind === 'cache');
  const faults = s.faults.flatMap((f): NonNullable<DesignInput['faults']> => {
    const pick = <T,>(xs: T[]): T | undefined => xs[f.pick % Math.max(1, xs.length)];
    if (f.type === 'surge') return [{ type: 'surge', atHour: f.atHour, multiplier: f.factor, hours: f.hours }];
    if (f.type === 'kill-machine' || f.type === 'revive-machine') {
      const c = pick(killable);
      if (!c) return [];
      const n = c.kind === 'service' ? (c.machines ?? 1) : c.kind === 'cache' ? (c.nodes ?? 1) : 1;
      return [{ type: f.type, target: c.id, machine: f.pick % n, atHour: f.atHour }];
    }
    if (f.type === 'restart-cache') {
      const c = pick(components.filter((x) => x.kind === 'cache' || x.kind === 'cdn'));
      return c ? [{ type: 'restart-cache', target: c.id, atHour: f.atHour }] : [];
    }
    if (f.type === 'fail-primary') return s.db ? [{ type: 'fail-primary', target: 'db', shard: f.pick % s.db.shards, atHour: f.atHour }] : [];
    const c = pick(components.filter((x) => x.kind !== 'client' && x.kind !== 'lb' && (f.type === 'partition' || x.kind !== 'cdn')));
    if (!c) return [];
    return f.type === 'slow' ? [{ type: 'slow', target: c.id, factor: f.factor, hours: f.hours, atHour: f.atHour }] : [{ type: 'partition', target: c.id, hours: f.hours, atHour: f.atHour }];
  });
  return {
    version: 1,
    name: 'Generated design',
    components,
    connections: [...arrows].map((a) => {
      const [from, to] = a.split('>') as [string, string];
      return { from, to };
    }),
    classes,
    faults,
    run: { seed: s.seed, dayMs: s.dayMs, sampleIntervalMs: s.sampleIntervalMs },
  };
}

/**
 * Valid design inputs (as a file would hold them).
 *
 * @example
 * fc.sample(arbitraryDesignInput(), 1)[0]?.components.length;
 */
export function arbitraryDesignInput(): fc.Arbitrary<DesignInput> {
  return shape.map(build);
}

/**
 * Valid parsed designs (defaults filled in).
 *
 * @example
 * fc.assert(fc.property(arbitraryDesign(), (d) => estimateDesignWork(d).events >= 0));
 */
export function arbitraryDesign(): fc.Arbitrary<Design> {
  return arbitraryDesignInput().map((d) => designSchema.parse(d));
}

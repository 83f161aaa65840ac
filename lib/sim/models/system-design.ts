import type { DesignRunOptions } from '../design/compile';
import { designBill } from '../design/prices';
import { designSchema, type DesignInput } from '../design/schema';
import type { Design } from '../design/parts';
import { atLeast, classShares, sessionModeOf, type TierId } from './system-layout';
import type { SystemParams } from './system-schema';

/** Component ids of Crumb & Co's design (the `system` adapter maps tiers to them). */
export const CRUMB_IDS = { app: 'app', sessions: 'sessions', cache: 'cache', db: 'db', workers: 'email' } as const;

/**
 * Crumb & Co's shop at the params' stage as a design: clients → (balancer →) app machines
 * (→ shared session store) (→ cache) → database primary (+ replicas) (→ email queue), with the
 * three request classes (browse, log in, check out) and the scheduled faults. The one box runs
 * the app and the database on one machine, so its times add the database's. A checkout's commit
 * drops its product from the cache (a cache write with no time of its own).
 *
 * `options` pins the random streams to the whole-system model's (so its numbers carry over) and
 * the machine prices to the params'.
 *
 * @example
 * const { design, options } = crumbDesign(systemSchema.parse({ stage: 'cache' }));
 * runDesign(design, options).perClass[0]?.p99ResponseMs;
 */
export function crumbDesign(p: SystemParams): { design: Design; options: DesignRunOptions } {
  const oneBox = !atLeast(p, 'clones');
  const mode = sessionModeOf(p);
  const shared = !oneBox && mode === 'shared';
  const cached = atLeast(p, 'cache');
  const queued = atLeast(p, 'queue');
  const replicas = atLeast(p, 'replicas') ? p.replicas : 0;
  const [browse, login, checkout] = classShares(p);
  const dist = { serviceDist: p.serviceDist, serviceCv: p.serviceCv };
  const components: DesignInput['components'] = [
    {
      id: 'users',
      kind: 'client',
      label: 'Shoppers',
      peakRps: p.peakRate,
      nightShare: p.nightShare,
      peakHour: p.peakHour,
      growth: 1,
      users: p.users,
      ...(p.saleMultiplier > 1 ? { spike: { multiplier: p.saleMultiplier, startHour: p.saleStartHour, hours: p.saleHours } } : {}),
    },
  ];
  const arrows: [string, string][] = [];
  if (!oneBox) {
    components.push({ id: 'lb', kind: 'lb', label: 'Load balancer', algorithm: p.algorithm, healthCheckMs: p.healthCheckMs, sticky: mode === 'sticky' });
    arrows.push(['users', 'lb'], ['lb', 'app']);
  } else arrows.push(['users', 'app']);
  components.push({
    id: 'app',
    kind: 'service',
    label: oneBox ? 'One box (app + database)' : 'App clones',
    machines: oneBox ? 1 : p.appMachines,
    workersPerMachine: p.appWorkers,
    size: p.appSize,
    queueLimit: p.queueLimit,
    ...dist,
  });
  if (shared) {
    components.push({ id: 'sessions', kind: 'cache', label: 'Session store', nodes: 1, capacityPerNode: 0, policy: 'lru', ttlMs: 0, workers: p.sessionWorkers, size: 's', queueLimit: p.queueLimit, ...dist });
    arrows.push(['app', 'sessions'], ['sessions', 'db']);
  }
  if (cached) {
    components.push({ id: 'cache', kind: 'cache', label: 'Cache', nodes: 1, capacityPerNode: p.cacheCapacity, policy: p.cachePolicy, ttlMs: p.cacheTtlMs, workers: p.cacheWorkers, size: 's', queueLimit: p.queueLimit, ...dist });
    arrows.push(['app', 'cache'], ['cache', 'db'], ['db', 'cache']);
  }
  if (!oneBox) {
    components.push({
      id: 'db',
      kind: 'database',
      label: replicas > 0 ? 'Database primary' : 'Database',
      size: p.dbSize,
      connections: p.dbWorkers,
      queueLimit: p.queueLimit,
      replicas,
      replication: 'async',
      replicationLagMs: p.replicationLagMs,
      promotionDelayMs: p.promotionDelayMs,
      shards: 1,
      ...dist,
    });
    arrows.push(['app', 'db']);
  }
  if (queued) {
    components.push({
      id: 'email',
      kind: 'queue',
      label: 'Email workers',
      workers: p.workers,
      ...(p.autoscale ? { autoscale: { maxWorkers: p.maxWorkers, queuePerWorker: p.scaleUpQueuePerWorker, bootMs: p.scaleUpDelayMs } } : {}),
      maxRetries: 0,
      retryBackoffMs: 0,
      ...dist,
    });
    arrows.push([cached ? 'cache' : 'db', 'email']);
  }
  const products = { count: p.products, zipf: p.zipf };
  const read = replicas > 0 ? ('replica' as const) : ('primary' as const);
  const classes: DesignInput['classes'] = oneBox
    ? [
        { id: 'browse', label: 'browse', share: browse, keys: products, payloadBytes: 20_000, path: [{ to: 'app', ms: p.appBrowseMs + p.dbReadMs }] },
        { id: 'login', label: 'log in', share: login, keys: { count: 1, zipf: 0 }, payloadBytes: 1_000, path: [{ to: 'app', ms: p.appLoginMs }] },
        { id: 'checkout', label: 'check out', share: checkout, keys: products, payloadBytes: 2_000, path: [{ to: 'app', ms: p.appCheckoutMs + p.dbWriteMs + p.emailMs }] },
      ]
    : [
        {
          id: 'browse',
          label: 'browse',
          share: browse,
          keys: products,
          payloadBytes: 20_000,
          path: [{ to: 'lb' }, { to: 'app', ms: p.appBrowseMs }, ...(cached ? [{ to: 'cache', op: 'read' as const, ms: p.cacheMs }] : []), { to: 'db', op: 'read', node: read, ms: p.dbReadMs }],
        },
        {
          id: 'login',
          label: 'log in',
          share: login,
          keys: { count: 1, zipf: 0 },
          payloadBytes: 1_000,
          session: 'create',
          path: [{ to: 'lb' }, { to: 'app', ms: p.appLoginMs }, ...(shared ? [{ to: 'sessions', op: 'write' as const, session: true, ms: p.sessionMs }] : [])],
        },
        {
          id: 'checkout',
          label: 'check out',
          share: checkout,
          keys: products,
          payloadBytes: 2_000,
          session: 'require',
          path: [
            { to: 'lb' },
            { to: 'app', ms: p.appCheckoutMs + (queued ? 0 : p.emailMs) },
            ...(shared ? [{ to: 'sessions', op: 'read' as const, session: true, ms: p.sessionMs }] : []),
            { to: 'db', op: 'write', ms: p.dbWriteMs },
            ...(cached ? [{ to: 'cache', op: 'write' as const, onWrite: 'invalidate' as const, ms: 0 }] : []),
            ...(queued ? [{ to: 'email', ms: p.emailMs }] : []),
          ],
        },
      ];
  const faults: NonNullable<DesignInput['faults']> = [];
  if (!oneBox && p.killCloneAtHour !== undefined) faults.push({ type: 'kill-machine', target: 'app', machine: 0, atHour: p.killCloneAtHour });
  if (cached && p.cacheRestartAtHour !== undefined) faults.push({ type: 'restart-cache', target: 'cache', atHour: p.cacheRestartAtHour });
  if (!oneBox && p.primaryFailAtHour !== undefined) faults.push({ type: 'fail-primary', target: 'db', shard: 0, atHour: p.primaryFailAtHour });
  const slowTarget = { none: null, app: 'app', sessions: shared ? 'sessions' : null, cache: cached ? 'cache' : null, db: oneBox ? null : 'db', workers: queued ? 'email' : null }[p.slowTier];
  if (slowTarget && p.slowFactor > 1 && p.slowHours > 0) faults.push({ type: 'slow', target: slowTarget, factor: p.slowFactor, hours: p.slowHours, atHour: p.slowAtHour });
  const unique = [...new Map(arrows.map(([from, to]) => [`${from}>${to}`, { from, to }])).values()];
  const design = designSchema.parse({
    version: 1,
    name: `Crumb & Co (${p.stage})`,
    components,
    connections: unique,
    classes,
    faults,
    run: { seed: p.seed, dayMs: p.dayMs, sampleIntervalMs: p.sampleIntervalMs },
  });
  return {
    design,
    options: {
      streams: { app: 20, sessions: 21, cache: 22, db: 23, 'db:replica': 24, email: 25 },
      storeStreams: { cache: 30 },
      prices: { app: p.appPrice, sessions: p.sessionPrice, cache: p.cachePrice, db: p.dbPrice, email: p.workerPrice, lb: p.balancerPrice },
    },
  };
}

/**
 * Monthly bill ($) of Crumb & Co at the params' stage, before any run: every machine at the
 * params' price × its speed (linear within a family), the balancer once there are clones, the
 * email workers at `meanWorkers` (default: the minimum). The same bill a run reports.
 *
 * @example
 * monthlyCost(systemSchema.parse({ stage: 'one-box' })).total; // 100
 */
export function monthlyCost(p: SystemParams, meanWorkers = p.workers): { total: number; perTier: Partial<Record<TierId, number>> } {
  const { design, options } = crumbDesign(p);
  const bill = designBill(design, { meanWorkers: { [CRUMB_IDS.workers]: meanWorkers } }, options.prices);
  const perTier: Partial<Record<TierId, number>> = {};
  const replicas = atLeast(p, 'replicas') && atLeast(p, 'clones') ? p.replicas : 0;
  for (const line of bill.lines) {
    if (line.id === CRUMB_IDS.db) {
      perTier.db = line.monthly / (1 + replicas);
      if (replicas > 0) perTier.replicas = (line.monthly * replicas) / (1 + replicas);
    } else if (line.id === CRUMB_IDS.workers) perTier.workers = line.monthly;
    else if (line.id !== 'lb') perTier[line.id as TierId] = line.monthly;
  }
  return { total: bill.total, perTier };
}

import type { LatencyFields } from '../core/network';
import type { Station } from '../core/station';
import { MACHINE_SPEED } from '../design/components';
import type { DesignComponentStats, DesignGroupStats, DesignResult } from '../design/result-types';
import type { DesignSim } from '../design/sim';
import { CRUMB_IDS } from './system-design';
import { CLASSES, TIERS, type RequestClass, type TierId } from './system-layout';
import type { SystemParams } from './system-schema';
import { hourAt, rateAt } from './system-traffic';

const CAUSE_NAMES = ['queue-full', 'machine-down', 'no-session', 'database-down'] as const;
/**
 * Why a request failed: its machine's waiting room was full, its machine was down (or died with
 * it), its session was not where it landed, or the database primary was down.
 *
 * @example
 * const c: ErrorCause = 'no-session';
 */
export type ErrorCause = (typeof CAUSE_NAMES)[number];

/**
 * Per-class statistics. `errors` = requests answered with an error or refused.
 *
 * @example
 * const c = models.system.run(systemSchema.parse({})).perClass[0]; // browse
 */
export interface SystemClassStats {
  class: RequestClass;
  requests: number;
  completed: number;
  errors: number;
  inSystem: number;
  errorsByCause: Record<ErrorCause, number>;
  meanResponseMs: number;
  p50ResponseMs: number;
  p95ResponseMs: number;
  p99ResponseMs: number;
  throughputPerSec: number;
}

/**
 * Per-tier statistics. Utilisation and mean waiting are over the day (to `dayMs`; a backlog that
 * drains afterwards does not dilute them); visits, throughput and `meanResponseMs` (per visit:
 * wait + service at the tier) cover the whole run.
 *
 * @example
 * const t = models.system.run(systemSchema.parse({})).perTier[0]; // app
 */
export interface SystemTierStats {
  tier: TierId;
  label: string;
  machines: number;
  machinesUp: number;
  /** Workers over all machines (for autoscaled workers: the mean number running). */
  workers: number;
  utilization: number;
  meanQueueLength: number;
  meanResponseMs: number;
  visits: number;
  throughputPerSec: number;
  dropped: number;
  monthlyCost: number;
}

/**
 * Result of a system run. The latency fields are the shoppers' (browse, log in, checkout);
 * email jobs are in `perClass` only. `dropped` = shopper requests that failed, for any cause.
 *
 * @example
 * const r: SystemResult = models.system.run(systemSchema.parse({}));
 */
export interface SystemResult extends LatencyFields {
  stage: string;
  inSystem: number;
  errorRate: number;
  errorsByCause: Record<ErrorCause, number>;
  perClass: SystemClassStats[];
  perTier: SystemTierStats[];
  /** Tier with the highest measured utilisation. */
  bottleneck: TierId;
  monthlyCost: number;
  cacheHitRate: number;
  cacheLookups: number;
  dbQueries: number;
  staleReads: number;
  staleReadShare: number;
  commits: number;
  /** Highest database load over one sample interval (queries/s): the stampede after a cache restart shows here. */
  peakDbQueriesPerSec: number;
  /** Committed checkouts lost in a failover because the promoted replica had not applied them yet. */
  lostCommits: number;
  series: Record<string, number[]>;
}

/** One machine as drawn. */
export interface SystemMachineView {
  queue: number;
  busy: number;
  workers: number;
  alive: boolean;
}

/**
 * What the UI draws: each present tier with its machines and its utilisation over the last
 * sample interval, the hour of the day and the current arrival rate.
 *
 * @example
 * const s: SystemSnapshot = models.system.create(systemSchema.parse({})).snapshot();
 */
export interface SystemSnapshot {
  now: number;
  done: boolean;
  hour: number;
  ratePerSec: number;
  /** Per tier; `utilization` is over the last sample interval while running, over the whole day once done. */
  tiers: { id: TierId; label: string; utilization: number; machines: SystemMachineView[] }[];
  /** The latest time-series row (interval rates, utilisation per tier), by column. */
  recent: Record<(typeof SERIES_COLUMNS)[number], number>;
  metrics: Omit<SystemResult, 'series'>;
}

/** Time-series columns. Rates are per second over the last interval; util* are fractions. */
export const SERIES_COLUMNS = [
  'rate',
  'throughput',
  'errorsPerSec',
  'p95Ms',
  'dbQueriesPerSec',
  'hitRate',
  'workers',
  ...TIERS.map((t) => `util_${t}`),
  ...TIERS.map((t) => `queue_${t}`),
] as const;

/** Where each tier lives in Crumb & Co's design: component id and station group role. */
const TIER_AT: Record<TierId, { id: string; role: DesignGroupStats['role'] }> = {
  app: { id: CRUMB_IDS.app, role: 'main' },
  sessions: { id: CRUMB_IDS.sessions, role: 'main' },
  cache: { id: CRUMB_IDS.cache, role: 'main' },
  db: { id: CRUMB_IDS.db, role: 'primary' },
  replicas: { id: CRUMB_IDS.db, role: 'replica' },
  workers: { id: CRUMB_IDS.workers, role: 'main' },
};

/** The design's series column holding a tier's `util`/`queue` figure. */
function tierColumn(what: 'util' | 'queue', tier: TierId): string {
  const at = TIER_AT[tier];
  return `${what}:${at.id}${at.role === 'replica' ? ':replicas' : ''}`;
}

/** The system's series column → the design's (null: always 0). */
function sourceColumn(col: (typeof SERIES_COLUMNS)[number]): string | null {
  if (col === 'dbQueriesPerSec') return `queries:${CRUMB_IDS.db}`;
  if (col === 'hitRate') return `hit:${CRUMB_IDS.cache}`;
  if (col === 'workers') return `workers:${CRUMB_IDS.workers}`;
  const m = /^(util|queue)_(.+)$/.exec(col);
  if (m) return tierColumn(m[1] as 'util' | 'queue', m[2] as TierId);
  return col;
}

/** The whole-system series from the design's (same sample times). */
export function systemSeries(design: Record<string, number[]>): Record<string, number[]> {
  const t = design.t ?? [];
  const out: Record<string, number[]> = { t: t.slice() };
  for (const col of SERIES_COLUMNS) {
    const src = sourceColumn(col);
    out[col] = (src && design[src]?.slice()) || t.map(() => 0);
  }
  return out;
}

const TIER_LABELS: Record<TierId, string> = { app: 'App clones', sessions: 'Session store', cache: 'Cache', db: 'Database', replicas: 'Read replicas', workers: 'Email workers' };

function tierLabel(p: SystemParams, tier: TierId, hasReplicas: boolean): string {
  if (tier === 'app' && p.stage === 'one-box') return 'One box (app + database)';
  if (tier === 'db' && hasReplicas) return 'Database primary';
  return TIER_LABELS[tier];
}

/** Monthly cost of one tier: its machines at the params' price × speed (workers at their mean). */
function tierCost(p: SystemParams, tier: TierId, g: DesignGroupStats): number {
  if (tier === 'workers') return g.workers * p.workerPrice;
  if (tier === 'app') return g.machines * p.appPrice * MACHINE_SPEED[p.appSize];
  if (tier === 'db' || tier === 'replicas') return g.machines * p.dbPrice * MACHINE_SPEED[p.dbSize];
  return g.machines * (tier === 'cache' ? p.cachePrice : p.sessionPrice);
}

/**
 * The whole-system result (with series) or snapshot of a run of Crumb & Co's design: the design's
 * numbers under the system model's names (tiers, four classes with the email jobs as the fourth).
 *
 * @example
 * // SystemSim.result() → buildSystemResult(p, sim, sim.result())
 */
export function buildSystemResult(p: SystemParams, sim: DesignSim, r: Omit<DesignResult, 'series'> & { series?: Record<string, number[]> }, withSeries: boolean): SystemResult | SystemSnapshot {
  const end = r.simTimeMs;
  const span = Math.max(end - sim.measureFrom, 1e-9);
  const comp = (id: string): DesignComponentStats | undefined => r.perComponent.find((c) => c.id === id);
  const checkout = r.perClass.find((c) => c.id === 'checkout');
  const none = () => Object.fromEntries(CAUSE_NAMES.map((c) => [c, 0])) as Record<ErrorCause, number>;
  const perClass: SystemClassStats[] = CLASSES.map((name) => {
    if (name === 'email') {
      const j = checkout?.jobs;
      return {
        class: name,
        requests: j?.jobs ?? 0,
        completed: j?.completed ?? 0,
        errors: j?.deadLettered ?? 0,
        inSystem: j?.inSystem ?? 0,
        errorsByCause: none(),
        meanResponseMs: j?.meanResponseMs ?? 0,
        p50ResponseMs: j?.p50ResponseMs ?? 0,
        p95ResponseMs: j?.p95ResponseMs ?? 0,
        p99ResponseMs: j?.p99ResponseMs ?? 0,
        throughputPerSec: ((j?.completed ?? 0) / span) * 1000,
      };
    }
    const c = r.perClass.find((x) => x.id === name);
    const byCause = none();
    for (const k of CAUSE_NAMES) byCause[k] = c?.errorsByCause[k] ?? 0;
    return {
      class: name,
      requests: c?.requests ?? 0,
      completed: c?.completed ?? 0,
      errors: c?.errors ?? 0,
      inSystem: c?.inSystem ?? 0,
      errorsByCause: byCause,
      meanResponseMs: c?.meanResponseMs ?? 0,
      p50ResponseMs: c?.p50ResponseMs ?? 0,
      p95ResponseMs: c?.p95ResponseMs ?? 0,
      p99ResponseMs: c?.p99ResponseMs ?? 0,
      throughputPerSec: c?.throughputPerSec ?? 0,
    };
  });
  const perTier: SystemTierStats[] = [];
  const db = comp(CRUMB_IDS.db);
  const hasReplicas = (db?.groups.length ?? 0) > 1;
  for (const tier of TIERS) {
    const at = TIER_AT[tier];
    const g = comp(at.id)?.groups.find((x) => x.role === at.role);
    if (!g) continue;
    perTier.push({
      tier,
      label: tierLabel(p, tier, hasReplicas),
      machines: g.machines,
      machinesUp: g.machinesUp,
      workers: g.workers,
      utilization: g.utilization,
      meanQueueLength: g.meanQueueLength,
      meanResponseMs: g.meanResponseMs,
      visits: g.visits,
      throughputPerSec: g.throughputPerSec,
      dropped: g.dropped,
      monthlyCost: tierCost(p, tier, g),
    });
  }
  const shoppers = perClass.slice(0, 3);
  const sum = (f: (c: SystemClassStats) => number) => shoppers.reduce((a, c) => a + f(c), 0);
  const errorsByCause = none();
  for (const c of CAUSE_NAMES) errorsByCause[c] = sum((s) => s.errorsByCause[c]);
  const requests = sum((c) => c.requests);
  const dropped = sum((c) => c.errors);
  const bottleneck = perTier.reduce((best, t) => (t.utilization > best.utilization ? t : best), perTier[0] as SystemTierStats);
  const cache = comp(CRUMB_IDS.cache)?.cache;
  const dbs = db?.database;
  const series = withSeries ? systemSeries(r.series ?? sim.seriesJSON()) : null;
  const peakDb = sim.seriesMax(`queries:${CRUMB_IDS.db}`);
  const metrics: Omit<SystemResult, 'series'> = {
    stage: p.stage,
    requests,
    completed: sum((c) => c.completed),
    dropped,
    inSystem: sum((c) => c.inSystem),
    errorRate: requests ? dropped / requests : 0,
    errorsByCause,
    meanResponseMs: r.meanResponseMs,
    p50ResponseMs: r.p50ResponseMs,
    p95ResponseMs: r.p95ResponseMs,
    p99ResponseMs: r.p99ResponseMs,
    meanInSystem: r.meanInSystem,
    throughputPerSec: (sum((c) => c.completed) / span) * 1000,
    perClass,
    perTier,
    bottleneck: bottleneck.tier,
    monthlyCost: r.bill.total,
    cacheHitRate: cache && cache.lookups ? cache.hits / cache.lookups : 0,
    cacheLookups: cache?.lookups ?? 0,
    dbQueries: dbs ? dbs.reads + dbs.writes : 0,
    staleReads: dbs?.staleReads ?? 0,
    staleReadShare: dbs?.staleReadShare ?? 0,
    commits: dbs ? dbs.writes : (perClass[2]?.completed ?? 0),
    lostCommits: dbs?.lostCommits ?? 0,
    peakDbQueriesPerSec: Math.max(0, peakDb),
    simTimeMs: end,
    events: r.events,
  };
  if (series) return { ...metrics, series };
  const live = sim.sampled && !sim.done;
  const cols = sim.columns;
  const recent = Object.fromEntries(
    SERIES_COLUMNS.map((c) => {
      const i = cols.indexOf(sourceColumn(c) ?? '');
      return [c, i >= 0 ? (sim.recentRow[i] as number) : 0];
    }),
  ) as SystemSnapshot['recent'];
  return {
    now: end,
    done: sim.done,
    hour: Math.min(24, hourAt(p, end)),
    ratePerSec: rateAt(p, end),
    tiers: perTier.map((t) => {
      const at = TIER_AT[t.tier];
      const g = sim.plan.components.find((c) => c.id === at.id)?.groups.find((x) => x.role === at.role);
      const stations = g ? (sim.stations.slice(g.start, g.start + g.count) as Station[]) : [];
      return {
        id: t.tier,
        label: t.label,
        utilization: live ? (recent[`util_${t.tier}`] ?? 0) : t.utilization,
        machines: stations.map((s) => ({ queue: s.queueLen, busy: s.busy, workers: s.workers, alive: s.alive })),
      };
    }),
    recent,
    metrics,
  };
}

import type { LatencyFields } from '../core/network';
import type { Station } from '../core/station';
import type { SystemCore as SystemSim } from './system-core';
import { CLASSES, monthlyCost, TIERS, type RequestClass, type TierId } from './system-layout';
import { hourAt, rateAt } from './system-traffic';

const CAUSE_NAMES = ['queue-full', 'machine-down', 'no-session', 'database-down'] as const;
/**
 * Why a request failed: its machine's waiting room was full, its machine was down (or died with
 * it), its session was not where it landed, or the database primary was down.
 */
export type ErrorCause = (typeof CAUSE_NAMES)[number];

/** Per-class statistics. `errors` = requests answered with an error or refused. */
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

function tierStations(sim: SystemSim, ti: number): Station[] {
  const start = sim.tierStart[ti] as number;
  return sim.stations.slice(start, start + (sim.tierCount[ti] as number));
}

function busyIntegral(sim: SystemSim, ti: number, t: number): number {
  let s = 0;
  for (const st of tierStations(sim, ti)) s += st.busyAvg.integral(t);
  return s;
}

/** Busy and waiting integrals of a tier over the day (frozen at its end, or up to now). */
function dayIntegrals(sim: SystemSim, ti: number, end: number): { busy: number; queue: number } {
  if (sim.dayEndAt < 0) return { busy: busyIntegral(sim, ti, end), queue: tierStations(sim, ti).reduce((a, st) => a + st.queueAvg.integral(end), 0) };
  const start = sim.tierStart[ti] as number;
  let busy = 0;
  let queue = 0;
  for (let i = start; i < start + (sim.tierCount[ti] as number); i++) {
    busy += sim.dayBusy[i] as number;
    queue += sim.dayQueue[i] as number;
  }
  return { busy, queue };
}

function workersOf(sim: SystemSim, ti: number): number {
  let s = 0;
  for (const st of tierStations(sim, ti)) s += st.workers;
  return s;
}

const W = TIERS.indexOf('workers');
/** Slot of `sim.last` holding the email workers' worker-time integral at the previous sample. */
export const LAST_WORKER_TIME = 6;

/**
 * Fills one time-series row at sim time t (interval figures since the previous row).
 *
 * @example
 * // called by SystemSim.sampleRow
 */
export function sampleSystem(sim: SystemSim, t: number, row: Float64Array): void {
  const dt = sim.p.sampleIntervalMs / 1000;
  const last = sim.last;
  const arrived = (sim.arrivedBy[0] as number) + (sim.arrivedBy[1] as number) + (sim.arrivedBy[2] as number);
  const completed = (sim.completedBy[0] as number) + (sim.completedBy[1] as number) + (sim.completedBy[2] as number);
  let errors = 0;
  for (let k = 0; k < 3 * CAUSE_NAMES.length; k++) errors += sim.errorsBy[k] as number;
  const now = [arrived, completed, errors, sim.dbQueries, sim.hits, sim.lookups];
  row[0] = (arrived - (last[0] as number)) / dt;
  row[1] = (completed - (last[1] as number)) / dt;
  row[2] = (errors - (last[2] as number)) / dt;
  row[3] = sim.interval.hist.percentile(0.95);
  sim.interval.hist.reset();
  sim.interval.count = 0;
  row[4] = (sim.dbQueries - (last[3] as number)) / dt;
  const lookups = sim.lookups - (last[5] as number);
  row[5] = lookups > 0 ? (sim.hits - (last[4] as number)) / lookups : 0;
  row[6] = sim.tierCount[W] ? workersOf(sim, W) : 0;
  for (let i = 0; i < now.length; i++) last[i] = now[i] as number;
  sim.sampled = true;
  if ((row[4] as number) > sim.peakDb) sim.peakDb = row[4] as number;
  // Available worker-time over the interval: c × interval for fixed tiers; for autoscaled email
  // workers the integral of the running count (dividing by the count at the sample time overstated
  // utilisation after a scale-down, up to 270 %).
  const workerTime = sim.workersAvg.integral(t);
  const scaledWorkerTime = workerTime - (last[LAST_WORKER_TIME] as number);
  last[LAST_WORKER_TIME] = workerTime;
  for (let ti = 0; ti < TIERS.length; ti++) {
    if (!sim.tierCount[ti]) continue;
    const integral = busyIntegral(sim, ti, t);
    const available = ti === W && sim.p.autoscale ? scaledWorkerTime : sim.p.sampleIntervalMs * workersOf(sim, ti);
    row[7 + ti] = available > 0 ? (integral - (last[8 + ti] as number)) / available : 0;
    last[8 + ti] = integral;
    let q = 0;
    for (const st of tierStations(sim, ti)) q += st.queueLen;
    row[7 + TIERS.length + ti] = q;
  }
  sim.recentRow.set(row);
}

function causes(sim: SystemSim, cls: number): Record<ErrorCause, number> {
  const out = {} as Record<ErrorCause, number>;
  CAUSE_NAMES.forEach((c, k) => (out[c] = sim.errorsBy[cls * CAUSE_NAMES.length + k] as number));
  return out;
}

/**
 * Builds the result (with series) or the snapshot (without) of a system run.
 *
 * @example
 * // SystemSim.result() → buildSystemResult(this, true)
 */
export function buildSystemResult(sim: SystemSim, withSeries: boolean): SystemResult | SystemSnapshot {
  const end = sim.now;
  const span = Math.max(end - sim.measureFrom, 1e-9);
  const perClass: SystemClassStats[] = CLASSES.map((c, i) => {
    const lat = sim.latencyBy[i];
    const h = lat?.hist;
    const byCause = causes(sim, i);
    const errors = Object.values(byCause).reduce((a, b) => a + b, 0);
    const requests = sim.arrivedBy[i] as number;
    const completed = sim.completedBy[i] as number;
    return {
      class: c,
      requests,
      completed,
      errors,
      inSystem: requests - completed - errors,
      errorsByCause: byCause,
      meanResponseMs: lat?.meanResponse() ?? 0,
      p50ResponseMs: h?.percentile(0.5) ?? 0,
      p95ResponseMs: h?.percentile(0.95) ?? 0,
      p99ResponseMs: h?.percentile(0.99) ?? 0,
      throughputPerSec: (completed / span) * 1000,
    };
  });
  const meanWorkers = sim.tierCount[W] ? sim.workersAvg.mean(end) : 0;
  const cost = monthlyCost(sim.p, meanWorkers);
  const perTier: SystemTierStats[] = [];
  for (let ti = 0; ti < TIERS.length; ti++) {
    if (!sim.tierCount[ti]) continue;
    const sts = tierStations(sim, ti);
    const day = dayIntegrals(sim, ti, end);
    const daySpan = Math.max((sim.dayEndAt < 0 ? end : sim.dayEndAt) - sim.measureFrom, 1e-9);
    const capacity = ti === W ? (sim.dayEndAt < 0 ? sim.workersAvg.integral(end) : sim.dayWorkers) : workersOf(sim, ti) * daySpan;
    const visits = sim.tierVisits[ti] as number;
    perTier.push({
      tier: TIERS[ti] as TierId,
      label: sim.tierLabel[ti] as string,
      machines: sts.length,
      machinesUp: sts.filter((s) => s.alive).length,
      workers: ti === W ? meanWorkers : workersOf(sim, ti),
      utilization: capacity > 0 ? day.busy / capacity : 0,
      meanQueueLength: day.queue / daySpan,
      meanResponseMs: visits ? (sim.tierRespSum[ti] as number) / visits : 0,
      visits,
      throughputPerSec: (visits / span) * 1000,
      dropped: sts.reduce((a, s) => a + s.dropped, 0),
      monthlyCost: cost.perTier[TIERS[ti] as TierId] ?? 0,
    });
  }
  const shoppers = perClass.slice(0, 3);
  const sum = (f: (c: SystemClassStats) => number) => shoppers.reduce((a, c) => a + f(c), 0);
  const errorsByCause = {} as Record<ErrorCause, number>;
  for (const c of CAUSE_NAMES) errorsByCause[c] = sum((s) => s.errorsByCause[c]);
  const requests = sum((c) => c.requests);
  const dropped = sum((c) => c.errors);
  const bottleneck = perTier.reduce((best, t) => (t.utilization > best.utilization ? t : best), perTier[0] as SystemTierStats);
  const h = sim.shopper.hist;
  const metrics: Omit<SystemResult, 'series'> = {
    stage: sim.p.stage,
    requests,
    completed: sum((c) => c.completed),
    dropped,
    inSystem: sum((c) => c.inSystem),
    errorRate: requests ? dropped / requests : 0,
    errorsByCause,
    meanResponseMs: sim.shopper.meanResponse(),
    p50ResponseMs: h.percentile(0.5),
    p95ResponseMs: h.percentile(0.95),
    p99ResponseMs: h.percentile(0.99),
    meanInSystem: sim.shoppersIn.mean(end),
    throughputPerSec: (sum((c) => c.completed) / span) * 1000,
    perClass,
    perTier,
    bottleneck: bottleneck.tier,
    monthlyCost: cost.total,
    cacheHitRate: sim.lookups ? sim.hits / sim.lookups : 0,
    cacheLookups: sim.lookups,
    dbQueries: sim.dbQueries,
    staleReads: sim.staleReads,
    staleReadShare: sim.replicaReads ? sim.staleReads / sim.replicaReads : 0,
    commits: sim.commits,
    lostCommits: sim.lostCommits,
    peakDbQueriesPerSec: sim.peakDb,
    simTimeMs: end,
    events: sim.events,
  };
  if (withSeries) return { ...metrics, series: sim.seriesJSON() };
  return {
    now: end,
    done: sim.done,
    hour: Math.min(24, hourAt(sim.p, end)),
    ratePerSec: rateAt(sim.p, end),
    tiers: perTier.map((t) => {
      const ti = TIERS.indexOf(t.tier);
      return {
        id: t.tier,
        label: t.label,
        utilization: sim.sampled && !sim.done ? (sim.recentRow[7 + ti] as number) : t.utilization,
        machines: tierStations(sim, ti).map((s) => ({ queue: s.queueLen, busy: s.busy, workers: s.workers, alive: s.alive })),
      };
    }),
    recent: Object.fromEntries(SERIES_COLUMNS.map((c, i) => [c, sim.recentRow[i] as number])) as SystemSnapshot['recent'],
    metrics,
  };
}

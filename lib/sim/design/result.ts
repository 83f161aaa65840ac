import type { Station } from '../core/station';
import type { LatencyStats } from '../core/stats';
import { COMPONENT_KINDS } from './components';
import { K, type StationGroup } from './compile';
import { ERROR_CAUSES, NC, type DesignErrorCause } from './jobs';
import { designBill } from './prices';
import type { DesignBottleneck, DesignClassStats, DesignComponentStats, DesignGroupStats, DesignResult, DesignSnapshot, Percentiles } from './result-types';
import type { DesignSim } from './sim';
import { dayRateAt, hourAt } from './traffic';

export type * from './result-types';

const DAY_MS = 86_400_000;

function percentiles(l: LatencyStats): Percentiles {
  const h = l.hist;
  return { meanResponseMs: l.meanResponse(), p50ResponseMs: h.percentile(0.5), p95ResponseMs: h.percentile(0.95), p99ResponseMs: h.percentile(0.99) };
}

function causes(counts: Float64Array, c: number): Record<DesignErrorCause, number> {
  const out = {} as Record<DesignErrorCause, number>;
  ERROR_CAUSES.forEach((name, k) => (out[name] = counts[c * NC + k] as number));
  return out;
}

function stationsOf(sim: DesignSim, g: StationGroup): Station[] {
  return sim.stations.slice(g.start, g.start + g.count);
}

function groupStats(sim: DesignSim, g: StationGroup, gi: number, span: number): DesignGroupStats {
  const end = sim.now;
  const sts = stationsOf(sim, g);
  const q = sim.queues[g.comp];
  const frozen = sim.dayEndAt >= 0;
  const dayEnd = frozen ? sim.dayEndAt : end;
  const daySpan = Math.max(dayEnd - sim.measureFrom, 1e-9);
  let busy = 0;
  let queued = 0;
  for (let si = g.start; si < g.start + g.count; si++) {
    busy += frozen ? (sim.dayBusy[si] as number) : (sim.stations[si] as Station).busyAvg.integral(end);
    queued += frozen ? (sim.dayQueue[si] as number) : (sim.stations[si] as Station).queueAvg.integral(end);
  }
  const workersNow = sts.reduce((a, s) => a + s.workers, 0);
  const autoscaled = !!q?.c.autoscale;
  const capacityTime = autoscaled && q ? (frozen ? q.dayWorkers : q.workersAvg.integral(end)) : workersNow * daySpan;
  const visits = sim.groupVisits[gi] as number;
  const meanServiceMs = visits ? (sim.groupService[gi] as number) / visits : 0;
  const meanWorkers = autoscaled && q ? q.workersAvg.mean(end) : workersNow;
  // the peak window, or so far into it
  const w0 = sim.windowAt[0] as number;
  let peakUtilization = 0;
  let peakOfferedPerSec = 0;
  if (w0 >= 0) {
    const w1 = (sim.windowAt[1] as number) >= 0 ? (sim.windowAt[1] as number) : end;
    const b1 = (sim.windowAt[1] as number) >= 0 ? (sim.windowBusy[1] as Float64Array) : null;
    let wb = 0;
    for (let si = g.start; si < g.start + g.count; si++) wb += (b1 ? (b1[si] as number) : (sim.stations[si] as Station).busyAvg.integral(end)) - ((sim.windowBusy[0] as Float64Array)[si] as number);
    const wt1 = b1 ? ((sim.windowWorkerTime[1] as Float64Array)[g.comp] as number) : (q?.workersAvg.integral(end) ?? 0);
    const avail = autoscaled ? wt1 - ((sim.windowWorkerTime[0] as Float64Array)[g.comp] as number) : workersNow * (w1 - w0);
    peakUtilization = avail > 0 ? wb / avail : 0;
    const off1 = b1 ? ((sim.windowOffered[1] as Float64Array)[gi] as number) : (sim.groupOffered[gi] as number);
    peakOfferedPerSec = w1 > w0 ? ((off1 - ((sim.windowOffered[0] as Float64Array)[gi] as number)) / (w1 - w0)) * 1000 : 0;
  }
  return {
    role: g.role,
    machines: sts.length,
    machinesUp: sts.filter((s) => s.alive).length,
    workers: meanWorkers,
    utilization: capacityTime > 0 ? busy / capacityTime : 0,
    peakUtilization,
    meanQueueLength: queued / daySpan,
    visits,
    throughputPerSec: (visits / span) * 1000,
    meanResponseMs: visits ? (sim.groupResp[gi] as number) / visits : 0,
    meanServiceMs,
    dropped: sts.reduce((a, s) => a + s.dropped, 0),
    peakOfferedPerSec,
    capacityPerSec: meanServiceMs > 0 ? (meanWorkers * 1000) / meanServiceMs : Infinity,
  };
}

/** Requests per real day at a component (the compressed day's visits so far, scaled to 24 hours). */
function perRealDay(sim: DesignSim, visits: number): number {
  return (visits * DAY_MS) / Math.max(1, Math.min(sim.now, sim.design.run.dayMs));
}

function componentStats(sim: DesignSim, span: number): DesignComponentStats[] {
  const perComponent: DesignComponentStats[] = [];
  for (const comp of sim.plan.components) {
    if (comp.kind === K.client) continue;
    const groups = comp.groups.map((g) => groupStats(sim, g, sim.plan.groups.indexOf(g), span));
    const cache = sim.caches[comp.index];
    const db = sim.dbs[comp.index];
    const q = sim.queues[comp.index];
    const ext = sim.externals[comp.index];
    const visits = groups.reduce((a, g) => a + g.visits, 0) + (comp.kind === K.cdn && cache ? cache.lookups : 0);
    perComponent.push({
      id: comp.id,
      kind: COMPONENT_KINDS[comp.kind] as DesignComponentStats['kind'],
      label: comp.c.label,
      groups,
      utilization: Math.max(0, ...groups.map((g) => g.utilization)),
      peakUtilization: Math.max(0, ...groups.map((g) => g.peakUtilization)),
      visits,
      monthlyCost: 0,
      cache: cache ? { lookups: cache.lookups, hits: cache.hits, hitRate: cache.lookups ? cache.hits / cache.lookups : 0 } : null,
      database: db
        ? {
            reads: db.reads,
            writes: db.writes,
            replicaReads: db.replicaReads,
            staleReads: db.staleReads,
            staleReadShare: db.replicaReads ? db.staleReads / db.replicaReads : 0,
            meanLagMs: db.lagCount ? db.lagSum / db.lagCount : 0,
            lostCommits: db.lostCommits,
            failovers: db.failovers,
            perShard: Array.from(db.perShard),
          }
        : null,
      queue: q ? { meanWorkers: q.workersAvg.mean(sim.now), maxWorkers: Math.max(q.c.workers, q.c.autoscale?.maxWorkers ?? 0), deadLetters: q.deadLetters, retries: q.retries } : null,
      external: ext ? { calls: ext.calls, rateLimited: ext.rateLimited, failures: ext.failures } : null,
    });
  }
  return perComponent;
}

function bottlenecks(perComponent: DesignComponentStats[], usePeak: boolean): [DesignBottleneck | null, DesignBottleneck | null] {
  const all: DesignBottleneck[] = [];
  for (const c of perComponent)
    for (const g of c.groups) {
      const utilization = usePeak ? g.peakUtilization : g.utilization;
      const name = g.role === 'replica' ? `${c.label} (replicas)` : g.role === 'primary' && c.groups.length > 1 ? `${c.label} (primary)` : c.label;
      const offered = usePeak ? g.peakOfferedPerSec : g.throughputPerSec;
      const cap = Number.isFinite(g.capacityPerSec) ? `${Math.round(g.capacityPerSec).toLocaleString('en-US')} req/s capacity` : 'no visits yet';
      all.push({
        id: c.id,
        label: name,
        role: g.role,
        utilization,
        offeredPerSec: offered,
        capacityPerSec: g.capacityPerSec,
        why: `${name}: ${Math.round(100 * utilization)} % busy ${usePeak ? 'at the peak' : 'over the day'} (${Math.round(offered).toLocaleString('en-US')} req/s offered, ${cap})`,
      });
    }
  all.sort((a, b) => b.utilization - a.utilization);
  return [all[0] ?? null, all[1] ?? null];
}

/**
 * The metrics so far, without the series (cheap enough for every frame).
 *
 * @example
 * designMetrics(sim).p99ResponseMs;
 */
export function designMetrics(sim: DesignSim): Omit<DesignResult, 'series'> {
  const end = sim.now;
  const span = Math.max(end - sim.measureFrom, 1e-9);
  const perClass: DesignClassStats[] = sim.plan.classes.map((cc, c) => {
    const byCause = causes(sim.errorsBy, c);
    const errors = Object.values(byCause).reduce((a, b) => a + b, 0);
    const requests = sim.arrivedBy[c] as number;
    const completed = sim.completedBy[c] as number;
    const peakRequests = sim.peakArrivedBy[c] as number;
    const peakErrors = sim.peakErrorsBy[c] as number;
    const queue = cc.queueStep >= 0 ? sim.plan.components[cc.stepComp[cc.queueStep] as number]?.id ?? '' : '';
    const jobs = sim.jobsBy[c] as number;
    const done = sim.jobsDoneBy[c] as number;
    const dead = sim.deadBy[c] as number;
    return {
      id: cc.rc.id,
      label: cc.rc.label,
      requests,
      completed,
      errors,
      inSystem: requests - completed - errors,
      errorsByCause: byCause,
      ...percentiles(sim.latencyBy[c] as LatencyStats),
      throughputPerSec: (completed / span) * 1000,
      peak: { ...percentiles(sim.peakLatencyBy[c] as LatencyStats), requests: peakRequests, errors: peakErrors, errorRate: peakRequests ? peakErrors / peakRequests : 0 },
      jobs:
        cc.queueStep >= 0
          ? {
              queue,
              jobs,
              completed: done,
              deadLettered: dead,
              inSystem: jobs - done - dead,
              retries: 0,
              failuresByCause: causes(sim.jobFailBy, c),
              ...percentiles(sim.jobLatencyBy[c] as LatencyStats),
            }
          : null,
    };
  });
  const perComponent = componentStats(sim, span);
  // the bill: machines, the queues' mean workers, usage-priced kinds at their requests per real day
  const meanWorkers: Record<string, number> = {};
  const requestsPerDay: Record<string, number> = {};
  for (const c of perComponent) {
    if (c.queue) meanWorkers[c.id] = c.queue.meanWorkers;
    if (c.kind === 'cdn' || c.kind === 'object-store' || c.kind === 'external') requestsPerDay[c.id] = perRealDay(sim, c.kind === 'external' ? (c.external?.calls ?? 0) + (c.external?.rateLimited ?? 0) : c.visits);
  }
  const bill = designBill(sim.design, { meanWorkers, requestsPerDay }, sim.priceOverrides);
  for (const c of perComponent) c.monthlyCost = bill.lines.find((l) => l.id === c.id)?.monthly ?? 0;
  const sum = (f: (c: DesignClassStats) => number) => perClass.reduce((a, c) => a + f(c), 0);
  const errorsByCause = {} as Record<DesignErrorCause, number>;
  for (const name of ERROR_CAUSES) errorsByCause[name] = sum((c) => c.errorsByCause[name]);
  const requests = sum((c) => c.requests);
  const errors = sum((c) => c.errors);
  const completed = sum((c) => c.completed);
  const peakLat = mergePeak(sim);
  const [bottleneck, nextBottleneck] = bottlenecks(perComponent, (sim.windowAt[0] as number) >= 0);
  return {
    name: sim.design.name,
    requests,
    completed,
    errors,
    inSystem: sum((c) => c.inSystem),
    errorRate: requests ? errors / requests : 0,
    errorsByCause,
    ...percentiles(sim.callers),
    throughputPerSec: (completed / span) * 1000,
    meanInSystem: sim.callersIn.mean(end),
    peakWindow: sim.window,
    peak: peakLat,
    perClass,
    perComponent,
    bottleneck,
    nextBottleneck,
    bill,
    monthlyCost: bill.total,
    simTimeMs: end,
    events: sim.events,
  };
}

/** Percentiles over every class's peak-window requests. */
function mergePeak(sim: DesignSim): DesignResult['peak'] {
  let requests = 0;
  let errors = 0;
  for (let c = 0; c < sim.nClasses; c++) {
    requests += sim.peakArrivedBy[c] as number;
    errors += sim.peakErrorsBy[c] as number;
  }
  return { ...percentiles(sim.peakAll), requests, errors, errorRate: requests ? errors / requests : 0 };
}

/**
 * The result of a design run so far (with the time series).
 *
 * @example
 * // DesignSim.result() → buildDesignResult(this)
 */
export function buildDesignResult(sim: DesignSim): DesignResult {
  return { ...designMetrics(sim), series: sim.seriesJSON() };
}

/**
 * What a view draws now (no series).
 *
 * @example
 * // DesignSim.snapshot() → buildDesignSnapshot(this)
 */
export function buildDesignSnapshot(sim: DesignSim): DesignSnapshot {
  const m = designMetrics(sim);
  const cols = sim.columns;
  const recent: Record<string, number> = {};
  cols.forEach((c, i) => (recent[c] = sim.recentRow[i] as number));
  const live = sim.sampled && !sim.done;
  return {
    now: sim.now,
    done: sim.done,
    hour: Math.min(24, hourAt(sim.design.run.dayMs, sim.now)),
    ratePerSec: dayRateAt(sim.plan.traffic, sim.now, sim.surgeFactor),
    components: sim.plan.components
      .filter((c) => c.kind !== K.client)
      .map((comp) => {
        const stats = m.perComponent.find((x) => x.id === comp.id);
        const util = live ? Math.max(0, ...comp.groups.map((g) => recent[`util:${comp.id}${g.role === 'replica' ? ':replicas' : ''}`] ?? 0)) : (stats?.utilization ?? 0);
        return {
          id: comp.id,
          kind: COMPONENT_KINDS[comp.kind] as DesignSnapshot['components'][number]['kind'],
          label: comp.c.label,
          utilization: util,
          partitioned: sim.partitioned[comp.index] !== 0,
          machines: comp.groups.flatMap((g) => stationsOf(sim, g).map((s) => ({ role: g.role, queue: s.queueLen, busy: s.busy, workers: s.workers, alive: s.alive }))),
        };
      }),
    recent,
    metrics: m,
  };
}

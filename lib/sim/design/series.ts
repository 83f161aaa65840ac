import type { Station } from '../core/station';
import { K, type CompiledDesign } from './compile';
import { NC } from './jobs';
import type { DesignCore } from './sim-core';

/**
 * Time-series columns of a design run, sampled every `run.sampleIntervalMs`. Rates are per
 * second over the last interval; `util:*` are fractions of the group's capacity over it;
 * `queue:*` and `workers:*` are the values at the sample; `p95:*`/`p99Ms` are over the interval.
 * Global: rate, throughput, errorsPerSec, p95Ms, p99Ms, inSystem. Per class id: `throughput:<id>`,
 * `errors:<id>`, `p95:<id>` (and `jobs:<id>`, queued jobs done per second, for a class with a
 * queue). Per component id: `util:<id>` and `queue:<id>` (a database's primaries; its replicas as
 * `util:<id>:replicas`, `queue:<id>:replicas`), `hit:<id>` (caches and CDNs), `queries:<id>` and
 * `stale:<id>` (databases), `workers:<id>` (queues), `rateLimited:<id>` (external APIs).
 *
 * @example
 * seriesColumns(compileDesign(design)).includes('util:app'); // true
 */
export function seriesColumns(plan: CompiledDesign): string[] {
  const cols = ['rate', 'throughput', 'errorsPerSec', 'p95Ms', 'p99Ms', 'inSystem'];
  for (const cc of plan.classes) {
    cols.push(`throughput:${cc.rc.id}`, `errors:${cc.rc.id}`, `p95:${cc.rc.id}`);
    if (cc.queueStep >= 0) cols.push(`jobs:${cc.rc.id}`);
  }
  for (const comp of plan.components) {
    for (const g of comp.groups) {
      const suffix = g.role === 'replica' ? ':replicas' : '';
      cols.push(`util:${comp.id}${suffix}`, `queue:${comp.id}${suffix}`);
    }
    if (comp.kind === K.cache || comp.kind === K.cdn) cols.push(`hit:${comp.id}`);
    if (comp.kind === K.database) cols.push(`queries:${comp.id}`, `stale:${comp.id}`);
    if (comp.kind === K.queue) cols.push(`workers:${comp.id}`);
    if (comp.kind === K.external) cols.push(`rateLimited:${comp.id}`);
  }
  return cols;
}

/** Counter values at the previous sample, by name. */
export class SeriesState {
  readonly last = new Map<string, number>();
  /** The change since the previous sample, remembering the new value. */
  delta(name: string, value: number): number {
    const d = value - (this.last.get(name) ?? 0);
    this.last.set(name, value);
    return d;
  }
}

function sumStations(sim: DesignCore<unknown, unknown>, start: number, count: number, f: (st: Station) => number): number {
  let s = 0;
  for (let i = start; i < start + count; i++) s += f(sim.stations[i] as Station);
  return s;
}

/**
 * Fills one row at sim time t (interval figures since the previous row).
 *
 * @example
 * // DesignSim.sampleRow → sampleDesign(this, this.seriesState, t, row)
 */
export function sampleDesign(sim: DesignCore<unknown, unknown>, state: SeriesState, t: number, row: Float64Array): void {
  const plan = sim.plan;
  const dtMs = sim.design.run.sampleIntervalMs;
  const dt = dtMs / 1000;
  let i = 0;
  let arrived = 0;
  let completed = 0;
  let errors = 0;
  let live = 0;
  for (let c = 0; c < sim.nClasses; c++) {
    arrived += sim.arrivedBy[c] as number;
    completed += sim.completedBy[c] as number;
    for (let k = 0; k < NC; k++) errors += sim.errorsBy[c * NC + k] as number;
    live += sim.liveBy[c] as number;
  }
  row[i++] = state.delta('arrived', arrived) / dt;
  row[i++] = state.delta('completed', completed) / dt;
  row[i++] = state.delta('errors', errors) / dt;
  row[i++] = sim.interval.hist.percentile(0.95);
  row[i++] = sim.interval.hist.percentile(0.99);
  sim.interval.hist.reset();
  sim.interval.count = 0;
  row[i++] = live;
  plan.classes.forEach((cc, c) => {
    let e = 0;
    for (let k = 0; k < NC; k++) e += sim.errorsBy[c * NC + k] as number;
    row[i++] = state.delta(`c${c}`, sim.completedBy[c] as number) / dt;
    row[i++] = state.delta(`e${c}`, e) / dt;
    const h = sim.intervalBy[c];
    row[i++] = h ? h.hist.percentile(0.95) : 0;
    if (h) {
      h.hist.reset();
      h.count = 0;
    }
    if (cc.queueStep >= 0) row[i++] = state.delta(`j${c}`, sim.jobsDoneBy[c] as number) / dt;
  });
  for (const comp of plan.components) {
    const q = sim.queues[comp.index];
    // available worker-time: c × interval, or for an autoscaled queue the integral of the running count
    const workerTime = q ? q.workersAvg.integral(t) : 0;
    const scaled = workerTime - (q?.lastWorkerTime ?? 0);
    if (q) q.lastWorkerTime = workerTime;
    for (const g of comp.groups) {
      const busy = state.delta(`b${g.start}`, sumStations(sim, g.start, g.count, (st) => st.busyAvg.integral(t)));
      const available = q && q.c.autoscale ? scaled : dtMs * sumStations(sim, g.start, g.count, (st) => st.workers);
      row[i++] = available > 0 ? busy / available : 0;
      row[i++] = sumStations(sim, g.start, g.count, (st) => st.queueLen);
    }
    const cache = sim.caches[comp.index];
    if (cache) {
      const lookups = state.delta(`l${comp.index}`, cache.lookups);
      const hits = state.delta(`h${comp.index}`, cache.hits);
      row[i++] = lookups > 0 ? hits / lookups : 0;
    }
    const db = sim.dbs[comp.index];
    if (db) {
      row[i++] = state.delta(`q${comp.index}`, db.reads + db.writes) / dt;
      row[i++] = state.delta(`s${comp.index}`, db.staleReads) / dt;
    }
    if (q) row[i++] = (sim.stations[q.station] as Station).workers;
    const ext = sim.externals[comp.index];
    if (ext) row[i++] = state.delta(`r${comp.index}`, ext.rateLimited) / dt;
  }
  sim.sampled = true;
  sim.recentRow.set(row);
}

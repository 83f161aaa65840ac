import { makeSampler, type Sampler } from '../core/distributions';
import { MEASURED, NetworkSim } from '../core/network';
import { createRng, STREAM, type Rng } from '../core/rng';
import { Station } from '../core/station';
import { LatencyStats, TimeAverage } from '../core/stats';
import { Zipf } from '../core/zipf';
import { Balancer } from './balancer';
import { CacheStore } from './cache-policies';
import { atLeast, classShares, EMAIL, sessionModeOf, systemLayout, TIERS, type TierLayout } from './system-layout';
import { buildSystemResult, LAST_WORKER_TIME, sampleSystem, SERIES_COLUMNS, type SystemResult, type SystemSnapshot } from './system-result';
import type { SystemParams } from './system-schema';
import { DayArrivals, msAtHour } from './system-traffic';


/** Why a request failed (index into the per-class error counters). */
export const CAUSES = ['queue-full', 'machine-down', 'no-session', 'database-down'] as const;
export const FULL = 0;
export const DOWN = 1;
export const NO_SESSION = 2;
export const DB_DOWN = 3;

export const EV_ARRIVAL = 1;
export const EV_FAULT = 2;
export const EV_DETECT = 3;
export const EV_PROMOTE = 4;
export const EV_SLOW_END = 5;
export const EV_SCALE_UP = 6;
export const EV_DAY_END = 7;
export const F_KILL = 0;
export const F_CACHE = 1;
export const F_PRIMARY = 2;
export const F_SLOW = 3;

const NT = TIERS.length;
export const T_APP = 0;
export const T_SESSIONS = 1;
export const T_CACHE = 2;
export const T_DB = 3;
export const T_REPLICAS = 4;
export const T_WORKERS = 5;
const CLS_SHIFT = 2; // flags bits 2–3: class

/**
 * State of the whole-system simulation: stations per tier, sessions, cache, replica versions,
 * counters; request creation, sending, failing and finishing; results. {@link SystemSim} adds the
 * routing along each class's path and the faults.
 *
 * @example
 * // class SystemSim extends SystemCore { protected afterService(j, si) { … } }
 */
export abstract class SystemCore extends NetworkSim<SystemResult, SystemSnapshot> {
  readonly layout: TierLayout[];
  /** First station and station count of each tier (count 0 = tier absent). */
  readonly tierStart = new Int32Array(NT);
  readonly tierCount = new Int32Array(NT);
  readonly tierLabel: string[] = TIERS.map(() => '');
  readonly baseSpeed = new Float64Array(NT).fill(1);
  stationTier = new Int8Array(0);
  protected readonly demand = new Float64Array(NT * 4);
  protected readonly unit: Sampler[] = [];
  protected readonly arrivals: DayArrivals;
  arrivalsOver = false;
  protected readonly shares: [number, number, number];
  protected readonly classRng: Rng;
  protected readonly routeRng: Rng;
  protected readonly lagRng: Rng;
  protected readonly keyRng: Rng;
  protected readonly zipf: Zipf;
  readonly balancer: Balancer | null = null;
  protected readonly mode: 'local' | 'sticky' | 'shared';
  protected readonly sessionAt: Int32Array;
  protected readonly pin: Int32Array;
  protected jobUser = new Int32Array(256);
  store: CacheStore | null = null;
  protected readonly filledAt: Float64Array;
  protected visibleAt = new Float64Array(0); // [replica ordinal * products + key]
  /** Station index of the primary, and the replicas serving reads (station indices). */
  primary = -1;
  replicaList: number[] = [];
  protected pendingApply: number[] = [];
  protected compactAt = 4096;
  primaryDown = false;
  protected cause = -1;
  readonly workersAvg = new TimeAverage();
  protected scalingUp = 0;
  // measured counters, per class (4) and per class × cause
  readonly arrivedBy = new Float64Array(4);
  readonly completedBy = new Float64Array(4);
  readonly errorsBy = new Float64Array(4 * CAUSES.length);
  readonly latencyBy = [0, 1, 2, 3].map(() => new LatencyStats());
  readonly shopper = new LatencyStats();
  readonly shoppersIn = new TimeAverage();
  readonly tierVisits = new Float64Array(NT);
  readonly tierRespSum = new Float64Array(NT);
  hits = 0;
  lookups = 0;
  dbQueries = 0;
  staleReads = 0;
  replicaReads = 0;
  lostCommits = 0;
  commits = 0;
  // interval state for the time series
  readonly interval = new LatencyStats();
  readonly last = new Float64Array(8 + NT);
  /** The latest time-series row (utilisation per tier colours the picture). */
  readonly recentRow = new Float64Array(SERIES_COLUMNS.length);
  sampled = false;
  peakDb = 0;

  constructor(readonly p: SystemParams) {
    super(SERIES_COLUMNS, p.sampleIntervalMs, Infinity, 0, () => 0);
    this.layout = systemLayout(p);
    this.shares = classShares(p);
    this.mode = sessionModeOf(p);
    this.classRng = createRng(p.seed, STREAM.misc);
    this.routeRng = createRng(p.seed, STREAM.routing);
    this.lagRng = createRng(p.seed, STREAM.lag);
    this.keyRng = createRng(p.seed, STREAM.keys);
    this.zipf = new Zipf(p.products, p.zipf);
    this.buildStations();
    const app = this.tierCount[T_APP] as number;
    if (atLeast(p, 'clones')) this.balancer = new Balancer(p.algorithm, this.stations.slice(0, app), new Array<number>(app).fill(1), this.routeRng);
    this.sessionAt = new Int32Array(p.users);
    this.pin = new Int32Array(this.mode === 'sticky' ? p.users : 0);
    for (let u = 0; u < p.users; u++) {
      this.sessionAt[u] = this.mode === 'shared' ? 1 : u % app; // yesterday's sessions
      if (this.mode === 'sticky') this.pin[u] = u % app;
    }
    if (this.tierCount[T_CACHE]) this.store = this.freshCache();
    this.filledAt = new Float64Array(this.store ? p.products : 0);
    this.visibleAt = new Float64Array((this.tierCount[T_REPLICAS] as number) * p.products);
    this.arrivals = new DayArrivals(p, createRng(p.seed, STREAM.arrivals));
    this.nextArrival(0);
    const at = (h: number | undefined, f: number) => h !== undefined && this.schedule(msAtHour(p, h), EV_FAULT, f);
    this.schedule(p.dayMs, EV_DAY_END, 0);
    if (this.balancer) at(p.killCloneAtHour, F_KILL);
    if (this.store) at(p.cacheRestartAtHour, F_CACHE);
    if (this.tierCount[T_DB]) at(p.primaryFailAtHour, F_PRIMARY);
    if (p.slowTier !== 'none' && p.slowFactor > 1 && p.slowHours > 0) at(p.slowAtHour, F_SLOW);
  }

  protected buildStations(): void {
    const p = this.p;
    const stations: Station[] = [];
    const tierOf: number[] = [];
    for (const t of this.layout) {
      const ti = TIERS.indexOf(t.id);
      this.tierStart[ti] = stations.length;
      this.tierCount[ti] = t.machines;
      this.tierLabel[ti] = t.label;
      this.baseSpeed[ti] = t.speed;
      for (let c = 0; c < 4; c++) this.demand[ti * 4 + c] = t.demandMs[c] as number;
      for (let m = 0; m < t.machines; m++) {
        const st = new Station(t.workersPerMachine, t.id === 'workers' ? Infinity : p.queueLimit, t.speed);
        if (t.id === 'workers') st.workers = p.workers;
        stations.push(st);
        tierOf.push(ti);
      }
    }
    for (let ti = 0; ti < NT; ti++) this.unit[ti] = makeSampler(p.serviceDist, 1, createRng(p.seed, 20 + ti), p.serviceCv);
    this.stations = stations;
    this.stationTier = Int8Array.from(tierOf);
    this.primary = this.tierStart[T_DB] as number;
    for (let r = 0; r < (this.tierCount[T_REPLICAS] as number); r++) this.replicaList.push((this.tierStart[T_REPLICAS] as number) + r);
    this.workersAvg.set(0, this.tierCount[T_WORKERS] ? p.workers : 0);
  }

  protected freshCache(): CacheStore {
    const p = this.p;
    return new CacheStore(p.cachePolicy, p.products, Math.min(p.cacheCapacity, p.products), createRng(p.seed, 30));
  }

  protected nextArrival(t: number): void {
    const next = this.arrivals.next(t);
    if (next === Infinity) {
      this.arrivalsOver = true;
      if (this.live === 0) this.finish();
    } else this.schedule(next, EV_ARRIVAL, 0);
  }

  protected moreArrivals(): boolean {
    return !this.arrivalsOver;
  }

  /** Class of job j. */
  classOf(j: number): number {
    return ((this.pool.flags[j] as number) >> CLS_SHIFT) & 3;
  }

  protected create(cls: number, user: number, key: number): number {
    const j = this.newJob();
    this.pool.flags[j] = (this.pool.flags[j] as number) | (cls << CLS_SHIFT);
    this.pool.tag[j] = key;
    if (j >= this.jobUser.length) {
      const bigger = new Int32Array(this.jobUser.length * 2);
      bigger.set(this.jobUser);
      this.jobUser = bigger;
    }
    this.jobUser[j] = user;
    this.arrivedBy[cls] = (this.arrivedBy[cls] as number) + 1;
    if (cls !== EMAIL) this.shoppersIn.add(this.now, 1);
    return j;
  }

  /** Sends job j to station si; a dead station refuses it with `downCause`. */
  protected send(si: number, j: number, downCause: number): void {
    this.pool.work[j] = this.now; // entry time of this visit
    const st = this.stations[si];
    this.cause = st && st.alive ? FULL : downCause;
    this.offer(si, j);
    this.cause = -1;
  }

  /** Job j fails now with a cause (answered with an error). */
  protected fail(j: number, cause: number): void {
    this.cause = cause;
    this.drop(j, undefined, true);
    this.cause = -1;
  }

  protected onLost(j: number): void {
    if (!((this.pool.flags[j] as number) & MEASURED)) return;
    const cls = this.classOf(j);
    const cause = this.cause < 0 ? FULL : this.cause;
    this.errorsBy[cls * CAUSES.length + cause] = (this.errorsBy[cls * CAUSES.length + cause] as number) + 1;
    if (cls !== EMAIL) this.shoppersIn.add(this.now, -1);
  }

  protected serviceTime(j: number): number {
    const ti = this.stationTier[this.pool.station[j] as number] as number;
    return (this.demand[ti * 4 + this.classOf(j)] as number) * (this.unit[ti] as Sampler)();
  }

  protected finishOk(j: number): void {
    const cls = this.classOf(j);
    const rt = this.now - (this.pool.arrival[j] as number);
    this.completedBy[cls] = (this.completedBy[cls] as number) + 1;
    (this.latencyBy[cls] as LatencyStats).record(0, rt);
    if (cls !== EMAIL) {
      this.shopper.record(0, rt);
      this.interval.record(0, rt);
      this.shoppersIn.add(this.now, -1);
    }
    // counted above (per class); the base's own histogram and counters would only repeat them
    this.pool.flags[j] = (this.pool.flags[j] as number) & ~MEASURED;
    this.leave(j);
  }

  protected onMeasureStart(): void {
    // the worker-time integral restarts at 0: carry the part of the current interval already run
    this.last[LAST_WORKER_TIME] = (this.last[LAST_WORKER_TIME] as number) - this.workersAvg.integral(this.now);
    this.workersAvg.reset(this.now);
    this.shoppersIn.reset(this.now);
  }

  protected sampleRow(t: number, row: Float64Array): void {
    sampleSystem(this, t, row);
  }

  /** The time series so far (`{ t, <column>… }`). */
  seriesJSON(): Record<string, number[]> {
    return this.series.toJSON();
  }

  snapshot(): SystemSnapshot {
    return buildSystemResult(this, false) as SystemSnapshot;
  }

  result(): SystemResult {
    return buildSystemResult(this, true) as SystemResult;
  }

  /** Live jobs (all classes). */
  /**
   * The day is over (arrivals stopped; queues may still drain): freeze the busy, queue and worker
   * integrals so tier utilisation is the day's, not diluted by a long drain of email jobs.
   */
  protected endOfDay(): void {
    this.dayEndAt = this.now;
    this.dayBusy = Float64Array.from(this.stations, (st) => st.busyAvg.integral(this.now));
    this.dayQueue = Float64Array.from(this.stations, (st) => st.queueAvg.integral(this.now));
    this.dayWorkers = this.workersAvg.integral(this.now);
  }

  /** When the day ended (−1 while it runs), and the integrals frozen then. */
  dayEndAt = -1;
  dayBusy = new Float64Array(0);
  dayQueue = new Float64Array(0);
  dayWorkers = 0;

  get liveJobs(): number {
    return this.live;
  }

  /** Start of the measurement (the first arrival). */
  get measureFrom(): number {
    return this.measureStart;
  }
}

import { makeSampler, exponential, type Sampler } from '../core/distributions';
import type { SimAction } from '../core/engine';
import { MEASURED, NetworkSim } from '../core/network';
import { createRng, STREAM, type Rng } from '../core/rng';
import { Station } from '../core/station';
import { LatencyStats, TimeAverage } from '../core/stats';
import { Zipf } from '../core/zipf';
import { Balancer } from './balancer';
import { CacheStore } from './cache-policies';
import { atLeast, BROWSE, CHECKOUT, classShares, EMAIL, LOGIN, sessionModeOf, systemLayout, TIERS, type TierLayout } from './system-layout';
import { buildSystemResult, sampleSystem, SERIES_COLUMNS, type SystemResult, type SystemSnapshot } from './system-result';
import type { SystemParams } from './system-schema';
import { DayArrivals, msAtHour } from './system-traffic';

export { systemSchema, type SystemParams } from './system-schema';
export type { SystemResult, SystemSnapshot } from './system-result';

/** Why a request failed (index into the per-class error counters). */
export const CAUSES = ['queue-full', 'machine-down', 'no-session', 'database-down'] as const;
const FULL = 0;
const DOWN = 1;
const NO_SESSION = 2;
const DB_DOWN = 3;

const EV_ARRIVAL = 1;
const EV_FAULT = 2;
const EV_DETECT = 3;
const EV_PROMOTE = 4;
const EV_SLOW_END = 5;
const EV_SCALE_UP = 6;
const F_KILL = 0;
const F_CACHE = 1;
const F_PRIMARY = 2;
const F_SLOW = 3;

const NT = TIERS.length;
const T_APP = 0;
const T_SESSIONS = 1;
const T_CACHE = 2;
const T_DB = 3;
const T_REPLICAS = 4;
const T_WORKERS = 5;
const CLS_SHIFT = 2; // flags bits 2–3: class

/**
 * The whole-system simulation: shoppers' requests walk their class's path through the tiers of
 * the chosen stage (see docs/SIMULATION.md, "system"). Faults come from the schedule in the params
 * or from `act`: `kill`/`revive` an app clone, `{ type: 'fault', fault: 'cache-restart' | 'primary-fail' }`.
 *
 * @example
 * const r = new SystemSim(systemSchema.parse({ stage: 'cache' })).runToEnd();
 * r.perTier.find((t) => t.tier === 'db')?.utilization;
 */
export class SystemSim extends NetworkSim<SystemResult, SystemSnapshot> {
  readonly layout: TierLayout[];
  /** First station and station count of each tier (count 0 = tier absent). */
  readonly tierStart = new Int32Array(NT);
  readonly tierCount = new Int32Array(NT);
  readonly tierLabel: string[] = TIERS.map(() => '');
  readonly baseSpeed = new Float64Array(NT).fill(1);
  stationTier = new Int8Array(0);
  private readonly demand = new Float64Array(NT * 4);
  private readonly unit: Sampler[] = [];
  private readonly arrivals: DayArrivals;
  arrivalsOver = false;
  private readonly shares: [number, number, number];
  private readonly classRng: Rng;
  private readonly routeRng: Rng;
  private readonly lagRng: Rng;
  private readonly keyRng: Rng;
  private readonly zipf: Zipf;
  readonly balancer: Balancer | null = null;
  private readonly mode: 'local' | 'sticky' | 'shared';
  private readonly sessionAt: Int32Array;
  private readonly pin: Int32Array;
  private jobUser = new Int32Array(256);
  store: CacheStore | null = null;
  private readonly filledAt: Float64Array;
  private visibleAt = new Float64Array(0); // [replica ordinal * products + key]
  /** Station index of the primary, and the replicas serving reads (station indices). */
  primary = -1;
  replicaList: number[] = [];
  private pendingApply: number[] = [];
  primaryDown = false;
  private cause = -1;
  readonly workersAvg = new TimeAverage();
  private scalingUp = 0;
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
    if (this.balancer) at(p.killCloneAtHour, F_KILL);
    if (this.store) at(p.cacheRestartAtHour, F_CACHE);
    if (this.tierCount[T_DB]) at(p.primaryFailAtHour, F_PRIMARY);
    if (p.slowTier !== 'none' && p.slowFactor > 1 && p.slowHours > 0) at(p.slowAtHour, F_SLOW);
  }

  private buildStations(): void {
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

  private freshCache(): CacheStore {
    const p = this.p;
    return new CacheStore(p.cachePolicy, p.products, Math.min(p.cacheCapacity, p.products), createRng(p.seed, 30));
  }

  private nextArrival(t: number): void {
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

  private create(cls: number, user: number, key: number): number {
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
  private send(si: number, j: number, downCause: number): void {
    this.pool.work[j] = this.now; // entry time of this visit
    const st = this.stations[si];
    this.cause = st && st.alive ? FULL : downCause;
    this.offer(si, j);
    this.cause = -1;
  }

  /** Job j fails now with a cause (answered with an error). */
  private fail(j: number, cause: number): void {
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

  private finishOk(j: number): void {
    const cls = this.classOf(j);
    const rt = this.now - (this.pool.arrival[j] as number);
    this.completedBy[cls] = (this.completedBy[cls] as number) + 1;
    (this.latencyBy[cls] as LatencyStats).record(0, rt);
    if (cls !== EMAIL) {
      this.shopper.record(0, rt);
      this.interval.record(0, rt);
      this.shoppersIn.add(this.now, -1);
    }
    this.leave(j);
  }

  protected handleEvent(kind: number, data: number): void {
    if (kind === EV_ARRIVAL) return this.arrive();
    if (kind === EV_FAULT) return this.fault(data);
    if (kind === EV_DETECT) {
      const st = this.stations[data];
      if (st && this.balancer) this.balancer.setInRotation(data, st.alive);
    } else if (kind === EV_PROMOTE) this.promote();
    else if (kind === EV_SLOW_END) this.setSlow(TIERS.indexOf(this.p.slowTier as (typeof TIERS)[number]), 1);
    else if (kind === EV_SCALE_UP) this.scaleUp();
  }

  private arrive(): void {
    const p = this.p;
    const u = this.classRng.next();
    const cls = u < this.shares[0] ? BROWSE : u < this.shares[0] + this.shares[1] ? LOGIN : CHECKOUT;
    const user = this.classRng.int(p.users);
    const key = cls === LOGIN ? 0 : this.zipf.sample(this.keyRng);
    const j = this.create(cls, user, key);
    this.nextArrival(this.now);
    this.send(this.pickClone(user), j, DOWN);
  }

  private pickClone(user: number): number {
    const b = this.balancer;
    if (!b) return 0;
    if (this.mode !== 'sticky') return b.pick(user);
    const pinned = this.pin[user] as number;
    if (pinned >= 0 && b.inRotation[pinned]) return pinned;
    const c = b.pick(user);
    this.pin[user] = c;
    return c;
  }

  private dbRead(j: number): void {
    const n = this.replicaList.length;
    if (n === 0) return this.send(this.primary, j, DB_DOWN);
    this.send(this.replicaList[n === 1 ? 0 : this.routeRng.int(n)] as number, j, DOWN);
  }

  protected afterService(j: number, si: number): void {
    const ti = this.stationTier[si] as number;
    if ((this.pool.flags[j] as number) & MEASURED) {
      this.tierVisits[ti] = (this.tierVisits[ti] as number) + 1;
      this.tierRespSum[ti] = (this.tierRespSum[ti] as number) + this.now - (this.pool.work[j] as number);
    }
    const cls = this.classOf(j);
    if (cls === EMAIL) return this.finishOk(j);
    const oneBox = !this.balancer;
    if (cls === BROWSE) return oneBox ? this.finishOk(j) : this.browseStep(j, ti, si);
    const user = this.jobUser[j] as number;
    if (cls === LOGIN) {
      if (ti === T_APP && this.mode === 'shared') return this.send(this.tierStart[T_SESSIONS] as number, j, DOWN);
      this.sessionAt[user] = this.mode === 'shared' ? 1 : si;
      return this.finishOk(j);
    }
    // checkout
    if (oneBox) return this.commit(j);
    if (ti === T_APP) {
      if (this.mode === 'shared') return this.send(this.tierStart[T_SESSIONS] as number, j, DOWN);
      if (this.sessionAt[user] !== si) return this.fail(j, NO_SESSION);
      return this.send(this.primary, j, DB_DOWN);
    }
    if (ti === T_SESSIONS) return this.sessionAt[user] ? this.send(this.primary, j, DB_DOWN) : this.fail(j, NO_SESSION);
    this.commit(j);
  }

  private browseStep(j: number, ti: number, si: number): void {
    const key = this.pool.tag[j] as number;
    const store = this.store;
    if (ti === T_APP) {
      if (!store) return this.dbRead(j);
      return this.send(this.tierStart[T_CACHE] as number, j, DOWN);
    }
    if (ti === T_CACHE && store) {
      this.lookups++;
      let hit = store.has(key);
      if (hit && this.p.cacheTtlMs > 0 && this.now - (this.filledAt[key] as number) >= this.p.cacheTtlMs) {
        store.remove(key);
        hit = false;
      }
      if (!hit) return this.dbRead(j);
      this.hits++;
      store.hit(key);
      return this.finishOk(j);
    }
    // a database read came back
    this.dbQueries++;
    if (ti === T_REPLICAS && si !== this.primary) {
      this.replicaReads++;
      const r = si - (this.tierStart[T_REPLICAS] as number);
      if (this.now < (this.visibleAt[r * this.p.products + key] as number)) this.staleReads++;
    }
    if (store && !store.has(key)) {
      store.insert(key);
      this.filledAt[key] = this.now;
    }
    this.finishOk(j);
  }

  /** A checkout's write committed on the primary (or the one box): replicate, invalidate, email. */
  private commit(j: number): void {
    const key = this.pool.tag[j] as number;
    this.commits++;
    if (this.balancer) this.dbQueries++;
    const lag = this.p.replicationLagMs;
    for (let k = 0; k < this.replicaList.length; k++) {
      const r = (this.replicaList[k] as number) - (this.tierStart[T_REPLICAS] as number);
      const at = this.now + exponential(this.lagRng, lag);
      this.visibleAt[r * this.p.products + key] = at;
      if (k === 0) this.pendingApply.push(at);
    }
    if (this.pendingApply.length > 4096) this.pendingApply = this.pendingApply.filter((t) => t > this.now);
    if (this.store) this.store.remove(key);
    if (this.tierCount[T_WORKERS]) {
      const e = this.create(EMAIL, this.jobUser[j] as number, key);
      this.send(this.tierStart[T_WORKERS] as number, e, DOWN);
      this.maybeScale();
    }
    this.finishOk(j);
  }

  private maybeScale(): void {
    const p = this.p;
    const st = this.stations[this.tierStart[T_WORKERS] as number] as Station;
    if (!p.autoscale) return;
    if (st.queueLen > p.scaleUpQueuePerWorker * st.workers && this.scalingUp === 0 && st.workers < Math.max(p.workers, p.maxWorkers)) {
      this.scalingUp++;
      this.schedule(this.now + p.scaleUpDelayMs, EV_SCALE_UP, 0);
    } else if (st.queueLen === 0 && st.workers > p.workers && st.busy <= (st.workers >> 1)) {
      st.workers--;
      this.workersAvg.set(this.now, st.workers);
    }
  }

  private scaleUp(): void {
    const si = this.tierStart[T_WORKERS] as number;
    const st = this.stations[si] as Station;
    this.scalingUp--;
    st.workers++;
    this.workersAvg.set(this.now, st.workers);
    while (st.busy < st.workers && st.queueLen > 0) {
      const j = st.shift();
      st.queueAvg.set(this.now, st.queueLen);
      this.offer(si, j);
    }
    this.maybeScale();
  }

  protected onMeasureStart(): void {
    this.workersAvg.reset(this.now);
    this.shoppersIn.reset(this.now);
  }

  private fault(f: number): void {
    if (f === F_KILL) this.act({ type: 'kill', server: 0 });
    else if (f === F_CACHE) this.act({ type: 'fault', fault: 'cache-restart' });
    else if (f === F_PRIMARY) this.act({ type: 'fault', fault: 'primary-fail' });
    else if (f === F_SLOW) {
      this.setSlow(TIERS.indexOf(this.p.slowTier as (typeof TIERS)[number]), this.p.slowFactor);
      this.schedule(this.now + msAtHour(this.p, this.p.slowHours), EV_SLOW_END, 0);
    }
  }

  private setSlow(ti: number, factor: number): void {
    if (ti < 0) return;
    const tiers = ti === T_DB ? [T_DB, T_REPLICAS] : [ti];
    for (const t of tiers)
      for (let m = 0; m < (this.tierCount[t] as number); m++) (this.stations[(this.tierStart[t] as number) + m] as Station).speed = (this.baseSpeed[t] as number) / factor;
  }

  private promote(): void {
    const st = this.stations[this.primary] as Station;
    const next = this.replicaList.shift();
    if (next === undefined) st.alive = true; // no replica: the same machine comes back
    else this.primary = next;
    this.pendingApply = [];
    this.primaryDown = false;
  }

  act(a: SimAction): boolean {
    if (a.type === 'fault') {
      if (a.fault === 'cache-restart') {
        if (!this.store) return false;
        this.store = this.freshCache();
        return true;
      }
      if (this.primaryDown || !this.tierCount[T_DB]) return false;
      this.primaryDown = true;
      const t = this.now;
      if (this.replicaList.length > 0) this.lostCommits += this.pendingApply.filter((x) => x > t).length;
      this.cause = DB_DOWN;
      this.killStation(this.primary);
      this.cause = -1;
      this.schedule(this.now + this.p.promotionDelayMs, EV_PROMOTE, 0);
      return true;
    }
    const clones = this.tierCount[T_APP] as number;
    if (a.type === 'add-server' || !this.balancer || a.server < 0 || a.server >= clones) return false;
    const st = this.stations[a.server] as Station;
    if (a.type === 'kill' && st.alive) {
      this.cause = DOWN;
      this.killStation(a.server);
      this.cause = -1;
      if (this.mode !== 'shared') for (let u = 0; u < this.sessionAt.length; u++) if (this.sessionAt[u] === a.server) this.sessionAt[u] = -1;
    } else if (a.type === 'revive' && !st.alive) st.alive = true;
    else return false;
    this.schedule(this.now + this.p.healthCheckMs, EV_DETECT, a.server);
    return true;
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
  get liveJobs(): number {
    return this.live;
  }

  /** Start of the measurement (the first arrival). */
  get measureFrom(): number {
    return this.measureStart;
  }
}

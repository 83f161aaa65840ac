import { makeSampler, type Sampler } from '../core/distributions';
import * as net from '../core/network';
import { NetworkSim } from '../core/network';
import { createRng, STREAM, type Rng } from '../core/rng';
import { Station } from '../core/station';
import { Histogram } from '../core/histogram';
import { LatencyStats, TimeAverage } from '../core/stats';
import { Zipf } from '../core/zipf';
import { Balancer } from '../models/balancer';
import { CacheStore } from '../models/cache-policies';
import { makePartitioner } from '../models/partition';
import type { ComponentOf } from './components';
import * as plan from './compile';
import type { CompiledComponent, CompiledDesign } from './compile';
import { DbState } from './db-state';
import * as jobs from './jobs';
import { JobFields } from './jobs';
import type { Design, DesignAction } from './parts';
import { DayArrivals, msAtHour } from './traffic';
import { peakWindow, type PeakWindow } from './window';

// module-local copies: the hot path reads plain constants, not a bundler's live-binding getters
const { LOST, MEASURED } = net;
const { K, MAX_STEPS } = plan;
const { ASYNC, FULL, NC, PEAK, TIMED_OUT } = jobs;

export const EV_ARRIVAL = 1;
export const EV_FAULT = 2;
export const EV_EFFECT_END = 3;
export const EV_DETECT = 4;
export const EV_PROMOTE = 5;
export const EV_SCALE_UP = 6;
export const EV_DAY_END = 7;
export const EV_DELAY = 8;
export const EV_TIMEOUT = 9;
export const EV_RETRY = 10;
export const EV_SYNC_ACK = 11;
export const EV_WINDOW = 12;

/** A cache or CDN's contents: one store per node, keys hashed over the nodes. */
export class CacheState {
  readonly nodes: number;
  stores: CacheStore[];
  /** Node of each key and its index in that node's store (one node: the key itself). */
  readonly nodeOf: Int32Array | null;
  readonly localOf: Int32Array | null;
  private readonly nodeKeys: number[];
  readonly filledAt: Float64Array;
  readonly capacity: number;
  readonly ttlMs: number;
  lookups = 0;
  hits = 0;
  /** Sessions held (shared session store): 1 per user who has one. */
  sessions: Uint8Array | null = null;

  constructor(
    readonly comp: CompiledComponent,
    private readonly seed: number,
  ) {
    const c = comp.c as ComponentOf<'cache'> | ComponentOf<'cdn'>;
    this.nodes = c.kind === 'cache' ? c.nodes : 1;
    this.capacity = c.kind === 'cache' ? c.capacityPerNode : c.capacity;
    this.ttlMs = c.ttlMs;
    const keys = comp.keySpace;
    if (this.nodes === 1) {
      this.nodeOf = null;
      this.localOf = null;
      this.nodeKeys = [keys];
    } else {
      const part = makePartitioner('modulo', this.nodes, keys, 1);
      this.nodeOf = new Int32Array(keys);
      this.localOf = new Int32Array(keys);
      this.nodeKeys = new Array<number>(this.nodes).fill(0);
      for (let k = 0; k < keys; k++) {
        const n = part(k);
        this.nodeOf[k] = n;
        this.localOf[k] = this.nodeKeys[n] as number;
        this.nodeKeys[n] = (this.nodeKeys[n] as number) + 1;
      }
    }
    this.filledAt = new Float64Array(this.ttlMs > 0 ? keys : 0);
    this.stores = Array.from({ length: this.nodes }, (_, n) => this.fresh(n));
  }

  /** An empty store for node n (a restart: the eviction stream starts over too). */
  fresh(n: number): CacheStore {
    const keys = this.nodeKeys[n] as number;
    const policy = (this.comp.c as ComponentOf<'cache'>).policy;
    return new CacheStore(policy, keys, Math.min(this.capacity, keys), createRng(this.seed, this.comp.stream + n));
  }

  node(key: number): number {
    return this.nodeOf ? (this.nodeOf[key] as number) : 0;
  }

  local(key: number): number {
    return this.localOf ? (this.localOf[key] as number) : key;
  }
}

/** A queue's autoscaling state. */
export class QueueState {
  readonly workersAvg = new TimeAverage();
  scalingUp = 0;
  deadLetters = 0;
  retries = 0;
  /** Worker-time integral at the previous sample (utilisation of an autoscaled pool). */
  lastWorkerTime = 0;
  dayWorkers = -1;
  constructor(
    readonly c: ComponentOf<'queue'>,
    readonly station: number,
    readonly comp: number,
  ) {}
}

/** An external API's token bucket and counters. */
export class ExternalState {
  tokens: number;
  last = 0;
  calls = 0;
  rateLimited = 0;
  failures = 0;
  constructor(
    readonly c: ComponentOf<'external'>,
    readonly failRng: Rng,
  ) {
    this.tokens = c.rateLimitPerSec;
  }

  /** Takes a token if one is there (a limit of 0 never refuses). */
  take(now: number): boolean {
    const rate = this.c.rateLimitPerSec;
    if (rate <= 0) return true;
    this.tokens = Math.min(rate, this.tokens + ((now - this.last) * rate) / 1000);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** A timed effect of a fault (slow, partition, surge), ended by EV_EFFECT_END. */
export interface Effect {
  type: 'slow' | 'partition' | 'surge';
  comp: number;
  factor: number;
  active: boolean;
}

/**
 * State and bookkeeping of a design run: stations laid out per component, the random streams,
 * caches, databases, queues, balancers, sessions, per-class and per-group counters; creating,
 * sending, failing and finishing requests. {@link DesignSim} adds the walk along each path and
 * the faults; results are built in result.ts.
 *
 * @example
 * // class DesignSim extends DesignCore { protected go(j) { … } }
 */
export abstract class DesignCore<R, S> extends NetworkSim<R, S, DesignAction> {
  readonly plan: CompiledDesign;
  readonly design: Design;
  readonly jobs = new JobFields();
  readonly window: PeakWindow;
  /** Station → its group, and → its component. */
  readonly stationGroup: Int32Array;
  readonly stationComp: Int32Array;
  readonly samplers: Sampler[];
  readonly baseSpeed: Float64Array;
  /** First station of each component (0 for kinds without stations). */
  readonly compStart: Int32Array;
  /** Each class's client timeout (ms; NaN: none). */
  protected readonly timeouts: Float64Array;
  /** Per-component state, by component index (null where the kind has none). */
  readonly caches: (CacheState | null)[];
  readonly dbs: (DbState | null)[];
  readonly queues: (QueueState | null)[];
  readonly externals: (ExternalState | null)[];
  /** Balancer per (lb, pool) pair: index by `balancerOf[lb * n + pool]`. */
  readonly balancers: Balancer[] = [];
  readonly balancerOf: Int32Array;
  /** Sticky pins per balancer (user → machine), or null. */
  readonly pins: (Int32Array | null)[] = [];
  /** Local sessions per pool component (user → machine, −1 none), or null. */
  readonly localSessions: (Int32Array | null)[];
  readonly partitioned: Int32Array;
  readonly slowFactors: number[][];
  readonly effects: Effect[] = [];
  protected readonly arrivals: DayArrivals;
  protected arrivalEpoch = 0;
  arrivalsOver = false;
  protected readonly classRng: Rng;
  protected readonly keyRng: Rng;
  readonly routeRng: Rng;
  protected readonly zipfs: (Zipf | null)[];
  protected cause = -1;
  protected readonly ms: Float64Array;
  // measured counters: callers (per class), job parts (per class), groups
  readonly nClasses: number;
  readonly arrivedBy: Float64Array;
  readonly completedBy: Float64Array;
  readonly errorsBy: Float64Array;
  readonly liveBy: Float64Array;
  readonly latencyBy: LatencyStats[];
  readonly peakLatencyBy: LatencyStats[];
  readonly peakArrivedBy: Float64Array;
  readonly peakErrorsBy: Float64Array;
  readonly intervalBy: LatencyStats[];
  readonly jobsBy: Float64Array;
  readonly jobsDoneBy: Float64Array;
  readonly deadBy: Float64Array;
  readonly jobFailBy: Float64Array;
  readonly jobLiveBy: Float64Array;
  readonly jobLatencyBy: LatencyStats[];
  readonly callers = new LatencyStats();
  /** Callers of every class that arrived in the peak window. */
  readonly peakAll = new LatencyStats();
  readonly interval = new LatencyStats();
  readonly callersIn = new TimeAverage();
  readonly groupVisits: Float64Array;
  readonly groupResp: Float64Array;
  readonly groupService: Float64Array;
  /** Requests offered to each group (served, refused or lost there), for offered load. */
  readonly groupOffered: Float64Array;
  /** Busy, queue and offered integrals at the peak window's start and end (−1: not reached). */
  readonly windowAt = [-1, -1];
  windowBusy: Float64Array[] = [];
  windowOffered: Float64Array[] = [];
  windowWorkerTime: Float64Array[] = [];
  dayEndAt = -1;
  dayBusy: Float64Array = new Float64Array(0);
  dayQueue: Float64Array = new Float64Array(0);
  /** The latest time-series row (the snapshot's "recent" figures). */
  readonly recentRow: Float64Array;
  sampled = false;

  constructor(plan: CompiledDesign, columns: readonly string[]) {
    super(columns, plan.design.run.sampleIntervalMs, Infinity, 0, () => 0);
    const design = plan.design;
    this.design = design;
    this.plan = plan;
    const seed = design.run.seed;
    this.window = peakWindow(plan.traffic);
    this.classRng = createRng(seed, STREAM.misc);
    this.routeRng = createRng(seed, STREAM.routing);
    this.keyRng = createRng(seed, STREAM.keys);
    const lagRng = createRng(seed, STREAM.lag);
    // stations
    const n = plan.stationCount;
    this.stationGroup = new Int32Array(n);
    this.stationComp = new Int32Array(n);
    this.baseSpeed = new Float64Array(n);
    const stations: Station[] = [];
    plan.groups.forEach((g, gi) => {
      for (let i = 0; i < g.count; i++) {
        const st = new Station(g.slots, g.queueLimit, g.speed);
        st.workers = g.workers;
        stations[g.start + i] = st;
        this.stationGroup[g.start + i] = gi;
        this.stationComp[g.start + i] = g.comp;
        this.baseSpeed[g.start + i] = g.speed;
      }
    });
    this.stations = stations;
    this.compStart = Int32Array.from(plan.components, (c) => c.groups[0]?.start ?? 0);
    this.samplers = plan.groups.map((g) => makeSampler(g.dist, 1, createRng(seed, g.stream), g.cv));
    const ng = plan.groups.length;
    this.groupVisits = new Float64Array(ng);
    this.groupResp = new Float64Array(ng);
    this.groupService = new Float64Array(ng);
    this.groupOffered = new Float64Array(ng);
    // per component
    const comps = plan.components;
    this.caches = comps.map((c) => (c.kind === K.cache || c.kind === K.cdn ? new CacheState(c, seed) : null));
    this.dbs = comps.map((c) => (c.kind === K.database ? new DbState(c, lagRng) : null));
    this.queues = comps.map((c) => (c.kind === K.queue ? new QueueState(c.c as ComponentOf<'queue'>, c.groups[0]?.start ?? 0, c.index) : null));
    this.externals = comps.map((c) => (c.kind === K.external ? new ExternalState(c.c as ComponentOf<'external'>, createRng(seed, c.stream)) : null));
    for (const q of this.queues) q?.workersAvg.set(0, q.c.workers);
    this.partitioned = new Int32Array(comps.length);
    this.slowFactors = comps.map(() => []);
    // balancers and sessions
    const nc = comps.length;
    this.balancerOf = new Int32Array(nc * nc).fill(-1);
    for (const { lb, pool } of plan.balancers) {
      const g = comps[pool]?.groups[0];
      const lbc = comps[lb]?.c as ComponentOf<'lb'>;
      const sts = stations.slice(g?.start ?? 0, (g?.start ?? 0) + (g?.count ?? 0));
      this.balancerOf[lb * nc + pool] = this.balancers.length;
      this.balancers.push(new Balancer(lbc.algorithm, sts, new Array<number>(sts.length).fill(1), this.routeRng));
      this.pins.push(lbc.sticky ? Int32Array.from({ length: plan.users }, (_, u) => u % sts.length) : null);
    }
    this.localSessions = comps.map(() => null);
    for (const cc of plan.classes) {
      if (!cc.session || cc.sessionStep < 0) continue;
      const comp = cc.stepComp[cc.sessionStep] as number;
      if (cc.sessionLocal) {
        const machines = comps[comp]?.groups[0]?.count ?? 1;
        this.localSessions[comp] ??= Int32Array.from({ length: plan.users }, (_, u) => u % machines); // yesterday's sessions
      } else {
        const cache = this.caches[comp] as CacheState;
        cache.sessions ??= new Uint8Array(plan.users).fill(1);
      }
    }
    // classes
    const ncls = plan.classes.length;
    this.nClasses = ncls;
    this.timeouts = Float64Array.from(plan.classes, (cc) => cc.rc.timeoutMs ?? NaN);
    this.ms = new Float64Array(ncls * MAX_STEPS);
    plan.classes.forEach((cc, c) => this.ms.set(cc.stepMs, c * MAX_STEPS));
    const zipfMemo = new Map<string, Zipf>();
    this.zipfs = plan.classes.map((cc) => {
      const { count, zipf } = cc.rc.keys;
      if (count <= 1) return null;
      const key = `${count}|${zipf}`;
      let z = zipfMemo.get(key);
      if (!z) zipfMemo.set(key, (z = new Zipf(count, zipf)));
      return z;
    });
    const f = () => new Float64Array(ncls);
    this.arrivedBy = f();
    this.completedBy = f();
    this.liveBy = f();
    this.errorsBy = new Float64Array(ncls * NC);
    this.peakArrivedBy = f();
    this.peakErrorsBy = f();
    this.jobsBy = f();
    this.jobsDoneBy = f();
    this.deadBy = f();
    this.jobLiveBy = f();
    this.jobFailBy = new Float64Array(ncls * NC);
    const stats = () => plan.classes.map(() => new LatencyStats());
    this.latencyBy = stats();
    this.peakLatencyBy = stats();
    this.intervalBy = stats();
    this.jobLatencyBy = stats();
    this.recentRow = new Float64Array(columns.length);
    // the day
    this.arrivals = new DayArrivals(plan.traffic, createRng(seed, STREAM.arrivals));
    this.nextArrival(0);
    this.schedule(design.run.dayMs, EV_DAY_END, 0);
    design.faults.forEach((fault, i) => this.schedule(msAtHour(design.run.dayMs, fault.atHour), EV_FAULT, i));
    if (this.window.endMs > this.window.startMs) {
      this.schedule(this.window.startMs, EV_WINDOW, 0);
      this.schedule(this.window.endMs, EV_WINDOW, 1);
    }
  }

  /** Walks job j from its current step (implemented by DesignSim). */
  protected abstract go(j: number): void;

  protected nextArrival(t: number): void {
    const next = this.arrivals.next(t);
    if (next === Infinity) {
      this.arrivalsOver = true;
      if (this.live === 0) this.finish();
    } else this.schedule(next, EV_ARRIVAL, this.arrivalEpoch);
  }

  protected moreArrivals(): boolean {
    return !this.arrivalsOver;
  }

  /** A new request of a random class from a random user, on a key of the class's key space. */
  protected arrive(): void {
    const plan = this.plan;
    const u = this.classRng.next();
    const cum = plan.cumShare;
    let c = 0;
    while (c < cum.length - 1 && !(u < (cum[c] as number))) c++;
    const user = this.classRng.int(plan.users);
    const z = this.zipfs[c];
    const key = z ? z.sample(this.keyRng) : 0;
    const j = this.create(c, user, key, false);
    const timeout = this.timeouts[c] as number;
    if (timeout === timeout) {
      const at = this.now + timeout;
      this.jobs.deadline[j] = at;
      this.schedule(at, EV_TIMEOUT, j);
    }
    this.nextArrival(this.now);
    this.go(j);
  }

  /** Allocates a request (or a queued job when `async`) of class c. */
  protected create(c: number, user: number, key: number, async: boolean): number {
    const j = this.newJob();
    const f = this.jobs;
    f.ensure(j);
    const p = this.pool;
    p.tag[j] = key;
    f.cls[j] = c;
    f.step[j] = 0;
    f.user[j] = user;
    f.miss[j] = 0;
    f.attempt[j] = 0;
    f.deadline[j] = -1;
    if (async) {
      p.flags[j] = (p.flags[j] as number) | ASYNC;
      this.jobsBy[c] = (this.jobsBy[c] as number) + 1;
      this.jobLiveBy[c] = (this.jobLiveBy[c] as number) + 1;
    } else {
      this.arrivedBy[c] = (this.arrivedBy[c] as number) + 1;
      this.liveBy[c] = (this.liveBy[c] as number) + 1;
      this.callersIn.add(this.now, 1);
      if (this.now >= this.window.startMs && this.now < this.window.endMs) {
        p.flags[j] = (p.flags[j] as number) | PEAK;
        this.peakArrivedBy[c] = (this.peakArrivedBy[c] as number) + 1;
      }
    }
    return j;
  }

  /** Sends job j to station si; a dead station refuses it with `downCause`. */
  protected send(si: number, j: number, downCause: number): void {
    this.pool.work[j] = this.now; // entry time of this visit
    const st = this.stations[si] as Station;
    const g = this.stationGroup[si] as number;
    this.groupOffered[g] = (this.groupOffered[g] as number) + 1;
    this.cause = st.alive ? FULL : downCause;
    this.offer(si, j);
    this.cause = -1;
  }

  /** Job j fails now with a cause. */
  protected fail(j: number, cause: number): void {
    this.cause = cause;
    this.drop(j, undefined, true);
    this.cause = -1;
  }

  protected serviceTime(j: number): number {
    const si = this.pool.station[j] as number;
    const f = this.jobs;
    return (this.ms[(f.cls[j] as number) * MAX_STEPS + (f.step[j] as number)] as number) * (this.samplers[this.stationGroup[si] as number] as Sampler)();
  }

  /** Counts an error of job j (caller or job attempt) and, for a job, retries it or dead-letters it. */
  protected onLost(j: number): void {
    const p = this.pool;
    const flags = p.flags[j] as number;
    const f = this.jobs;
    f.deadline[j] = -1;
    if (!(flags & MEASURED)) return;
    const c = f.cls[j] as number;
    const cause = this.cause < 0 ? FULL : this.cause;
    if (flags & ASYNC) {
      this.jobFailBy[c * NC + cause] = (this.jobFailBy[c * NC + cause] as number) + 1;
      this.retryOrDeadLetter(j);
      return;
    }
    if (flags & TIMED_OUT) return; // already counted as a timeout
    this.errorsBy[c * NC + cause] = (this.errorsBy[c * NC + cause] as number) + 1;
    if (flags & PEAK) this.peakErrorsBy[c] = (this.peakErrorsBy[c] as number) + 1;
    this.liveBy[c] = (this.liveBy[c] as number) - 1;
    this.callersIn.add(this.now, -1);
  }

  /** A failed job attempt: a copy retries after the backoff (doubling per attempt), or it is dead-lettered. */
  private retryOrDeadLetter(j: number): void {
    const f = this.jobs;
    const c = f.cls[j] as number;
    const cc = this.plan.classes[c];
    const q = cc ? this.queues[cc.stepComp[cc.queueStep] as number] : null;
    const attempt = f.attempt[j] as number;
    if (!q || !cc || attempt >= q.c.maxRetries) {
      if (q) q.deadLetters++;
      this.deadBy[c] = (this.deadBy[c] as number) + 1;
      this.jobLiveBy[c] = (this.jobLiveBy[c] as number) - 1;
      return;
    }
    // the engine frees j after this call; the retry continues under a new id
    const p = this.pool;
    const r = p.alloc();
    f.ensure(r);
    p.arrival[r] = p.arrival[j] as number;
    p.tag[r] = p.tag[j] as number;
    p.flags[r] = MEASURED | ASYNC;
    p.extra[r] = 0;
    f.cls[r] = c;
    f.user[r] = f.user[j] as number;
    f.attempt[r] = attempt + 1;
    f.step[r] = cc.queueStep;
    f.miss[r] = 0;
    f.deadline[r] = -1;
    this.live++;
    this.inSystem.set(this.now, this.live);
    q.retries++;
    this.schedule(this.now + q.c.retryBackoffMs * 2 ** attempt, EV_RETRY, r);
  }

  /** The client's deadline passed while its request was still running: a timeout error; the work goes on. */
  protected timeout(j: number): void {
    const p = this.pool;
    const flags = p.flags[j] as number;
    if (this.jobs.deadline[j] !== this.now || flags & (ASYNC | TIMED_OUT | LOST) || !(flags & MEASURED)) return;
    p.flags[j] = flags | TIMED_OUT;
    const c = this.jobs.cls[j] as number;
    this.errorsBy[c * NC + 4] = (this.errorsBy[c * NC + 4] as number) + 1;
    if (flags & PEAK) this.peakErrorsBy[c] = (this.peakErrorsBy[c] as number) + 1;
    this.liveBy[c] = (this.liveBy[c] as number) - 1;
    this.callersIn.add(this.now, -1);
  }

  /** Job j reached the end of its path (or a hit, or its queue): fill the caches it missed, count it, free it. */
  protected finishOk(j: number): void {
    const p = this.pool;
    const f = this.jobs;
    const flags = p.flags[j] as number;
    const c = f.cls[j] as number;
    if (f.miss[j]) this.fill(j);
    f.deadline[j] = -1;
    if (flags & MEASURED && !(flags & TIMED_OUT)) {
      const rt = this.now - (p.arrival[j] as number);
      if (flags & ASYNC) {
        this.jobsDoneBy[c] = (this.jobsDoneBy[c] as number) + 1;
        this.jobLiveBy[c] = (this.jobLiveBy[c] as number) - 1;
        (this.jobLatencyBy[c] as LatencyStats).record(0, rt);
      } else {
        this.completedBy[c] = (this.completedBy[c] as number) + 1;
        this.liveBy[c] = (this.liveBy[c] as number) - 1;
        const b = Histogram.bucketOf(rt);
        (this.latencyBy[c] as LatencyStats).recordIn(b, rt);
        (this.intervalBy[c] as LatencyStats).recordIn(b, rt);
        this.callers.recordIn(b, rt);
        this.interval.recordIn(b, rt);
        this.callersIn.add(this.now, -1);
        if (flags & PEAK) {
          (this.peakLatencyBy[c] as LatencyStats).recordIn(b, rt);
          this.peakAll.recordIn(b, rt);
        }
      }
    }
    // counted above; the base's own histogram and counters would only repeat them
    p.flags[j] = flags & ~MEASURED;
    this.leave(j);
  }

  /** The response fills every cache the request missed on its way (cache-aside: the reader fills). */
  private fill(j: number): void {
    const f = this.jobs;
    const cc = this.plan.classes[f.cls[j] as number];
    if (!cc) return;
    const key = this.pool.tag[j] as number;
    let mask = f.miss[j] as number;
    for (let s = 0; mask; s++, mask >>>= 1) {
      if (!(mask & 1)) continue;
      const comp = cc.stepComp[s] as number;
      const cache = this.caches[comp];
      if (!cache || this.partitioned[comp]) continue;
      const node = cache.node(key);
      if (cache.comp.kind === K.cache && !(this.stations[(cache.comp.groups[0]?.start ?? 0) + node] as Station).alive) continue;
      const store = cache.stores[node] as CacheStore;
      const local = cache.local(key);
      if (!store.has(local)) {
        store.insert(local);
        if (cache.ttlMs > 0) cache.filledAt[key] = this.now;
      }
    }
  }

  protected onMeasureStart(): void {
    for (const q of this.queues) {
      if (!q) continue;
      // the worker-time integral restarts at 0: carry the part of the current interval already run
      q.lastWorkerTime -= q.workersAvg.integral(this.now);
      q.workersAvg.reset(this.now);
    }
    this.callersIn.reset(this.now);
  }

  /** Busy integrals of every station now (or frozen at the day's end). */
  busyNow(t: number): Float64Array {
    return Float64Array.from(this.stations, (st) => st.busyAvg.integral(t));
  }

  /** Records the utilisation integrals at the peak window's start (0) or end (1). */
  protected markWindow(edge: number): void {
    this.windowAt[edge] = this.now;
    this.windowBusy[edge] = this.busyNow(this.now);
    this.windowOffered[edge] = Float64Array.from(this.groupOffered);
    this.windowWorkerTime[edge] = Float64Array.from(this.queues, (q) => (q ? q.workersAvg.integral(this.now) : 0));
  }

  /**
   * The day is over (arrivals stopped; queues may still drain): freeze the busy, queue and worker
   * integrals so utilisation is the day's, not diluted by a long drain of queued jobs.
   */
  protected endOfDay(): void {
    this.dayEndAt = this.now;
    this.dayBusy = this.busyNow(this.now);
    this.dayQueue = Float64Array.from(this.stations, (st) => st.queueAvg.integral(this.now));
    for (const q of this.queues) if (q) q.dayWorkers = q.workersAvg.integral(this.now);
  }

  get liveJobs(): number {
    return this.live;
  }

  /** Start of the measurement (the first arrival). */
  get measureFrom(): number {
    return this.measureStart;
  }
}

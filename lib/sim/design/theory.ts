import { scv } from '../core/distributions';
import { mmc } from '../theory';
import type { ComponentKind, ComponentOf } from './components';
import { COMPONENT_KINDS } from './components';
import { inCacheProbability, keyGrid, zipfMass, type CacheLoad, type KeyGrid } from './che';
import { compileDesign, K, OP_READ, SF_AFTER_LB, SF_NO_WAIT, SF_REPLICA, SF_SESSION, SF_UPDATE, type CompiledComponent, type CompiledDesign, type StationGroup } from './compile';
import type { Design } from './parts';
import { keyPlacement, type Placement } from './placement';
import { designBill, type DesignBill } from './prices';
import { expectedArrivals, peakRate } from './traffic';

/** Theory of one station group (a pool's machines, a database's replicas…). */
export interface GroupTheory {
  role: StationGroup['role'];
  machines: number;
  workersPerMachine: number;
  /** Visits per second to the whole group. */
  arrivalRatePerSec: number;
  /** Mean service of a visit after the machine's speed (ms). */
  meanServiceMs: number;
  /** ρ of the busiest machine (a hot key makes a hot node or shard); ≥ 1 cannot keep up. */
  utilization: number;
  /** ρ averaged over the machines. */
  meanUtilization: number;
  /** Mean wait of a visit (ms; Infinity when a machine is saturated). */
  meanWaitMs: number;
  meanResponseMs: number;
  /** Visits per second the group can serve: machines × workers × 1000 / service ms. */
  capacityPerSec: number;
  /** ρ per machine. */
  perMachine: number[];
}

/** Theory of one component. */
export interface ComponentTheory {
  id: string;
  kind: ComponentKind;
  label: string;
  /** Requests per second reaching it (a CDN's lookups; a cache's lookups and writes). */
  arrivalRatePerSec: number;
  utilization: number;
  groups: GroupTheory[];
  /** Caches and CDNs: share of reads that hit (Che's approximation with the invalidations it sees). */
  hitRate: number | null;
  /** Caches and CDNs: writes per second that drop a key. */
  invalidationsPerSec: number;
  /** External APIs: share of calls refused by the rate limit. */
  rateLimitedShare: number | null;
}

/** Theory of one request class. */
export interface ClassTheory {
  id: string;
  label: string;
  ratePerSec: number;
  /** Σ along the path of reach × (wait + service): the caller's mean response (ms). */
  meanResponseMs: number;
  /** Queued jobs per second and their mean time from enqueue to the end of the path (null: no queue). */
  jobsPerSec: number;
  jobMeanResponseMs: number | null;
  /** Share of requests refused by a rate limit or failed by an external API. */
  errorShare: number;
}

/** The predicted bottleneck: the busiest machine's group, with its load and capacity. */
export interface TheoryBottleneck {
  id: string;
  label: string;
  role: StationGroup['role'];
  utilization: number;
  offeredPerSec: number;
  capacityPerSec: number;
  why: string;
}

/**
 * Theory of a design at one arrival rate, from the design alone (no run): an open Jackson
 * network with an M/M/c (Allen–Cunneen for other service shapes) per machine.
 *
 * @example
 * const t: DesignTheory = designTheory(design);
 */
export interface DesignTheory {
  ratePerSec: number;
  perComponent: ComponentTheory[];
  perClass: ClassTheory[];
  bottleneck: TheoryBottleneck | null;
  nextBottleneck: TheoryBottleneck | null;
  /** Arrival rate at which the bottleneck's busiest machine reaches ρ = 1. */
  saturatesAtRatePerSec: number;
  /** The monthly bill at the day's expected traffic (queues at their minimum workers). */
  bill: DesignBill;
  /** What the numbers assume, one short sentence each (show them beside the numbers). */
  assumes: string[];
}

/** One visit of a class's step: its rate (req/s), its split over the group's stations, its service (ms at speed 1). */
interface Visit {
  cls: number;
  step: number;
  rate: number;
  group: StationGroup | null;
  split: Float64Array;
  ms: number;
  /** Fraction of the class's requests (or jobs, after the queue) that make this visit. */
  reach: number;
  afterQueue: boolean;
  /** Extra mean time not spent at a station (a CDN's edge latency, a sync write's replica). */
  delayMs: number;
}

const ASSUMES = [
  'Poisson arrivals at the peak rate, steady state (a day’s slow change is ignored)',
  'exponential service (Allen–Cunneen for other shapes and mixes), one M/M/c per machine',
  'requests split evenly over a balancer’s machines; keys placed where the engine puts them',
  'caches warm at their independent-reference hit rates (Che’s approximation, with the invalidations their writes cause)',
  'no faults, timeouts or retries; queues at their minimum workers (the maximum if the minimum cannot keep up)',
];

function placementFor(comp: CompiledComponent, grid: KeyGrid): Placement {
  const c = comp.c;
  if (c.kind === 'database') return keyPlacement(c.sharding === 'hash' ? 'modulo' : c.sharding, c.shards, comp.keySpace, grid);
  if (c.kind === 'cache') return keyPlacement('modulo', c.nodes, comp.keySpace, grid, 1);
  return keyPlacement('modulo', 1, comp.keySpace, grid);
}

interface Walked {
  visits: Visit[];
  loads: (CacheLoad | null)[];
  extOffered: Float64Array;
  callerEnd: number[];
  errorShare: number[];
}

/** Walks every class's path with the current hit and pass probabilities. */
function walk(plan: CompiledDesign, rate: number, grid: KeyGrid, mass: Float64Array[], pIn: (Float64Array | null)[], pass: Float64Array, places: (Placement | null)[]): Walked {
  const ng = grid.count.length;
  const loads: (CacheLoad | null)[] = plan.components.map((c) => (c.kind === K.cache || c.kind === K.cdn ? { read: new Float64Array(ng), invalidate: new Float64Array(ng), update: new Float64Array(ng) } : null));
  const extOffered = new Float64Array(plan.components.length);
  const visits: Visit[] = [];
  const callerEnd: number[] = [];
  const errorShare: number[] = [];
  for (const cc of plan.classes) {
    const lambda = cc.rc.share * rate;
    const reach = Float64Array.from(mass[cc.index] as Float64Array);
    let total = 1;
    let queued = false;
    let failed = 0;
    const sum = () => reach.reduce((a, b) => a + b, 0);
    for (let s = 0; s < cc.steps; s++) {
      const comp = plan.components[cc.stepComp[s] as number] as CompiledComponent;
      const kind = comp.kind;
      const flags = cc.stepFlags[s] as number;
      if (kind === K.lb || total <= 0) continue;
      const g = comp.groups[0] ?? null;
      const v: Visit = { cls: cc.index, step: s, rate: lambda * total, group: null, split: new Float64Array(0), ms: cc.stepMs[s] as number, reach: total, afterQueue: queued, delayMs: 0 };
      const keyedSplit = (placement: Placement | null, parts: number) => {
        const out = new Float64Array(parts);
        if (placement) for (let i = 0; i < ng; i++) if ((reach[i] as number) > 0) placement(i, reach[i] as number, out);
        const t = out.reduce((a, b) => a + b, 0);
        if (t > 0) for (let i = 0; i < parts; i++) out[i] = (out[i] as number) / t;
        return out;
      };
      const even = (n: number) => new Float64Array(n).fill(1 / n);
      if (kind === K.cdn || kind === K.cache) {
        const load = loads[comp.index] as CacheLoad;
        if (!(flags & SF_SESSION)) {
          const arr = cc.stepOp[s] === OP_READ ? load.read : flags & SF_UPDATE ? load.update : load.invalidate;
          for (let i = 0; i < ng; i++) arr[i] = (arr[i] as number) + (lambda * (reach[i] as number)) / (grid.count[i] as number);
        }
        if (kind === K.cdn) v.delayMs = v.ms;
        else if (!(flags & SF_NO_WAIT) && g) {
          v.group = g;
          v.split = flags & SF_SESSION ? even(g.count) : keyedSplit(places[comp.index] ?? null, g.count);
        }
        visits.push(v);
        if (cc.stepOp[s] === OP_READ && !(flags & SF_SESSION)) {
          const p = pIn[comp.index];
          if (p) for (let i = 0; i < ng; i++) reach[i] = (reach[i] as number) * (1 - (p[i] as number));
          total = sum();
        }
        continue;
      }
      if (kind === K.database) {
        const db = comp.c as ComponentOf<'database'>;
        const [primaries, replicas] = comp.groups;
        const shards = keyedSplit(places[comp.index] ?? null, db.shards);
        const toReplica = cc.stepOp[s] === OP_READ && flags & SF_REPLICA && replicas;
        const grp = (toReplica ? replicas : primaries) as StationGroup;
        v.group = grp;
        if (toReplica) {
          v.split = new Float64Array(grp.count);
          for (let sh = 0; sh < db.shards; sh++) for (let r = 0; r < db.replicas; r++) v.split[sh * db.replicas + r] = (shards[sh] as number) / db.replicas;
        } else v.split = shards;
        if (cc.stepOp[s] !== OP_READ && db.replication === 'sync' && db.replicas > 0) v.delayMs = db.replicationLagMs;
        if (!(flags & SF_NO_WAIT)) visits.push(v);
        continue;
      }
      if (flags & SF_NO_WAIT || !g) continue;
      v.group = g;
      v.split = kind === K.service ? (flags & SF_AFTER_LB ? even(g.count) : Float64Array.of(1, ...new Array<number>(g.count - 1).fill(0))) : even(g.count);
      if (kind === K.external) {
        extOffered[comp.index] = (extOffered[comp.index] as number) + v.rate;
        const ok = (pass[comp.index] as number) * (1 - (comp.c as ComponentOf<'external'>).failureRate);
        v.rate *= pass[comp.index] as number;
        v.reach *= pass[comp.index] as number;
        visits.push(v);
        if (!queued) failed += total * (1 - ok);
        for (let i = 0; i < ng; i++) reach[i] = (reach[i] as number) * ok;
        total = sum();
        continue;
      }
      visits.push(v);
      if (kind === K.queue && !queued) {
        queued = true;
        callerEnd[cc.index] = s;
      }
    }
    if (!queued) callerEnd[cc.index] = cc.steps;
    errorShare[cc.index] = failed;
  }
  return { visits, loads, extOffered, callerEnd, errorShare };
}

/**
 * Offered load, utilisation and mean responses of a design at `ratePerSec` arrivals per second
 * (default: the day's highest rate, spike and scheduled surges included), from the design alone.
 * Hit rates come from Che's approximation over the key popularity each cache really sees (after
 * the caches before it, with the invalidations of the classes that write there); each machine is
 * an M/M/c; a class's response is the sum over its path of reach × (wait + service). Closed
 * form: its cost grows with the keys' grid (≈ 2,000 groups) and the stations, never with a
 * queue's length.
 *
 * @example
 * designTheory(designSchema.parse(json)).bottleneck?.why;
 */
export function designTheory(design: Design, ratePerSec?: number): DesignTheory {
  const plan = compileDesign(design);
  const rate = ratePerSec ?? peakRate(plan.traffic);
  const maxKeys = Math.max(1, ...plan.classes.map((c) => c.rc.keys.count));
  const grid = keyGrid(maxKeys);
  const mass = plan.classes.map((c) => zipfMass(grid, c.rc.keys.count, c.rc.keys.zipf));
  const places = plan.components.map((c) => (c.kind === K.database || c.kind === K.cache ? placementFor(c, grid) : null));
  let pIn: (Float64Array | null)[] = plan.components.map(() => null);
  const pass = new Float64Array(plan.components.length).fill(1);
  let w = walk(plan, rate, grid, mass, pIn, pass, places);
  // caches upstream change what the ones downstream see: iterate to a fixed point (a few passes)
  for (let iter = 0; iter < 6; iter++) {
    pIn = plan.components.map((c) => {
      const load = w.loads[c.index];
      if (!load) return null;
      const cc = c.c as ComponentOf<'cache'> | ComponentOf<'cdn'>;
      const capacity = cc.kind === 'cache' ? cc.nodes * cc.capacityPerNode : cc.capacity;
      return inCacheProbability(cc.policy, grid, load, capacity, cc.ttlMs);
    });
    for (const c of plan.components)
      if (c.kind === K.external) {
        const limit = (c.c as ComponentOf<'external'>).rateLimitPerSec;
        const offered = w.extOffered[c.index] as number;
        pass[c.index] = limit > 0 && offered > limit ? limit / offered : 1;
      }
    const next = walk(plan, rate, grid, mass, pIn, pass, places);
    const moved = next.visits.some((v, i) => Math.abs(v.rate - (w.visits[i]?.rate ?? 0)) > 1e-9 * Math.max(1, v.rate));
    w = next;
    if (!moved && iter > 0) break;
  }
  return assemble(design, plan, rate, grid, w, pIn, pass);
}

function assemble(design: Design, plan: CompiledDesign, rate: number, grid: KeyGrid, w: Walked, pIn: (Float64Array | null)[], pass: Float64Array): DesignTheory {
  const n = plan.stationCount;
  const lam = new Float64Array(n);
  const work = new Float64Array(n);
  const work2 = new Float64Array(n);
  for (const v of w.visits) {
    const g = v.group;
    if (!g) continue;
    const s = v.ms / g.speed;
    const m2 = s * s * (1 + scv(g.dist, g.cv));
    for (let i = 0; i < g.count; i++) {
      const l = v.rate * (v.split[i] ?? 0);
      lam[g.start + i] = (lam[g.start + i] as number) + l;
      work[g.start + i] = (work[g.start + i] as number) + l * s;
      work2[g.start + i] = (work2[g.start + i] as number) + l * m2;
    }
  }
  const workersOf = (g: StationGroup, comp: CompiledComponent): number => {
    const q = comp.c.kind === 'queue' ? comp.c : null;
    if (!q?.autoscale) return g.workers;
    const a = ((work[g.start] as number) / 1000) * 1;
    return a < q.workers ? q.workers : Math.max(q.workers, q.autoscale.maxWorkers);
  };
  const wait = new Float64Array(n);
  const rho = new Float64Array(n);
  const groupTheory = new Map<StationGroup, GroupTheory>();
  for (const comp of plan.components)
    for (const g of comp.groups) {
      const c = workersOf(g, comp);
      let l = 0;
      let wk = 0;
      let waitSum = 0;
      const perMachine: number[] = [];
      for (let i = g.start; i < g.start + g.count; i++) {
        const li = lam[i] as number;
        const si = li > 0 ? (work[i] as number) / li : 0;
        rho[i] = (li * si) / 1000 / c;
        perMachine.push(rho[i] as number);
        if (li > 0) {
          const cs2 = Math.max(0, (work2[i] as number) / li / (si * si) - 1);
          wait[i] = mmc(li, si, c).meanWaitMs * ((1 + cs2) / 2);
        }
        l += li;
        wk += work[i] as number;
        waitSum += li * (wait[i] as number);
      }
      const meanServiceMs = l > 0 ? wk / l : 0;
      const meanWaitMs = l > 0 ? waitSum / l : 0;
      groupTheory.set(g, {
        role: g.role,
        machines: g.count,
        workersPerMachine: c,
        arrivalRatePerSec: l,
        meanServiceMs,
        utilization: Math.max(0, ...perMachine),
        meanUtilization: perMachine.reduce((a, b) => a + b, 0) / Math.max(1, perMachine.length),
        meanWaitMs,
        meanResponseMs: meanWaitMs + meanServiceMs,
        capacityPerSec: meanServiceMs > 0 ? (g.count * c * 1000) / meanServiceMs : Infinity,
        perMachine,
      });
    }
  // per class: reach × (wait at the machines it goes to + its own service) along the path
  const perClass: ClassTheory[] = plan.classes.map((cc) => {
    const lambda = cc.rc.share * rate;
    let caller = 0;
    let job = 0;
    let jobsPerSec = 0;
    for (const v of w.visits) {
      if (v.cls !== cc.index) continue;
      let t = v.delayMs;
      if (v.group) {
        let wq = 0;
        for (let i = 0; i < v.group.count; i++) wq += (v.split[i] ?? 0) * (wait[v.group.start + i] as number);
        t += wq + v.ms / v.group.speed;
      }
      if (v.afterQueue || (cc.queueStep >= 0 && v.step === cc.queueStep)) {
        if (v.step === cc.queueStep) jobsPerSec = v.rate;
        job += v.rate * t;
      } else caller += v.reach * t;
    }
    return {
      id: cc.rc.id,
      label: cc.rc.label,
      ratePerSec: lambda,
      meanResponseMs: caller,
      jobsPerSec,
      jobMeanResponseMs: cc.queueStep >= 0 ? (jobsPerSec > 0 ? job / jobsPerSec : 0) : null,
      errorShare: w.errorShare[cc.index] ?? 0,
    };
  });
  const perComponent: ComponentTheory[] = plan.components
    .filter((c) => c.kind !== K.client)
    .map((comp) => {
      const groups = comp.groups.map((g) => groupTheory.get(g) as GroupTheory);
      const load = w.loads[comp.index];
      const p = pIn[comp.index];
      let reads = 0;
      let hits = 0;
      let inv = 0;
      if (load && p)
        for (let i = 0; i < grid.count.length; i++) {
          const r = (load.read[i] as number) * (grid.count[i] as number);
          reads += r;
          hits += r * (p[i] as number);
          inv += (load.invalidate[i] as number) * (grid.count[i] as number);
        }
      const visits = w.visits.filter((v) => plan.classes[v.cls]?.stepComp[v.step] === comp.index).reduce((a, v) => a + v.rate, 0);
      const offered = w.extOffered[comp.index] as number;
      return {
        id: comp.id,
        kind: COMPONENT_KINDS[comp.kind] as ComponentKind,
        label: comp.c.label,
        arrivalRatePerSec: comp.kind === K.external ? offered : visits,
        utilization: Math.max(0, ...groups.map((g) => g.utilization)),
        groups,
        hitRate: load ? (reads > 0 ? hits / reads : 0) : null,
        invalidationsPerSec: inv,
        rateLimitedShare: comp.kind === K.external ? 1 - (pass[comp.index] as number) : null,
      };
    });
  const ranked: TheoryBottleneck[] = [];
  for (const c of perComponent)
    for (const g of c.groups) {
      if (g.arrivalRatePerSec <= 0) continue;
      const name = g.role === 'replica' ? `${c.label} (replicas)` : g.role === 'primary' && c.groups.length > 1 ? `${c.label} (primary)` : c.label;
      const hot = g.machines > 1 && g.utilization > 1.2 * g.meanUtilization ? ' (one machine is hotter: a hot key)' : '';
      ranked.push({
        id: c.id,
        label: name,
        role: g.role,
        utilization: g.utilization,
        offeredPerSec: g.arrivalRatePerSec,
        capacityPerSec: g.capacityPerSec,
        why: `${name}: ${Math.round(100 * g.utilization)} % busy${hot} (${Math.round(g.arrivalRatePerSec).toLocaleString('en-US')} req/s offered, ${Math.round(g.capacityPerSec).toLocaleString('en-US')} req/s capacity)`,
      });
    }
  ranked.sort((a, b) => b.utilization - a.utilization);
  const top = ranked[0] ?? null;
  // the bill at the day's expected traffic: requests per real day at usage-priced components
  const dayArrivals = expectedArrivals(plan.traffic, 0, plan.traffic.dayMs);
  const perRequest = (id: string) => perComponent.find((c) => c.id === id)?.arrivalRatePerSec ?? 0;
  const requestsPerDay: Record<string, number> = {};
  for (const c of perComponent)
    if (c.kind === 'cdn' || c.kind === 'object-store' || c.kind === 'external') requestsPerDay[c.id] = rate > 0 ? ((perRequest(c.id) / rate) * dayArrivals * 86_400_000) / plan.traffic.dayMs : 0;
  return {
    ratePerSec: rate,
    perComponent,
    perClass,
    bottleneck: top,
    nextBottleneck: ranked[1] ?? null,
    saturatesAtRatePerSec: top && top.utilization > 0 ? rate / top.utilization : Infinity,
    bill: designBill(design, { requestsPerDay }),
    assumes: ASSUMES,
  };
}

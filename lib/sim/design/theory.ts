import { scv } from '../core/distributions';
import { mmc } from '../theory';
import type { ComponentKind, ComponentOf } from './components';
import { COMPONENT_KINDS } from './components';
import { inCacheProbability, keyGrid, zipfMass, type KeyGrid } from './che';
import { compileDesign, K, type CompiledComponent, type CompiledDesign, type StationGroup } from './compile';
import type { Design } from './parts';
import { placementFor, walk, type Walked } from './theory-walk';
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
  /** Σ along the path of reach × (wait + service), over the requests answered without an error: the caller's mean response (ms). */
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

const ASSUMES = [
  'Poisson arrivals at the peak rate, steady state (a day’s slow change is ignored)',
  'exponential service (Allen–Cunneen for other shapes and mixes), one M/M/c per machine',
  'requests split evenly over a balancer’s machines; keys placed where the engine puts them',
  'caches warm at their independent-reference hit rates (Che’s approximation, with the invalidations their writes cause)',
  'no faults, timeouts or retries; queues at their minimum workers (the maximum if the minimum cannot keep up)',
];

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
      } else caller += v.reach * t * (v.success ?? 1); // the run's latencies are those of requests answered without an error
    }
    const answered = 1 - (w.errorShare[cc.index] ?? 0);
    if (answered > 0) caller /= answered;
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
      if (g.arrivalRatePerSec <= 0 && !(c.rateLimitedShare && c.rateLimitedShare > 0)) continue;
      const design = plan.components.find((x) => x.id === c.id)?.c;
      const limit = design?.kind === 'external' ? design.rateLimitPerSec : 0;
      if (limit > 0 && c.arrivalRatePerSec / limit >= g.utilization) {
        const use = c.arrivalRatePerSec / limit;
        ranked.push({ id: c.id, label: c.label, role: g.role, utilization: use, offeredPerSec: c.arrivalRatePerSec, capacityPerSec: limit, why: `${c.label}: ${Math.round(100 * use)} % of its rate limit at the peak (${Math.round(c.arrivalRatePerSec).toLocaleString('en-US')} calls/s offered, ${limit.toLocaleString('en-US')} allowed)` });
        continue;
      }
      const name = g.role === 'replica' ? `${c.label} (replicas)` : g.role === 'primary' && c.groups.length > 1 ? `${c.label} (primary)` : c.label;
      const hot = g.machines > 1 && g.utilization > 1.2 * g.meanUtilization ? ` (machine ${g.perMachine.indexOf(g.utilization) + 1} of ${g.machines}: a hot key)` : '';
      ranked.push({
        id: c.id,
        label: name,
        role: g.role,
        utilization: g.utilization,
        offeredPerSec: g.arrivalRatePerSec,
        capacityPerSec: g.capacityPerSec,
        why: `${name}: ${Math.round(100 * g.utilization)} % busy at the peak${hot} (${Math.round(g.arrivalRatePerSec).toLocaleString('en-US')} req/s offered, ${Math.round(g.capacityPerSec).toLocaleString('en-US')} req/s capacity)`,
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

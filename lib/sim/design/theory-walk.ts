import type { ComponentOf } from './components';
import type { CacheLoad, KeyGrid } from './che';
import { K, OP_READ, SF_AFTER_LB, SF_NO_WAIT, SF_REPLICA, SF_SESSION, SF_UPDATE, type CompiledComponent, type CompiledDesign, type StationGroup } from './compile';
import { keyPlacement, type Placement } from './placement';

/**
 * The theory's walk along each class's path (theory.ts assembles the queueing numbers from it).
 */

/** One visit of a class's step: its rate (req/s), its split over the group's stations, its service (ms at speed 1). */
export interface Visit {
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
  /** Of the requests making this visit, the share answered here (a cache hit) and the share failing here (an API's refusal or error). */
  endsOk: number;
  fails: number;
  /** Share of the requests reaching the step that get past a rate limit to make the visit. */
  passIn: number;
  /** Probability that a request making this visit is answered without an error (callers). */
  success?: number;
}

export function placementFor(comp: CompiledComponent, grid: KeyGrid): Placement {
  const c = comp.c;
  if (c.kind === 'database') return keyPlacement(c.sharding === 'hash' ? 'modulo' : c.sharding, c.shards, comp.keySpace, grid);
  if (c.kind === 'cache') return keyPlacement('modulo', c.nodes, comp.keySpace, grid, 1);
  return keyPlacement('modulo', 1, comp.keySpace, grid);
}

export interface Walked {
  visits: Visit[];
  loads: (CacheLoad | null)[];
  extOffered: Float64Array;
  callerEnd: number[];
  errorShare: number[];
}

/** Walks every class's path with the current hit and pass probabilities. */
export function walk(plan: CompiledDesign, rate: number, grid: KeyGrid, mass: Float64Array[], pIn: (Float64Array | null)[], pass: Float64Array, places: (Placement | null)[]): Walked {
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
    const sum = () => reach.reduce((a, b) => a + b, 0);
    for (let s = 0; s < cc.steps; s++) {
      const comp = plan.components[cc.stepComp[s] as number] as CompiledComponent;
      const kind = comp.kind;
      const flags = cc.stepFlags[s] as number;
      if (kind === K.lb || total <= 0) continue;
      const g = comp.groups[0] ?? null;
      const v: Visit = { cls: cc.index, step: s, rate: lambda * total, group: null, split: new Float64Array(0), ms: cc.stepMs[s] as number, reach: total, afterQueue: queued, delayMs: 0, endsOk: 0, fails: 0, passIn: 1 };
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
          const before = total;
          total = sum();
          v.endsOk = before > 0 ? 1 - total / before : 0;
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
        v.passIn = pass[comp.index] as number;
        v.fails = (comp.c as ComponentOf<'external'>).failureRate;
        visits.push(v);
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
    // the caller succeeds from a visit on: answered there, or passes it and succeeds later
    let success = 1;
    const mine = visits.filter((v) => v.cls === cc.index && !v.afterQueue && (cc.queueStep < 0 || v.step < cc.queueStep));
    for (let k = mine.length - 1; k >= 0; k--) {
      const v = mine[k] as Visit;
      v.success = v.endsOk + (1 - v.endsOk - v.fails) * success;
      success = v.passIn * v.success;
    }
    errorShare[cc.index] = 1 - success;
  }
  return { visits, loads, extOffered, callerEnd, errorShare };
}

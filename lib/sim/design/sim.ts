import * as net from '../core/network';
import type { Station } from '../core/station';
import type { CacheStore } from '../models/cache-policies';
import * as plan from './compile';
import { compileDesign, type CompiledClass, type DesignRunOptions } from './compile';
import { applyFault, endEffect, promote } from './faults';
import * as jobs from './jobs';
import type { Design, DesignAction } from './parts';
import { buildDesignResult, buildDesignSnapshot, designMetrics, type DesignResult, type DesignSnapshot } from './result';
import { sampleDesign, seriesColumns, SeriesState } from './series';
import {
  DesignCore,
  EV_ARRIVAL,
  EV_DAY_END,
  EV_DELAY,
  EV_DETECT,
  EV_EFFECT_END,
  EV_FAULT,
  EV_PROMOTE,
  EV_RETRY,
  EV_SCALE_UP,
  EV_SYNC_ACK,
  EV_TIMEOUT,
  EV_WINDOW,
  type QueueState,
} from './sim-core';

// module-local copies: the hot path reads plain constants, not a bundler's live-binding getters
const { MEASURED } = net;
const { K, OP_READ, SF_AFTER_LB, SF_NO_WAIT, SF_REPLICA, SF_SESSION, SF_UPDATE } = plan;
const { ASYNC, DB_DOWN, DOWN, EXTERNAL_ERROR, HIT_END, NO_SESSION, PARTITIONED, RATE_LIMITED } = jobs;
const { lb: K_LB, service: K_SERVICE, cache: K_CACHE, cdn: K_CDN, database: K_DB, queue: K_QUEUE, external: K_EXTERNAL } = K;

/**
 * A design run: each request walks its class's path, visiting one station per step without
 * holding the earlier ones (an open network), with the semantics of each component kind
 * (docs/SIMULATION.md, "Designs"). Deterministic for a design and seed, the same stepped or run
 * to the end; faults come from the design's schedule or from `act` (a {@link DesignAction}).
 *
 * @example
 * const sim = new DesignSim(designSchema.parse(json));
 * sim.advanceTo(60_000);
 * sim.snapshot().components[0]?.machines;
 * const r = sim.runToEnd();
 */
export class DesignSim extends DesignCore<DesignResult, DesignSnapshot> {
  private readonly seriesState = new SeriesState();

  constructor(design: Design, opts: DesignRunOptions = {}) {
    const plan = compileDesign(design, opts);
    super(plan, seriesColumns(plan));
    this.priceOverrides = opts.prices ?? {};
  }

  /** Machine price overrides for the bill (the `system` preset's prices). */
  readonly priceOverrides: Readonly<Record<string, number>>;

  protected handleEvent(kind: number, data: number): void {
    switch (kind) {
      case EV_ARRIVAL:
        if (data === this.arrivalEpoch) this.arrive();
        return;
      case EV_FAULT: {
        const f = this.design.faults[data];
        if (f) applyFault(this, f);
        return;
      }
      case EV_EFFECT_END:
        return endEffect(this, data);
      case EV_DETECT: {
        const b = this.balancers[data >> 10];
        const g = this.plan.components[this.balancerPool[data >> 10] as number]?.groups[0];
        const st = this.stations[(g?.start ?? 0) + (data & 1023)];
        if (b && st) b.setInRotation(data & 1023, st.alive);
        return;
      }
      case EV_PROMOTE:
        return promote(this, data >> 6, data & 63);
      case EV_SCALE_UP:
        return this.scaleUp(this.queues[data] as QueueState);
      case EV_DAY_END:
        return this.endOfDay();
      case EV_DELAY:
        return this.afterEdge(data);
      case EV_TIMEOUT:
        return this.timeout(data);
      case EV_RETRY:
        return this.retry(data);
      case EV_SYNC_ACK:
        return this.syncAck(data);
      case EV_WINDOW:
        return this.markWindow(data);
    }
  }

  /** The pool component behind each balancer. */
  get balancerPool(): number[] {
    return this.plan.balancers.map((b) => b.pool);
  }

  protected go(j: number): void {
    const f = this.jobs;
    const p = this.pool;
    const cc = this.plan.classes[f.cls[j] as number] as CompiledClass;
    for (;;) {
      const s = f.step[j] as number;
      if (s >= cc.steps) return this.finishOk(j);
      const comp = cc.stepComp[s] as number;
      const kind = cc.stepKind[s] as number;
      const flags = cc.stepFlags[s] as number;
      if (this.partitioned[comp]) {
        // a cache cut off is skipped (reads miss, writes are lost); anything else fails
        if ((kind === K_CACHE || kind === K_CDN) && !(flags & SF_SESSION)) {
          f.step[j] = s + 1;
          continue;
        }
        return this.fail(j, PARTITIONED);
      }
      const start = this.compStart[comp] as number;
      switch (kind) {
        case K_LB: {
          const m = this.pickMachine(comp, cc.stepComp[s + 1] as number, f.user[j] as number);
          if (m < 0) return this.fail(j, DOWN);
          f.machine[j] = m;
          f.step[j] = s + 1;
          continue;
        }
        case K_SERVICE:
          return this.send(start + (flags & SF_AFTER_LB ? (f.machine[j] as number) : 0), j, DOWN);
        case K_CACHE: {
          const cache = this.caches[comp];
          if (!cache) return this.fail(j, DOWN);
          const node = flags & SF_SESSION ? (f.user[j] as number) % cache.nodes : cache.node(p.tag[j] as number);
          if (!(this.stations[start + node] as Station).alive) {
            // a dead node: its session store cannot answer; a keyed read misses and goes on
            if (flags & SF_SESSION) return this.fail(j, DOWN);
            f.step[j] = s + 1;
            continue;
          }
          if (flags & SF_NO_WAIT) {
            if (!this.cacheDone(j, cc, s)) return;
            f.step[j] = s + 1;
            continue;
          }
          return this.send(start + node, j, DOWN);
        }
        case K_CDN:
          this.edgeLookup(j, cc, s);
          this.schedule(this.now + (cc.stepMs[s] as number), EV_DELAY, j);
          return;
        case K_DB: {
          const db = this.dbs[comp];
          if (!db) return this.fail(j, DB_DOWN);
          const sh = db.shardOf(p.tag[j] as number);
          if (cc.stepOp[s] === OP_READ && flags & SF_REPLICA) {
            const list = db.replicas[sh] as number[];
            const n = list.length;
            if (n > 0) return this.send(list[n === 1 ? 0 : this.routeRng.int(n)] as number, j, DOWN);
          }
          return this.send(db.primary[sh] as number, j, DB_DOWN);
        }
        case K_QUEUE:
          return this.enqueue(j, comp);
        case K_EXTERNAL: {
          const ext = this.externals[comp];
          if (ext && !ext.take(this.now)) {
            if ((p.flags[j] as number) & MEASURED) ext.rateLimited++;
            return this.fail(j, RATE_LIMITED);
          }
          return this.send(start, j, DOWN);
        }
        default:
          return this.send(start, j, DOWN);
      }
    }
  }

  /** The balancer's choice for a request of `user` (sticky: the user's machine while in rotation). */
  private pickMachine(lb: number, pool: number, user: number): number {
    const bi = this.balancerOf[lb * this.plan.components.length + pool] as number;
    const b = this.balancers[bi];
    if (!b) return -1;
    const pins = this.pins[bi];
    if (!pins) return b.pick(user);
    const pinned = pins[user] as number;
    if (pinned >= 0 && b.inRotation[pinned]) return pinned;
    const m = b.pick(user);
    pins[user] = m;
    return m;
  }

  protected afterService(j: number, si: number): void {
    const g = this.stationGroup[si] as number;
    const p = this.pool;
    if ((p.flags[j] as number) & MEASURED) {
      this.groupVisits[g] = (this.groupVisits[g] as number) + 1;
      this.groupResp[g] = (this.groupResp[g] as number) + this.now - (p.work[j] as number);
      this.groupService[g] = (this.groupService[g] as number) + this.now - (p.start[j] as number);
    }
    const f = this.jobs;
    const cc = this.plan.classes[f.cls[j] as number] as CompiledClass;
    const s = f.step[j] as number;
    const comp = cc.stepComp[s] as number;
    const kind = cc.stepKind[s] as number;
    if (kind === K_CACHE) {
      if (!this.cacheDone(j, cc, s)) return;
    } else {
      if (this.partitioned[comp]) return this.fail(j, PARTITIONED);
      if (kind === K_SERVICE) {
        if (cc.sessionLocal && s === cc.sessionStep && !this.localSession(j, cc, comp, si)) return;
      } else if (kind === K_DB) {
        if (!this.dbDone(j, cc, s, si)) return;
      } else if (kind === K_EXTERNAL) {
        const ext = this.externals[comp];
        if (ext) {
          if ((p.flags[j] as number) & MEASURED) ext.calls++;
          if (ext.c.failureRate > 0 && ext.failRng.next() < ext.c.failureRate) {
            if ((p.flags[j] as number) & MEASURED) ext.failures++;
            return this.fail(j, EXTERNAL_ERROR);
          }
        }
      }
    }
    f.step[j] = s + 1;
    this.go(j);
  }

  /** A cache step's effect; false if the request ended here (a hit, or no session). */
  private cacheDone(j: number, cc: CompiledClass, s: number): boolean {
    const comp = cc.stepComp[s] as number;
    const cache = this.caches[comp];
    if (!cache) return true;
    const f = this.jobs;
    const flags = cc.stepFlags[s] as number;
    if (flags & SF_SESSION) {
      const held = cache.sessions as Uint8Array;
      const user = f.user[j] as number;
      if (cc.session === 1) held[user] = 1;
      else if (!held[user]) {
        this.fail(j, NO_SESSION);
        return false;
      }
      return true;
    }
    const key = this.pool.tag[j] as number;
    const store = cache.stores[cache.node(key)] as CacheStore;
    const local = cache.local(key);
    if (cc.stepOp[s] === OP_READ) {
      cache.lookups++;
      let hit = store.has(local);
      if (hit && cache.ttlMs > 0 && this.now - (cache.filledAt[key] as number) >= cache.ttlMs) {
        store.remove(local);
        hit = false;
      }
      if (!hit) {
        f.miss[j] = (f.miss[j] as number) | (1 << s);
        return true;
      }
      cache.hits++;
      store.hit(local);
      this.finishOk(j);
      return false;
    }
    if (flags & SF_UPDATE) {
      if (store.has(local)) store.hit(local);
      else store.insert(local);
      if (cache.ttlMs > 0) cache.filledAt[key] = this.now;
    } else store.remove(local);
    return true;
  }

  /** A CDN step: a read looks up the edge now (the answer comes after its latency); a write purges or updates. */
  private edgeLookup(j: number, cc: CompiledClass, s: number): void {
    const cache = this.caches[cc.stepComp[s] as number];
    if (!cache) return;
    if (cc.stepOp[s] !== OP_READ) {
      this.cacheDone(j, cc, s);
      return;
    }
    const key = this.pool.tag[j] as number;
    const store = cache.stores[0] as CacheStore;
    cache.lookups++;
    let hit = store.has(key);
    if (hit && cache.ttlMs > 0 && this.now - (cache.filledAt[key] as number) >= cache.ttlMs) {
      store.remove(key);
      hit = false;
    }
    if (hit) {
      cache.hits++;
      store.hit(key);
      this.pool.flags[j] = (this.pool.flags[j] as number) | HIT_END;
    } else this.jobs.miss[j] = (this.jobs.miss[j] as number) | (1 << s);
  }

  /** The edge's latency is over: a hit is answered, a miss goes on. */
  private afterEdge(j: number): void {
    const p = this.pool;
    if ((p.flags[j] as number) & HIT_END) {
      p.flags[j] = (p.flags[j] as number) & ~HIT_END;
      return this.finishOk(j);
    }
    this.jobs.step[j] = (this.jobs.step[j] as number) + 1;
    this.go(j);
  }

  /** Local sessions at the machine that served the step; false if the request failed here. */
  private localSession(j: number, cc: CompiledClass, comp: number, si: number): boolean {
    const at = this.localSessions[comp];
    if (!at) return true;
    const m = si - (this.compStart[comp] as number);
    const user = this.jobs.user[j] as number;
    if (cc.session === 1) {
      at[user] = m;
      return true;
    }
    if (at[user] !== m) {
      this.fail(j, NO_SESSION);
      return false;
    }
    return true;
  }

  /** A query finished: reads count stale answers at replicas, writes replicate (sync ones wait). */
  private dbDone(j: number, cc: CompiledClass, s: number, si: number): boolean {
    const db = this.dbs[cc.stepComp[s] as number];
    if (!db) return true;
    const key = this.pool.tag[j] as number;
    const sh = db.shardOf(key);
    db.perShard[sh] = (db.perShard[sh] as number) + 1;
    if (cc.stepOp[s] === OP_READ) {
      db.reads++;
      if (si !== db.primary[sh] && this.plan.groups[this.stationGroup[si] as number]?.role === 'replica') {
        db.replicaReads++;
        if (db.stale(sh, si, key, this.now)) db.staleReads++;
      }
      return true;
    }
    db.writes++;
    const first = db.commit(sh, key, this.now);
    if (db.c.replication === 'sync' && first >= 0) {
      this.jobs.machine[j] = db.epoch[sh] as number;
      this.schedule(first, EV_SYNC_ACK, j);
      return false;
    }
    return true;
  }

  /** A synchronous write's replica has it: confirmed, unless the primary failed meanwhile. */
  private syncAck(j: number): void {
    const f = this.jobs;
    const cc = this.plan.classes[f.cls[j] as number] as CompiledClass;
    const s = f.step[j] as number;
    const db = this.dbs[cc.stepComp[s] as number];
    if (db && db.epoch[db.shardOf(this.pool.tag[j] as number)] !== f.machine[j]) return this.fail(j, DB_DOWN);
    f.step[j] = s + 1;
    this.go(j);
  }

  /** The caller is answered at the queue; the rest of its path runs as a job from here. */
  private enqueue(j: number, comp: number): void {
    const q = this.queues[comp] as QueueState;
    const f = this.jobs;
    const p = this.pool;
    if ((p.flags[j] as number) & ASYNC) {
      this.send(q.station, j, DOWN);
      return this.maybeScale(q);
    }
    const job = this.create(f.cls[j] as number, f.user[j] as number, p.tag[j] as number, true);
    f.step[job] = f.step[j] as number;
    this.send(q.station, job, DOWN);
    this.maybeScale(q);
    this.finishOk(j);
  }

  private retry(j: number): void {
    this.go(j);
  }

  /** One more worker when the queue is long (after the boot delay); one fewer when it is empty and half idle. */
  maybeScale(q: QueueState): void {
    const a = q.c.autoscale;
    if (!a) return;
    const st = this.stations[q.station] as Station;
    if (st.queueLen > a.queuePerWorker * st.workers && q.scalingUp === 0 && st.workers < Math.max(q.c.workers, a.maxWorkers)) {
      q.scalingUp++;
      this.schedule(this.now + a.bootMs, EV_SCALE_UP, q.comp);
    } else if (st.queueLen === 0 && st.workers > q.c.workers && st.busy <= st.workers >> 1) {
      st.workers--;
      q.workersAvg.set(this.now, st.workers);
    }
  }

  private scaleUp(q: QueueState): void {
    const si = q.station;
    const st = this.stations[si] as Station;
    q.scalingUp--;
    st.workers++;
    q.workersAvg.set(this.now, st.workers);
    while (st.busy < st.workers && st.queueLen > 0) {
      const j = st.shift();
      st.queueAvg.set(this.now, st.queueLen);
      this.offer(si, j);
    }
    this.maybeScale(q);
  }

  protected sampleRow(t: number, row: Float64Array): void {
    sampleDesign(this, this.seriesState, t, row);
  }

  /** Applies a fault now; false if it does not apply (a dead machine killed again, a primary already down…). */
  act(action: DesignAction): boolean {
    return applyFault(this, action);
  }

  /** Internal hooks for faults.ts (kill a station with a cause, schedule). */
  killWith(si: number, cause: number): void {
    this.cause = cause;
    this.killStation(si);
    this.cause = -1;
  }

  at(t: number, kind: number, data: number): void {
    this.schedule(t, kind, data);
  }

  /** Product of the surges active now. */
  get surgeFactor(): number {
    return this.arrivals.surge;
  }

  /** A surge changed the rate: redraw the next arrival from now (exact: the process is memoryless). */
  setSurge(factor: number): void {
    this.arrivals.setSurge(factor);
    this.arrivalEpoch++;
    if (!this.arrivalsOver) this.nextArrival(this.now);
  }

  /** The time series so far (`{ t, <column>… }`). */
  seriesJSON(): Record<string, number[]> {
    return this.series.toJSON();
  }

  /** Largest value of a series column so far (−Infinity before the first sample). */
  seriesMax(column: string): number {
    return this.series.max(column);
  }

  get columns(): readonly string[] {
    return this.series.columns;
  }

  snapshot(): DesignSnapshot {
    return buildDesignSnapshot(this);
  }

  result(): DesignResult {
    return buildDesignResult(this);
  }

  /** The result so far without the series. */
  metrics(): Omit<DesignResult, 'series'> {
    return designMetrics(this);
  }
}

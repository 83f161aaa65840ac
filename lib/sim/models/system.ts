import { exponential } from '../core/distributions';
import type { SimAction } from '../core/engine';
import { MEASURED } from '../core/network';
import type { Station } from '../core/station';
import { BROWSE, CHECKOUT, EMAIL, LOGIN, TIERS } from './system-layout';
import {
  DB_DOWN,
  DOWN,
  EV_ARRIVAL,
  EV_DAY_END,
  EV_DETECT,
  EV_FAULT,
  EV_PROMOTE,
  EV_SCALE_UP,
  EV_SLOW_END,
  F_CACHE,
  F_KILL,
  F_PRIMARY,
  F_SLOW,
  NO_SESSION,
  SystemCore,
  T_APP,
  T_CACHE,
  T_DB,
  T_REPLICAS,
  T_SESSIONS,
  T_WORKERS,
} from './system-core';
import { msAtHour } from './system-traffic';

export { CAUSES } from './system-core';
export { systemSchema, type SystemParams } from './system-schema';
export type { SystemResult, SystemSnapshot } from './system-result';

/**
 * The whole-system simulation: shoppers' requests walk their class's path through the tiers of
 * the chosen stage (see docs/SIMULATION.md, "system"). Faults come from the schedule in the params
 * or from `act`: `kill`/`revive` an app clone, `{ type: 'fault', fault: 'cache-restart' | 'primary-fail' }`.
 * State, bookkeeping and results live in {@link SystemCore}; this class routes requests and applies faults.
 *
 * @example
 * const r = new SystemSim(systemSchema.parse({ stage: 'cache' })).runToEnd();
 * r.perTier.find((t) => t.tier === 'db')?.utilization;
 */
export class SystemSim extends SystemCore {
  protected handleEvent(kind: number, data: number): void {
    if (kind === EV_ARRIVAL) return this.arrive();
    if (kind === EV_FAULT) return this.fault(data);
    if (kind === EV_DETECT) {
      const st = this.stations[data];
      if (st && this.balancer) this.balancer.setInRotation(data, st.alive);
    } else if (kind === EV_PROMOTE) this.promote();
    else if (kind === EV_SLOW_END) this.setSlow(TIERS.indexOf(this.p.slowTier as (typeof TIERS)[number]), 1);
    else if (kind === EV_SCALE_UP) this.scaleUp();
    else if (kind === EV_DAY_END) this.endOfDay();
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
    if (this.pendingApply.length > this.compactAt) {
      // drop applied writes; amortised O(1) per commit even when the lag keeps thousands pending
      this.pendingApply = this.pendingApply.filter((t) => t > this.now);
      this.compactAt = Math.max(4096, 2 * this.pendingApply.length);
    }
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

}

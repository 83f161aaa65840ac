import type { Station } from '../core/station';
import type { ComponentOf } from './components';
import { K } from './compile';
import { DB_DOWN, DOWN } from './jobs';
import type { DesignAction, DesignFault } from './parts';
import { EV_DETECT, EV_EFFECT_END, EV_PROMOTE } from './sim-core';
import type { DesignSim } from './sim';
import { msAtHour } from './traffic';

/**
 * Applies a fault (scheduled or live) at the sim's current time; false when it does not apply
 * (an unknown component, a dead machine killed again, a primary already down). Faults with a
 * duration (slow, partition, surge) end by themselves after `hours` of the simulated day.
 *
 * @example
 * applyFault(sim, { type: 'kill-machine', target: 'app', machine: 0 });
 */
export function applyFault(sim: DesignSim, f: DesignAction | DesignFault): boolean {
  if (f.type === 'surge') return startEffect(sim, { type: 'surge', comp: -1, factor: f.multiplier, active: true }, f.hours);
  const comp = sim.plan.components.find((c) => c.id === f.target);
  if (!comp) return false;
  const g = comp.groups[0];
  switch (f.type) {
    case 'kill-machine':
    case 'revive-machine': {
      if (!g || (comp.kind !== K.service && comp.kind !== K.cache) || f.machine < 0 || f.machine >= g.count) return false;
      const si = g.start + f.machine;
      const st = sim.stations[si] as Station;
      if (f.type === 'kill-machine') {
        if (!st.alive) return false;
        sim.killWith(si, DOWN);
        forget(sim, comp.index, f.machine);
      } else {
        if (st.alive) return false;
        st.alive = true;
      }
      // the balancers learn it at their next health check
      sim.plan.balancers.forEach((b, bi) => {
        if (b.pool !== comp.index) return;
        const lb = sim.plan.components[b.lb]?.c as ComponentOf<'lb'>;
        sim.at(sim.now + lb.healthCheckMs, EV_DETECT, (bi << 10) | f.machine);
      });
      return true;
    }
    case 'restart-cache': {
      const cache = sim.caches[comp.index];
      if (!cache) return false;
      cache.stores = cache.stores.map((_, n) => cache.fresh(n));
      cache.sessions?.fill(0);
      return true;
    }
    case 'fail-primary': {
      const db = sim.dbs[comp.index];
      const sh = f.shard;
      if (!db || sh >= db.shards || db.down[sh]) return false;
      // confirmed writes the replica to be promoted has not applied are lost (a sync write is confirmed only once it has)
      if ((db.replicas[sh] as number[]).length > 0 && db.c.replication === 'async') db.lostCommits += db.unapplied(sh, sim.now);
      db.down[sh] = 1;
      db.failovers++;
      db.epoch[sh] = (db.epoch[sh] as number) + 1;
      sim.killWith(db.primary[sh] as number, DB_DOWN);
      sim.at(sim.now + db.c.promotionDelayMs, EV_PROMOTE, (comp.index << 6) | sh);
      return true;
    }
    case 'slow':
      return startEffect(sim, { type: 'slow', comp: comp.index, factor: f.factor, active: true }, f.hours);
    case 'partition':
      return startEffect(sim, { type: 'partition', comp: comp.index, factor: 1, active: true }, f.hours);
  }
}

/** A killed machine's memory is gone: its local sessions, its cache node's entries and sessions. */
function forget(sim: DesignSim, comp: number, machine: number): void {
  const local = sim.localSessions[comp];
  if (local) for (let u = 0; u < local.length; u++) if (local[u] === machine) local[u] = -1;
  const cache = sim.caches[comp];
  if (!cache) return;
  cache.stores[machine] = cache.fresh(machine);
  const held = cache.sessions;
  if (held) for (let u = 0; u < held.length; u++) if (u % cache.nodes === machine) held[u] = 0;
}

function startEffect(sim: DesignSim, e: (typeof sim.effects)[number], hours: number): boolean {
  if (hours <= 0 || (e.type !== 'partition' && e.factor <= 1)) return false;
  const id = sim.effects.length;
  sim.effects.push(e);
  refresh(sim, e);
  sim.at(sim.now + msAtHour(sim.design.run.dayMs, hours), EV_EFFECT_END, id);
  return true;
}

/**
 * Ends effect `id` (its duration is over).
 *
 * @example
 * // on EV_EFFECT_END: endEffect(sim, data)
 */
export function endEffect(sim: DesignSim, id: number): void {
  const e = sim.effects[id];
  if (!e || !e.active) return;
  e.active = false;
  refresh(sim, e);
}

/** Recomputes what an effect's kind controls from the effects still active. */
function refresh(sim: DesignSim, e: (typeof sim.effects)[number]): void {
  const active = sim.effects.filter((x) => x.active && x.type === e.type && x.comp === e.comp);
  if (e.type === 'surge') return sim.setSurge(active.reduce((m, x) => m * x.factor, 1));
  if (e.type === 'partition') {
    sim.partitioned[e.comp] = active.length;
    return;
  }
  const factor = active.reduce((m, x) => m * x.factor, 1);
  for (const g of sim.plan.components[e.comp]?.groups ?? [])
    for (let si = g.start; si < g.start + g.count; si++) (sim.stations[si] as Station).speed = (sim.baseSpeed[si] as number) / factor;
}

/**
 * The promotion delay is over: shard `sh`'s first replica becomes its primary (with no replica,
 * the old primary comes back).
 *
 * @example
 * // on EV_PROMOTE: promote(sim, comp, shard)
 */
export function promote(sim: DesignSim, comp: number, sh: number): void {
  const db = sim.dbs[comp];
  if (!db) return;
  const before = db.primary[sh] as number;
  const now = db.promote(sh);
  if (now === before) (sim.stations[now] as Station).alive = true;
}

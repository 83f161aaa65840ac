import type { SimAction, Simulation } from '../core/engine';
import type { Station } from '../core/station';
import { DesignSim } from '../design/sim';
import { crumbDesign, CRUMB_IDS } from './system-design';
import type { TierId } from './system-layout';
import { buildSystemResult, type SystemResult, type SystemSnapshot } from './system-result';
import type { SystemParams } from './system-schema';

export { systemSchema, type SystemParams } from './system-schema';
export type { SystemResult, SystemSnapshot } from './system-result';

/** Why a request failed, in the whole-system model's order. */
export const CAUSES = ['queue-full', 'machine-down', 'no-session', 'database-down'] as const;

/**
 * The whole-system simulation: Crumb & Co's shop at the params' stage, built as a design
 * ({@link crumbDesign}) and run by the design model, reported under the system model's names
 * (see docs/SIMULATION.md, "system"). Faults come from the schedule in the params or from `act`:
 * `kill`/`revive` an app clone, `{ type: 'fault', fault: 'cache-restart' | 'primary-fail' }`.
 *
 * @example
 * const r = new SystemSim(systemSchema.parse({ stage: 'cache' })).runToEnd();
 * r.perTier.find((t) => t.tier === 'db')?.utilization;
 */
export class SystemSim implements Simulation<SystemResult, SystemSnapshot> {
  readonly sim: DesignSim;

  constructor(readonly p: SystemParams) {
    const { design, options } = crumbDesign(p);
    this.sim = new DesignSim(design, options);
  }

  get now(): number {
    return this.sim.now;
  }

  get done(): boolean {
    return this.sim.done;
  }

  advanceTo(tMs: number): void {
    this.sim.advanceTo(tMs);
  }

  runToEnd(): SystemResult {
    this.sim.advanceTo(Infinity);
    return this.result();
  }

  result(): SystemResult {
    return buildSystemResult(this.p, this.sim, this.sim.result(), true) as SystemResult;
  }

  snapshot(): SystemSnapshot {
    return buildSystemResult(this.p, this.sim, this.sim.metrics(), false) as SystemSnapshot;
  }

  /** The stations of a tier (its machines, for tests and views that look inside). */
  tierStations(tier: TierId): Station[] {
    const id = { app: CRUMB_IDS.app, sessions: CRUMB_IDS.sessions, cache: CRUMB_IDS.cache, db: CRUMB_IDS.db, replicas: CRUMB_IDS.db, workers: CRUMB_IDS.workers }[tier];
    const role = tier === 'db' ? 'primary' : tier === 'replicas' ? 'replica' : 'main';
    const g = this.sim.plan.components.find((c) => c.id === id)?.groups.find((x) => x.role === role);
    return g ? this.sim.stations.slice(g.start, g.start + g.count) : [];
  }

  act(a: SimAction): boolean {
    const s = this.sim;
    if (a.type === 'fault') return a.fault === 'cache-restart' ? s.act({ type: 'restart-cache', target: CRUMB_IDS.cache }) : s.act({ type: 'fail-primary', target: CRUMB_IDS.db, shard: 0 });
    if (a.type === 'add-server' || this.p.stage === 'one-box') return false;
    return s.act({ type: a.type === 'kill' ? 'kill-machine' : 'revive-machine', target: CRUMB_IDS.app, machine: a.server });
  }
}

import type { DeploySnapshot, ServerPhase } from '@/lib/sim/models/deploy';

/** One server of a deploy snapshot. */
export type DeployServer = DeploySnapshot['servers'][number];

/** Counts that describe the fleet at one moment of a deploy. */
export interface FleetSummary {
  /** Servers taking traffic, by the version they run. */
  inRotationA: number;
  inRotationB: number;
  booting: number;
  draining: number;
  /** Machines switched on (serving, draining or booting): what you pay for. */
  running: number;
  /** Share of new requests the balancer sends to old code (NaN when nothing is in rotation). */
  oldCodeRouteShare: number;
}

/**
 * Summarises a deploy snapshot. A server takes traffic only in the `serving` phase; a retired
 * server still counts as running until its queue has drained. Round robin over the servers in
 * rotation sends each one the same share of new requests.
 *
 * @example
 * fleetSummary([{ version: 'A', phase: 'serving', queue: 0, busy: 0, served: 9 }, { version: 'B', phase: 'serving', queue: 0, busy: 1, served: 3 }]);
 * // { inRotationA: 1, inRotationB: 1, booting: 0, draining: 0, running: 2, oldCodeRouteShare: 0.5 }
 */
export function fleetSummary(servers: readonly DeployServer[]): FleetSummary {
  let inRotationA = 0;
  let inRotationB = 0;
  let booting = 0;
  let draining = 0;
  let running = 0;
  for (const s of servers) {
    if (s.phase === 'serving') {
      if (s.version === 'A') inRotationA++;
      else inRotationB++;
    } else if (s.phase === 'booting') booting++;
    else if (s.phase === 'draining' || (s.phase === 'retired' && s.queue + s.busy > 0)) draining++;
    if (s.phase === 'serving' || s.phase === 'booting' || s.phase === 'draining' || (s.phase === 'retired' && s.queue + s.busy > 0)) running++;
  }
  const total = inRotationA + inRotationB;
  return { inRotationA, inRotationB, booting, draining, running, oldCodeRouteShare: total ? inRotationA / total : NaN };
}

/** Words for a server's phase, naming the version where it matters. */
export function phaseText(s: DeployServer): string {
  const words: Record<ServerPhase, string> = {
    serving: 'serving',
    draining: 'draining, leaving rotation',
    booting: 'booting B',
    idle: 'not started',
    retired: s.queue + s.busy > 0 ? 'draining, then off' : 'switched off',
  };
  return words[s.phase];
}

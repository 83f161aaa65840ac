import { describe, expect, it } from 'vitest';
import { type DeployServer, fleetSummary, phaseText } from './fleet';

const srv = (version: 'A' | 'B', phase: DeployServer['phase'], load = 0): DeployServer => ({ version, phase, queue: load, busy: 0, served: 0 });

describe('fleetSummary', () => {
  it('counts servers in rotation by version and the share routed to old code', () => {
    const f = fleetSummary([srv('A', 'serving'), srv('A', 'serving'), srv('A', 'serving'), srv('B', 'serving'), srv('A', 'booting'), srv('A', 'draining', 3)]);
    expect(f).toMatchObject({ inRotationA: 3, inRotationB: 1, booting: 1, draining: 1, running: 6 });
    expect(f.oldCodeRouteShare).toBe(0.75);
  });

  it('treats a retired server as running only until it has drained', () => {
    const f = fleetSummary([srv('A', 'retired', 2), srv('A', 'retired'), srv('B', 'serving'), srv('B', 'idle')]);
    expect(f).toMatchObject({ running: 2, draining: 1, inRotationB: 1 });
  });

  it('has no old-code share when nothing is in rotation', () => {
    expect(fleetSummary([srv('A', 'booting')]).oldCodeRouteShare).toBeNaN();
  });

  it('names the phase in words', () => {
    expect(phaseText(srv('A', 'booting'))).toBe('booting B');
    expect(phaseText(srv('A', 'retired'))).toBe('switched off');
  });
});

import { describe, expect, it } from 'vitest';
import type { SimAction } from '@/lib/sim/core/engine';
import type { DesignSnapshot } from '@/lib/sim/design';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import { createSimStore } from '../framework/store';
import { simDefinitions } from '../definitions';
import { designRunSim, type DesignParams } from './definition';

const backend = mainThreadBackend(simDefinitions);
const store = () => createSimStore<DesignParams, DesignSnapshot>(designRunSim, { backend });

describe('a design run in the framework', () => {
  it('runs to the end with its numbers; the same design and seed give the same p99 to the last digit', async () => {
    const a = store();
    await a.getState().runToEnd();
    const b = store();
    await b.getState().runToEnd();
    const m = a.getState().a.snapshot.metrics;
    expect(a.getState().done).toBe(true);
    expect(m.requests).toBeGreaterThan(10_000);
    expect(m.p99ResponseMs).toBeGreaterThan(0);
    expect(b.getState().a.snapshot.metrics.p99ResponseMs).toBe(m.p99ResponseMs);
    expect(m.bottleneck?.why).toMatch(/busy/);
  });

  it('a fault scheduled at its time replays exactly, live or run to the end: a killed app server fails requests as "machine down"', async () => {
    const kill = { atMs: 300_000, action: { type: 'kill-machine', target: 'app', machine: 0 } as unknown as SimAction };
    const live = store();
    live.getState().schedule(kill);
    live.getState().play();
    while (!live.getState().done) live.getState().tick(100, false);
    const ended = store();
    ended.getState().schedule(kill);
    await ended.getState().runToEnd();
    const m = ended.getState().a.snapshot.metrics;
    expect(m.errorsByCause['machine-down']).toBeGreaterThan(0);
    expect(live.getState().a.snapshot.metrics.p99ResponseMs).toBe(m.p99ResponseMs);
    expect(live.getState().actions).toEqual([kill]);
  });

  it('a design too big for the page is refused with the levers to lower, and the run keeps its design', () => {
    const s = store();
    const before = s.getState().params.design;
    const big = { ...before, components: before.components.map((c) => (c.kind === 'client' ? { ...c, peakRps: 100_000 } : c)) };
    s.getState().setParam('design', big);
    expect(s.getState().params.design).toBe(before);
    expect(s.getState().notices[0]).toMatch(/^This run would simulate ~[\d.]+ [Mk]? ?events; the page allows 5 M\. Lower the peak traffic/);
  });
});

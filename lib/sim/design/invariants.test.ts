import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateDesignWork } from './estimate';
import type { DesignResult } from './result-types';
import { DesignSim } from './sim';
import { arbitraryDesign } from './test-support';

function allFinite(x: unknown, path = 'result'): string[] {
  if (typeof x === 'number') return (Number.isFinite(x) && x >= 0) || path.endsWith('capacityPerSec') ? [] : [`${path} = ${x}`];
  if (Array.isArray(x)) return x.flatMap((v, i) => allFinite(v, `${path}[${i}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => allFinite(v, `${path}.${k}`));
  return [];
}

/** Conservation, counted two ways: the result's in-system and the engine's own live counters. */
function conserves(sim: DesignSim, r: Omit<DesignResult, 'series'>): void {
  r.perClass.forEach((c, i) => {
    expect(c.completed + c.errors + c.inSystem, c.id).toBe(c.requests);
    expect(c.inSystem, `${c.id} live callers`).toBe(sim.liveBy[i]);
    expect(Object.values(c.errorsByCause).reduce((a, b) => a + b, 0)).toBe(c.errors);
    if (c.jobs) {
      expect(c.jobs.completed + c.jobs.deadLettered + c.jobs.inSystem, `${c.id} jobs`).toBe(c.jobs.jobs);
      expect(c.jobs.inSystem, `${c.id} live jobs`).toBe(sim.jobLiveBy[i]);
    }
  });
  expect(r.completed + r.errors + r.inSystem).toBe(r.requests);
}

describe('design runs over random valid designs', () => {
  it('conserve requests per class (callers and queued jobs), mid-run and at the end; no NaN or negative numbers', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (d) => {
        const sim = new DesignSim(d);
        sim.advanceTo(d.run.dayMs / 2);
        conserves(sim, sim.snapshot().metrics);
        const r = sim.runToEnd();
        conserves(sim, r);
        expect(sim.done).toBe(true);
        for (const c of r.perClass) {
          expect(c.inSystem, c.id).toBe(0);
          if (c.jobs) expect(c.jobs.inSystem, `${c.id} jobs`).toBe(0);
        }
        expect(sim.liveJobs).toBe(0);
        expect(allFinite({ ...r, series: undefined, peakWindow: undefined })).toEqual([]);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('are deterministic and step-invariant: small steps with snapshots, big steps and run-to-end give identical JSON, faults from act() included', () => {
    fc.assert(
      fc.property(arbitraryDesign(), fc.double({ min: 0.1, max: 0.9, noNaN: true }), (d, at) => {
        const end = JSON.stringify(new DesignSim(d).runToEnd());
        expect(JSON.stringify(new DesignSim(d).runToEnd())).toBe(end);
        for (const step of [d.run.dayMs / 97, d.run.dayMs / 3]) {
          const sim = new DesignSim(d);
          for (let t = 0; !sim.done; t += step) {
            sim.advanceTo(t);
            sim.snapshot();
          }
          expect(JSON.stringify(sim.result())).toBe(end);
        }
        // a live fault at the same sim time gives the same run however the clock got there
        const actAt = Math.round(d.run.dayMs * at);
        const withFault = (steps: number) => {
          const sim = new DesignSim(d);
          for (let i = 1; i <= steps; i++) sim.advanceTo((actAt * i) / steps);
          sim.act({ type: 'surge', multiplier: 2, hours: 2 });
          const target = d.components.find((c) => c.kind === 'service');
          if (target) sim.act({ type: 'kill-machine', target: target.id, machine: 0 });
          return JSON.stringify(sim.runToEnd());
        };
        expect(withFault(1)).toBe(withFault(13));
      }),
      { numRuns: 20, seed: 3 },
    );
  });

  it('estimates the events of a run from the design alone: within 25 % when nothing fails, never far under', () => {
    let close = 0;
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const d = { ...design, faults: [] }; // faults change the load the estimate assumes
        const est = estimateDesignWork(d).events;
        const r = new DesignSim(d).runToEnd();
        if (r.events < 1_000) return;
        // refused requests make fewer visits than the estimate budgets for, never more
        expect(est / r.events, `estimate ${Math.round(est)} vs ${r.events}`).toBeGreaterThan(0.75);
        const failed = r.perClass.some((c) => c.errors > 0 || (c.jobs?.deadLettered ?? 0) > 0 || (c.jobs?.retries ?? 0) > 0);
        if (failed) return;
        close++;
        expect(Math.abs(est - r.events) / r.events, `estimate ${Math.round(est)} vs ${r.events}`).toBeLessThan(0.25);
      }),
      { numRuns: 50, seed: 17 },
    );
    expect(close).toBeGreaterThanOrEqual(4);
  });
});

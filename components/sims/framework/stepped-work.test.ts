import { describe, expect, it } from 'vitest';
import { finishSteps } from '@/lib/sim-ui/compute';
import { initialParams } from '@/lib/sim-ui/params';
import { replay } from '@/lib/sim-ui/runner';
import { sweepSteps } from '@/lib/sim-ui/sweep';
import { loadBalancerSim as lbSim } from '../lb/definition';
import { queueSim } from '../queue/definition';
import { runInSlices } from './slices';

// The worker runs a run to the end and a sweep in small steps so a cancel is read between them;
// the steps must not change a single number.

describe('runs to the end and sweeps in steps', () => {
  it('a sweep in steps gives the numbers of its points each run to the end at once, with rising progress', () => {
    const params = initialParams(queueSim, { requests: 2_000, warmupRequests: 200 }).params;
    const steps = sweepSteps(queueSim, params);
    const fractions: number[] = [];
    let r = steps.next();
    while (!r.done) {
      fractions.push(r.value);
      r = steps.next();
    }
    const points = queueSim.sweep!.points(params);
    const direct = points.map((p) => queueSim.create(p.params));
    for (const sim of direct) sim.runToEnd();
    for (const m of queueSim.sweep!.metrics) expect(r.value.y[m.key]).toEqual(direct.map((sim) => m.get(sim.snapshot())));
    // several steps per point, each further than the last, all within (0, 1)
    expect(fractions.length).toBeGreaterThan(points.length * 5);
    expect(fractions.every((f, i) => f > 0 && f < 1 && (i === 0 || f > fractions[i - 1]!))).toBe(true);
  });

  it('a run to the end in steps gives the final state and chart of a replay in one go; a cancel between slices stops it', async () => {
    const params = initialParams(lbSim, { requests: 6_000 }).params;
    // a server dies 1.5 s in: the replay applies it, then the rest runs in steps of 2 chart points
    const actions = [{ atMs: 1500, action: { type: 'kill' as const, server: 1 } }];
    const steps = finishSteps(lbSim, [params], actions, 2);
    let r = steps.next();
    let n = 0;
    while (!r.done) {
      n++;
      r = steps.next();
    }
    const once = replay(lbSim, params, actions);
    expect(n).toBeGreaterThan(1);
    expect(r.value[0]!.snapshot).toEqual(once.snapshot());
    expect(r.value[0]!.series).toEqual(once.series);

    let pauses = 0;
    const end = await runInSlices(finishSteps(lbSim, [params], actions, 1), { sliceMs: 0, isCancelled: () => pauses >= 2, pause: async () => void pauses++ });
    expect(end).toEqual({ done: false });
  });
});

import { describe, expect, it } from 'vitest';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import { shownValue } from '@/lib/sim-ui/definition';
import { initialParams } from '@/lib/sim-ui/params';
import { LaneRunner } from '@/lib/sim-ui/runner';
import { cacheSim } from '../cache/definition';
import { simDefinitions } from '../definitions';
import { queueSim } from '../queue/definition';
import { createSimStore } from './store';

const backend = mainThreadBackend(simDefinitions);
/** Chapter 4's checkout figure: 5 jobs a second, so its 500-job warm-up is 100 s of sim time (20 s of wall time at 5×). */
const checkout = { arrivalRate: 5, serviceTimeMs: 800, workers: 5, responseMode: 'sync', seed: 4 };
const make = (playground = false) => createSimStore(queueSim, { props: checkout, playground, backend });
const counted = (store: ReturnType<typeof make>) => store.getState().a.runner!.snapshot().metrics.requests;

describe('warm-up in a lesson figure', () => {
  it('plays through the warm-up in the first frame and stops where counting starts', () => {
    const store = make();
    store.getState().play();
    store.getState().tick(16, false);
    const s = store.getState();
    expect(counted(store)).toBeGreaterThan(0);
    // It stops on the first chart-grid point after the 500th arrival (about 100 s), not minutes past it.
    expect(s.simTimeMs).toBeGreaterThan(80_000);
    expect(s.simTimeMs).toBeLessThan(130_000);
    // ...and shows the counted numbers at once (published, not at the next 200 ms refresh).
    expect(s.a.snapshot.metrics.requests).toBeGreaterThan(0);
  });

  it('does it again after a <Try> changes a setting, so the numbers are back in a frame', () => {
    const store = make();
    store.getState().play();
    store.getState().tick(16, false);
    store.getState().setParams({ responseMode: 'async' });
    expect(store.getState().simTimeMs).toBe(0);
    store.getState().tick(16, false);
    expect(counted(store)).toBeGreaterThan(0);
  });

  it('leaves the playground at the speed the learner chose (its warm-up is watched, and marked)', () => {
    const store = make(true);
    store.getState().play();
    store.getState().tick(16, false);
    expect(store.getState().simTimeMs).toBeLessThan(1_000);
    expect(counted(store)).toBe(0);
  });

  it('gives the same numbers as a run that was not hurried (the warm-up is only run faster)', () => {
    const hurried = make();
    hurried.getState().play();
    for (let i = 0; i < 40; i++) hurried.getState().tick(16, false);
    const t = 150_000;
    hurried.getState().a.runner!.advanceTo(t);
    const plain = new LaneRunner(queueSim, hurried.getState().params);
    plain.advanceTo(t);
    expect(hurried.getState().a.runner!.snapshot()).toEqual(plain.snapshot());
  });
});

describe('chart series during the warm-up', () => {
  it('leave a gap (NaN) for a statistic such as the hit rate, never a line at 0', () => {
    const lane = new LaneRunner(cacheSim, initialParams(cacheSim, { capacity: 500, zipf: 0.9, policy: 'lru' }).params);
    lane.advanceTo(12_000);
    const hit = lane.series[1 + cacheSim.series.findIndex((d) => d.key === 'hitRate')]!;
    const times = lane.series[0]!;
    const firstCounted = hit.findIndex((v) => !Number.isNaN(v));
    expect(firstCounted).toBeGreaterThan(0);
    // 5,000 warm-up requests at 1,000 a second: the first point with a value is at about 5 s.
    expect(times[firstCounted]).toBeGreaterThanOrEqual(5);
    expect(hit.slice(firstCounted).every((v) => v > 0)).toBe(true);
  });
});


describe('numbers during the warm-up', () => {
  it('read "—" (NaN) for a statistic, and show a state of the system (queue now) as it is', () => {
    const lane = new LaneRunner(queueSim, initialParams(queueSim, checkout).params);
    const metric = (key: string) => queueSim.metrics.find((m) => m.key === key)!;
    lane.advanceTo(50_000); // half-way through the 100 s warm-up
    expect(shownValue(queueSim, metric('p99ResponseMs'), lane.snapshot())).toBeNaN();
    expect(shownValue(queueSim, metric('meanJobTimeMs'), lane.snapshot())).toBeNaN();
    expect(shownValue(queueSim, metric('queueLength'), lane.snapshot())).toBe(lane.snapshot().queueLength);
    lane.advanceTo(200_000);
    expect(shownValue(queueSim, metric('p99ResponseMs'), lane.snapshot())).toBeGreaterThan(800);
  });
});

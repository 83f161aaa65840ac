import { describe, expect, it } from 'vitest';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import { simDefinitions } from '../definitions';
import { queueSim } from '../queue/definition';
import { createSimStore } from './store';

const backend = mainThreadBackend(simDefinitions);
const make = (props: Record<string, unknown> = {}) => createSimStore(queueSim, { props, backend });
const p99 = (store: ReturnType<typeof make>) => store.getState().a.snapshot.metrics.p99ResponseMs;

describe('simulation store', () => {
  it('restarts deterministically when a param changes (same seed, same numbers)', () => {
    const s1 = make();
    const s2 = make();
    s1.getState().setParam('workers', 2);
    s2.getState().setParam('workers', 2);
    for (const s of [s1, s2]) {
      s.getState().play();
      for (let i = 0; i < 50; i++) s.getState().tick(16 + (i % 3), i % 7 === 0);
    }
    expect(s1.getState().simTimeMs).toBeGreaterThan(0);
    // Frame sizes differ a little; sim time is what counts — bring both to the same time.
    const t = 5000;
    for (const s of [s1, s2]) s.getState().a.runner!.advanceTo(t);
    expect(s1.getState().a.runner!.snapshot()).toEqual(s2.getState().a.runner!.snapshot());
    s1.getState().setParam('arrivalRate', 120);
    expect(s1.getState().simTimeMs).toBe(0);
    expect(s1.getState().params.arrivalRate).toBe(120);
    expect(s1.getState().params.workers).toBe(2);
  });

  it('keeps two stores independent', () => {
    const a = make();
    const b = make();
    a.getState().setParam('workers', 3);
    a.getState().step();
    expect(b.getState().params.workers).toBe(1);
    expect(b.getState().simTimeMs).toBe(0);
    expect(a.getState().simTimeMs).toBeGreaterThan(0);
  });

  it('rejects an invalid param with a notice and keeps the old value', () => {
    const s = make();
    s.getState().setParam('workers', 0);
    expect(s.getState().params.workers).toBe(1);
    expect(s.getState().notices[0]).toMatch(/workers must be between 1 and 10000 workers, got 0/);
  });

  it('falls back to defaults for bad link fields, with a notice, and uses the good ones', () => {
    const s = make();
    const link: Record<string, string> = { 'queue.workers': '-5', 'queue.arrivalRate': '120', 'queue.serviceDist': 'telepathy', 'queue.seed': 'abc' };
    s.getState().loadFromUrl((k) => link[k] ?? null);
    const st = s.getState();
    expect(st.params.workers).toBe(1);
    expect(st.params.arrivalRate).toBe(120);
    expect(st.params.serviceDist).toBe('exponential');
    expect(st.params.seed).toBe(1);
    expect(st.notices).toHaveLength(3);
    expect(st.notices.join(' ')).toContain('The link set “Workers” to -5, but it goes from 1 to 16 workers; using 1 worker');
  });

  it('round-trips a run through its share link', async () => {
    const s = make();
    s.getState().setParam('workers', 2);
    s.getState().setParam('arrivalRate', 150);
    s.getState().startCompare('workers');
    s.getState().setCompareValue(3);
    const entries = s.getState().urlEntries();
    const copy = make();
    copy.getState().loadFromUrl((k) => entries[k] ?? null);
    expect(copy.getState().params).toEqual(s.getState().params);
    expect(copy.getState().b?.params.workers).toBe(3);
    await Promise.all([s.getState().runToEnd(), copy.getState().runToEnd()]);
    expect(p99(copy)).toBe(p99(s));
    expect(copy.getState().notices).toEqual([]);
  });

  it('runs A/B lanes on the same seed: only the compared setting differs', async () => {
    const s = make({ arrivalRate: 150, workers: 2 });
    s.getState().startCompare('workers');
    s.getState().setCompareValue(4);
    const { a, b } = s.getState();
    expect(b!.params.seed).toBe(a.params.seed);
    expect({ ...b!.params, workers: 2 }).toEqual(a.params);
    await s.getState().runToEnd();
    // Same arrivals: both lanes saw the same number of requests; more workers → lower p99.
    const sa = s.getState().a.snapshot.metrics;
    const sb = s.getState().b!.snapshot.metrics;
    expect(sb.requests).toBe(sa.requests);
    expect(sb.p99ResponseMs).toBeLessThan(sa.p99ResponseMs);
  });

  it('gives the same final numbers whether played frame by frame or run to the end', async () => {
    const live = make();
    live.getState().setSpeed(1000);
    live.getState().play();
    while (!live.getState().done) live.getState().tick(33, false);
    const ff = make();
    await ff.getState().runToEnd();
    expect(live.getState().a.snapshot).toEqual(ff.getState().a.snapshot);
    expect(live.getState().a.series).toEqual(ff.getState().a.series);
  });

  it('stops a frame where its engine budget runs out, and the run is the same as one without a budget', async () => {
    const budgeted = make();
    budgeted.getState().setSpeed(1000);
    budgeted.getState().play();
    // No time left after the first slice: each frame advances one slice, less than its full step.
    budgeted.getState().tick(100, false, () => false);
    const oneSlice = budgeted.getState().simTimeMs;
    const free = make();
    free.getState().setSpeed(1000);
    free.getState().play();
    free.getState().tick(100, false);
    expect(oneSlice).toBeGreaterThan(0);
    expect(oneSlice).toBeLessThan(free.getState().simTimeMs);
    // Budget or not, the run ends with the same numbers and charts.
    while (!budgeted.getState().done) budgeted.getState().tick(100, false, () => false);
    while (!free.getState().done) free.getState().tick(100, false);
    expect(budgeted.getState().a.snapshot).toEqual(free.getState().a.snapshot);
    expect(budgeted.getState().a.series).toEqual(free.getState().a.series);
  });

  it('applies presets over the definition defaults, keeping the seed', () => {
    const s = make({ seed: 7 });
    s.getState().applyPreset('flash-sale');
    expect(s.getState().params.burstiness).toBe(4);
    expect(s.getState().params.seed).toBe(7);
  });
});

import { describe, expect, it } from 'vitest';
import { runInSlices } from './slices';

/** A job of `n` steps; counts the steps taken. */
function job(n: number) {
  const taken = { steps: 0 };
  function* steps(): Generator<number, string, void> {
    for (let i = 1; i < n; i++) {
      taken.steps++;
      yield i / n;
    }
    taken.steps++;
    return 'finished';
  }
  return { steps: steps(), taken };
}

describe('runInSlices', () => {
  it('runs a job to its value in slices of the given length, reporting progress and pausing between slices', async () => {
    let clock = 0;
    const { steps, taken } = job(10);
    const reports: number[] = [];
    let pauses = 0;
    // every step costs 1 ms on this clock: a 3 ms slice takes 3 steps
    const end = await runInSlices(steps, { now: () => clock++, sliceMs: 3, report: (f) => reports.push(f), isCancelled: () => false, pause: async () => void pauses++ });
    expect(end).toEqual({ done: true, value: 'finished' });
    expect(taken.steps).toBe(10);
    expect(reports).toEqual([0.3, 0.6, 0.9]);
    expect(pauses).toBe(3);
  });

  it('stops at the next slice once cancelled: no further steps, the job closed', async () => {
    let clock = 0;
    const { steps, taken } = job(100);
    let cancelled = false;
    const end = await runInSlices(steps, { now: () => clock++, sliceMs: 5, isCancelled: () => cancelled, pause: async () => void (cancelled = taken.steps >= 10) });
    expect(end).toEqual({ done: false });
    expect(taken.steps).toBe(10);
    expect(steps.next()).toEqual({ done: true, value: undefined });
  });
});

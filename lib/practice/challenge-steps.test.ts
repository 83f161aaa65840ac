import { describe, expect, it } from 'vitest';
import { models, type ModelName } from '@/lib/sim/models';
import { runModel } from '@/lib/sim/params';
import { PAGE_BUDGET } from '@/lib/sim/work';
import { CHALLENGES, getChallenge } from './challenges';
import { checkSeedsWork, progressText, runSteps, seedProgress } from './challenge-steps';

describe('seedProgress', () => {
  it('names the running seed and the whole check’s percentage', () => {
    expect(seedProgress(0, 3)).toEqual({ seed: 1, of: 3, percent: 0 });
    expect(seedProgress(0.32, 3)).toEqual({ seed: 1, of: 3, percent: 32 });
    expect(seedProgress(0.34, 3)).toEqual({ seed: 2, of: 3, percent: 34 });
    expect(seedProgress(0.999, 3)).toEqual({ seed: 3, of: 3, percent: 99 });
    // never past the last seed or 100 %, whatever arrives
    expect(seedProgress(1, 3)).toEqual({ seed: 3, of: 3, percent: 100 });
    expect(seedProgress(7, 3)).toEqual({ seed: 3, of: 3, percent: 100 });
    expect(seedProgress(Number.NaN, 3)).toEqual({ seed: 1, of: 3, percent: 0 });
    expect(progressText(0.45, 3)).toBe('Seed 2 of 3 · 45 %');
    expect(progressText(0.45, 1)).toBe('45 %');
  });
});

describe('runSteps', () => {
  const inputs = [1, 2, 3].map((seed) => ({ requests: 3_000, arrivalRate: 50, seed }));
  it('gives the same results as running each seed to the end', () => {
    const steps = runSteps('queue', inputs);
    const fractions: number[] = [];
    let r = steps.next();
    while (!r.done) {
      fractions.push(r.value);
      r = steps.next();
    }
    expect(r.value).toEqual(inputs.map((i) => runModel('queue', i)));
    // progress rises through every seed and never claims the end before the results exist
    expect(fractions.length).toBeGreaterThan(30);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
    expect(fractions.some((f) => f > 0.34 && f < 0.66)).toBe(true);
    expect(Math.max(...fractions)).toBeLessThan(1);
  });

  it('stops when the caller stops iterating (cancel): no further runs', () => {
    const steps = runSteps('queue', inputs);
    let r = steps.next();
    while (!r.done && r.value < 0.4) r = steps.next();
    expect(seedProgress(r.done ? 1 : r.value, 3).seed).toBe(2);
    expect(steps.return([]).done).toBe(true);
    expect(steps.next()).toEqual({ done: true, value: undefined });
  });
});

describe('a challenge check in steps', () => {
  it('every model gives the same results stepped as run to the end (defaults, two seeds)', () => {
    for (const model of (Object.keys(models) as ModelName[]).filter((m) => models[m].kind === 'event')) {
      const inputs = [{ seed: 1 }, { seed: 2 }];
      const steps = runSteps(model, inputs);
      let r = steps.next();
      while (!r.done) r = steps.next();
      expect(r.value, model).toEqual(inputs.map((i) => runModel(model, i)));
    }
  }, 60_000);

  it('every setting a challenge offers fits the page budget (its extremes included)', () => {
    for (const c of CHALLENGES) {
      const extremes = [0, 1].map((end) => Object.fromEntries(c.controls.map((k) => [k.key, k.kind === 'range' ? (end ? k.max : k.min) : k.options[end ? k.options.length - 1 : 0]!.value])));
      for (const v of extremes) {
        const steps = c.check(v, PAGE_BUDGET);
        const first = steps.next();
        steps.return({ ok: false, errors: [] });
        expect(first.done ? first.value : 'running', `${c.id} ${JSON.stringify(v)}`).toBe('running');
      }
    }
  });

  it('refuses a setting over the budget before running, naming the control to lower', () => {
    const c = getChallenge('cache-restart-noon')!;
    const steps = c.check(c.start, { ...PAGE_BUDGET, maxBytes: 1e6 });
    const r = steps.next();
    expect(r.done).toBe(true);
    expect(r.value).toMatchObject({ ok: false, overBudget: true });
    if (r.done && !r.value.ok) expect(r.value.errors[0]).toMatch(/^Each of this check’s 3 runs \(one per seed\) would need ~[\d.]+ MB of memory; the page allows 1 MB\. Lower Read replicas\.$/);
    // all three seeds together over the sweep budget, each one within the run budget
    const together = c.check(c.start, { ...PAGE_BUDGET, maxSweepWork: 100_000 }).next();
    if (together.done && !together.value.ok) expect(together.value.errors[0]).toMatch(/^This check \(3 seeds\) would simulate ~[\d.]+ k events; the page allows 100 k\. No setting/);
    else expect.unreachable('the three seeds together exceed 100 k events');
  });

  it('names only the challenge’s own controls, or says no setting lowers a fixed load', () => {
    const c = getChallenge('fast-checkout-queue')!;
    const inputs = [1, 2, 3].map((seed) => ({ requests: 100_000, seed }));
    const p = checkSeedsWork('queue', inputs, c.controls, { ...PAGE_BUDGET, maxWork: 1_000 });
    expect(p?.lower).toEqual([]);
    expect(p?.message).toMatch(/No setting of this challenge lowers it/);
  });
});

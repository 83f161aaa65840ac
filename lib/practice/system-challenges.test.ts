import { describe, expect, it } from 'vitest';
import type { Challenge, ControlValues } from './challenge-kit';
import { acrossSeeds, SYSTEM_CHALLENGES, SYSTEM_CHALLENGE_SEEDS } from './system-challenges';

/** Per challenge: settings known to pass (with stars) and to fail (with the objective missed). */
const KNOWN: Record<string, { good: ControlValues; stars: number; bad: ControlValues; misses: string }[]> = {
  'black-friday-bill': [
    { good: { appMachines: 3, appSize: 's', replicas: 2, dbSize: 's', workers: 6 }, stars: 3, bad: { appMachines: 2, appSize: 's', replicas: 2, dbSize: 's', workers: 10 }, misses: 'errors' },
    { good: { appMachines: 3, appSize: 's', replicas: 2, dbSize: 's', workers: 10 }, stars: 2, bad: { appMachines: 3, appSize: 's', replicas: 1, dbSize: 's', workers: 10 }, misses: 'p99' },
  ],
  'cache-restart-noon': [
    { good: { replicas: 2, dbSize: 's', appMachines: 2 }, stars: 3, bad: { replicas: 0, dbSize: 's', appMachines: 3 }, misses: 'errors' },
    { good: { replicas: 1, dbSize: 'm', appMachines: 3 }, stars: 2, bad: { replicas: 1, dbSize: 's', appMachines: 3 }, misses: 'p99' },
  ],
  'dead-clone-checkouts': [
    { good: { stage: 'sessions', sessionMode: 'shared', algorithm: 'round-robin', appMachines: 4 }, stars: 3, bad: { stage: 'sessions', sessionMode: 'shared', algorithm: 'least-connections', appMachines: 4 }, misses: 'checkoutErrors' },
    { good: { stage: 'sessions', sessionMode: 'shared', algorithm: 'power-of-two', appMachines: 6 }, stars: 2, bad: { stage: 'sessions', sessionMode: 'sticky', algorithm: 'round-robin', appMachines: 8 }, misses: 'checkoutErrors' },
  ],
};

const evaluate = (id: string, values: ControlValues) => {
  const r = SYSTEM_CHALLENGES.find((c) => c.id === id)!.evaluate(values);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.evaluation;
};

describe('system challenges, each checked on several seeds', () => {
  it('has three or more challenges with unique ids, all on the chapter 5 model', () => {
    expect(SYSTEM_CHALLENGES.length).toBeGreaterThanOrEqual(3);
    expect(new Set(SYSTEM_CHALLENGES.map((c) => c.id)).size).toBe(SYSTEM_CHALLENGES.length);
    expect(SYSTEM_CHALLENGE_SEEDS.length).toBeGreaterThanOrEqual(3);
    for (const c of SYSTEM_CHALLENGES) expect(c.model).toBe('system');
    expect(Object.keys(KNOWN).sort()).toEqual(SYSTEM_CHALLENGES.map((c) => c.id).sort());
  });

  for (const c of SYSTEM_CHALLENGES) {
    describe(c.id, () => {
      it('starts from a setting that fails', () => {
        expect(evaluate(c.id, c.start).passed).toBe(false);
      });
      for (const k of KNOWN[c.id] ?? []) {
        it(`passes at ${JSON.stringify(k.good)} with ${k.stars} stars, and fails at ${JSON.stringify(k.bad)} on ${k.misses}`, () => {
          const good = evaluate(c.id, k.good);
          expect(good.objectives.filter((o) => !o.holds)).toEqual([]);
          expect(good.stars).toBe(k.stars);
          const bad = evaluate(c.id, k.bad);
          expect(bad.passed).toBe(false);
          expect(bad.stars).toBe(0);
          expect(bad.objectives.find((o) => o.id === k.misses)?.holds).toBe(false);
        });
      }
    });
  }

  it('reports the worst seed, and passes only if every seed passes', () => {
    const def = {
      id: 'tiny',
      chapter: 'putting-it-together',
      title: 'tiny',
      brief: 'tiny.',
      hint: '',
      model: 'system' as const,
      fixed: { stage: 'one-box', dayMs: 5_000, peakRate: 150 },
      controls: [{ key: 'appWorkers', min: 1, max: 8 }],
      start: { appWorkers: 1 },
      objectives: [{ id: 'p99', label: 'p99', unit: 'ms', metric: (r: { p99ResponseMs: number }) => r.p99ResponseMs, max: 1e9 }],
      cost: { label: 'x', unit: '', of: () => 1 },
      stars: [1, 2] as const,
    };
    const single = [4, 5, 6].map((seed) => evaluateWith(acrossSeeds(def, [seed]), { appWorkers: 3 }).objectives[0]!.value);
    const all = evaluateWith(acrossSeeds(def, [4, 5, 6]), { appWorkers: 3 });
    expect(new Set(single).size).toBe(3);
    expect(all.objectives[0]!.value).toBe(Math.max(...single));
    expect((all.objectives[0] as { perSeed?: number[] }).perSeed).toEqual(single);
    expect((acrossSeeds(def, [4, 5, 6]) as { seeds?: readonly number[] }).seeds).toEqual([4, 5, 6]);
    const threshold = [...single].sort((a, b) => a - b)[1]!; // between the seeds: passes on some, not all
    const strict = acrossSeeds({ ...def, objectives: [{ ...def.objectives[0]!, max: threshold }] }, [4, 5, 6]);
    expect(evaluateWith(strict, { appWorkers: 3 }).passed).toBe(false);
    expect(evaluateWith(acrossSeeds({ ...def, objectives: [{ ...def.objectives[0]!, max: threshold }] }, [single.indexOf(Math.min(...single)) + 4]), { appWorkers: 3 }).passed).toBe(true);
  });
});

function evaluateWith(c: Challenge, values: ControlValues) {
  const r = c.evaluate(values);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.evaluation;
}

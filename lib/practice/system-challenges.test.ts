import { describe, expect, it } from 'vitest';
import type { ControlValues } from './challenge-kit';
import { SYSTEM_CHALLENGES, SYSTEM_CHALLENGE_SEEDS } from './system-challenges';

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

  it('checks every seed and reports the worst one', () => {
    const c = SYSTEM_CHALLENGES.find((x) => x.id === 'dead-clone-checkouts')!;
    expect(c.seeds).toEqual([...SYSTEM_CHALLENGE_SEEDS]);
    const e = evaluate(c.id, { stage: 'sessions', sessionMode: 'shared', algorithm: 'round-robin', appMachines: 4 });
    for (const o of e.objectives) {
      expect(o.perSeed).toHaveLength(SYSTEM_CHALLENGE_SEEDS.length);
      expect(o.value).toBe(Math.max(...o.perSeed));
    }
    expect(new Set(e.objectives[0]!.perSeed).size).toBeGreaterThan(1); // the seeds really are different days
  });
});

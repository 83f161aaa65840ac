import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/lib/content/chapters';
import { checkValues, objectiveHolds, starsFor } from './challenge-kit';
import { CHALLENGES, getChallenge, type ControlValues } from './challenges';

/** Per challenge: a setting known to pass (with its stars) and one known to fail (with the objective it misses). */
const KNOWN: Record<string, { good: ControlValues; stars: number; bad: ControlValues; misses: string }[]> = {
  'survive-a-failure': [
    { good: { servers: 8, serverSpeeds: 1 }, stars: 3, bad: { servers: 1, serverSpeeds: 8 }, misses: 'failed' },
    { good: { servers: 5, serverSpeeds: 2 }, stars: 2, bad: { servers: 7, serverSpeeds: 1 }, misses: 'p99' },
  ],
  'balance-1200': [
    { good: { servers: 6, algorithm: 'least-connections' }, stars: 3, bad: { servers: 6, algorithm: 'round-robin' }, misses: 'p99' },
    { good: { servers: 8, algorithm: 'round-robin' }, stars: 1, bad: { servers: 4, algorithm: 'least-connections' }, misses: 'p99' },
  ],
  'deploy-without-errors': [
    { good: { strategy: 'rolling', batchSize: 2 }, stars: 3, bad: { strategy: 'all-at-once', batchSize: 2 }, misses: 'failed' },
    { good: { strategy: 'blue-green', batchSize: 1 }, stars: 1, bad: { strategy: 'rolling', batchSize: 1 }, misses: 'duration' },
  ],
  'replicas-read-your-writes': [
    { good: { replicas: 4, readYourWritesWindowMs: 1_000 }, stars: 3, bad: { replicas: 4, readYourWritesWindowMs: 0 }, misses: 'ryw' },
    { good: { replicas: 5, readYourWritesWindowMs: 500 }, stars: 2, bad: { replicas: 5, readYourWritesWindowMs: 5_000 }, misses: 'p99' },
  ],
  'small-cache-big-relief': [
    { good: { capacity: 200, policy: 'lfu' }, stars: 3, bad: { capacity: 300, policy: 'lru' }, misses: 'db' },
    { good: { capacity: 500, policy: 'lru' }, stars: 1, bad: { capacity: 500, policy: 'fifo' }, misses: 'db' },
  ],
  'fast-checkout-queue': [
    { good: { workers: 8, responseMode: 'async' }, stars: 3, bad: { workers: 14, responseMode: 'sync' }, misses: 'response' },
    { good: { workers: 10, responseMode: 'async' }, stars: 2, bad: { workers: 7, responseMode: 'async' }, misses: 'job' },
  ],
};

const evaluate = (id: string, values: ControlValues) => {
  const r = getChallenge(id)!.evaluate(values);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.evaluation;
};

describe('scored challenges against real engine runs', () => {
  it('has at least one challenge per chapter of the course, with unique ids', () => {
    const slugs = loadChapters({ includeDrafts: true }).map((c) => c.slug);
    for (const slug of ['scaling-up-vs-out', 'clones', 'database', 'cache', 'asynchronism']) expect(CHALLENGES.some((c) => c.chapter === slug), slug).toBe(true);
    for (const c of CHALLENGES) expect(slugs).toContain(c.chapter);
    expect(new Set(CHALLENGES.map((c) => c.id)).size).toBe(CHALLENGES.length);
  });

  for (const c of CHALLENGES) {
    describe(c.id, () => {
      it('starts from a setting that fails', () => {
        expect(evaluate(c.id, c.start).passed).toBe(false);
      });
      for (const k of KNOWN[c.id] ?? []) {
        it(`passes at ${JSON.stringify(k.good)} with ${k.stars} stars`, () => {
          const e = evaluate(c.id, k.good);
          expect(e.objectives.filter((o) => !o.holds)).toEqual([]);
          expect(e.stars).toBe(k.stars);
        });
        it(`fails at ${JSON.stringify(k.bad)} on ${k.misses}`, () => {
          const e = evaluate(c.id, k.bad);
          expect(e.passed).toBe(false);
          expect(e.stars).toBe(0);
          expect(e.objectives.find((o) => o.id === k.misses)?.holds).toBe(false);
        });
      }
      it('is deterministic', () => {
        expect(evaluate(c.id, c.start)).toEqual(evaluate(c.id, c.start));
      });
    });
  }
  it('covers every challenge with known settings', () => {
    expect(Object.keys(KNOWN).sort()).toEqual(CHALLENGES.map((c) => c.id).sort());
  });
});

describe('challenge controls and scoring', () => {
  it('generates labelled controls from the model schema, narrowed to the challenge', () => {
    const lb = getChallenge('balance-1200')!;
    const servers = lb.controls.find((c) => c.key === 'servers')!;
    expect(servers).toMatchObject({ kind: 'range', label: 'Servers', min: 1, max: 12, step: 1 });
    const algorithm = lb.controls.find((c) => c.key === 'algorithm')!;
    expect(algorithm.kind).toBe('select');
    expect(algorithm.options.map((o) => o.value)).toContain('least-connections');
  });

  it('rejects values outside the allowed range with a clear message', () => {
    const lb = getChallenge('balance-1200')!;
    expect(checkValues(lb.controls, { servers: 40, algorithm: 'round-robin' })).toEqual(['servers must be between 1 and 12, got 40']);
    expect(lb.evaluate({ servers: 6, algorithm: 'nope' })).toMatchObject({ ok: false });
    expect(checkValues(lb.controls, { servers: 6, algorithm: 'random', seed: 3 })).toEqual(['seed is not a control of this challenge']);
  });

  it('gives stars by cost and checks bounds, treating non-finite values as failures', () => {
    expect([5, 6, 7, 8].map((c) => starsFor(c, [6, 7]))).toEqual([3, 3, 2, 1]);
    expect(objectiveHolds({ max: 50 }, 49.9)).toBe(true);
    expect(objectiveHolds({ max: 50 }, Infinity)).toBe(false);
    expect(objectiveHolds({ min: 1 }, Number.NaN)).toBe(false);
  });
});

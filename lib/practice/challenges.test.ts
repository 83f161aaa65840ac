import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/lib/content/chapters';
import { runModel } from '@/lib/sim/params';
import { checkValues, objectiveHolds, starsFor } from './challenge-kit';
import { CHALLENGES, getChallenge, type ControlValues } from './challenges';
import { COURSE_CHALLENGES, MACHINE_PRICE_PER_MONTH } from './challenges-course';

/** Per challenge: a setting known to pass (with its stars) and one known to fail (with the objective it misses). */
const KNOWN: Record<string, { good: ControlValues; stars: number; bad: ControlValues; misses: string; needsRywFix?: boolean }[]> = {
  // Linear prices ($100 per 1× of capacity): the cheapest pass is five 2× machines ($1,000); eleven
  // 1× machines ($1,100) pass too, ten run too close to full. Sizes cost the same per capacity.
  'holiday-peak-bill': [
    { good: { servers: 5, serverSpeeds: 2 }, stars: 3, bad: { servers: 4, serverSpeeds: 2 }, misses: 'p99' },
    { good: { servers: 11, serverSpeeds: 1 }, stars: 2, bad: { servers: 10, serverSpeeds: 1 }, misses: 'p99' },
    { good: { servers: 2, serverSpeeds: 8 }, stars: 1, bad: { servers: 1, serverSpeeds: 8 }, misses: 'p99' },
  ],
  // Eight 1× machines ($800) are the cheapest survivors: losing one of eight leaves 7/8 of the
  // capacity; one 8× machine, the same $800, has nothing to fail over to.
  'survive-a-failure': [
    { good: { servers: 8, serverSpeeds: 1 }, stars: 3, bad: { servers: 1, serverSpeeds: 8 }, misses: 'failed' },
    { good: { servers: 5, serverSpeeds: 2 }, stars: 2, bad: { servers: 7, serverSpeeds: 1 }, misses: 'p99' },
    { good: { servers: 3, serverSpeeds: 4 }, stars: 1, bad: { servers: 2, serverSpeeds: 8 }, misses: 'failed' },
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
    { good: { replicas: 4, readYourWritesWindowMs: 1_000 }, stars: 3, bad: { replicas: 4, readYourWritesWindowMs: 0 }, misses: 'ryw', needsRywFix: true },
    { good: { replicas: 5, readYourWritesWindowMs: 800 }, stars: 2, bad: { replicas: 4, readYourWritesWindowMs: 300 }, misses: 'ryw', needsRywFix: true },
    { good: { replicas: 4, readYourWritesWindowMs: 1_500 }, stars: 3, bad: { replicas: 3, readYourWritesWindowMs: 1_000 }, misses: 'p99', needsRywFix: true },
  ],
  'shards-for-skewed-keys': [
    { good: { shards: 10, partitioning: 'range' }, stars: 3, bad: { shards: 10, partitioning: 'consistent-hash' }, misses: 'p99' },
    { good: { shards: 12, partitioning: 'consistent-hash' }, stars: 2, bad: { shards: 8, partitioning: 'modulo' }, misses: 'p99' },
  ],
  'small-cache-big-relief': [
    { good: { capacity: 200, policy: 'lfu' }, stars: 3, bad: { capacity: 300, policy: 'lru' }, misses: 'db' },
    { good: { capacity: 500, policy: 'lru' }, stars: 1, bad: { capacity: 500, policy: 'fifo' }, misses: 'db' },
  ],
  'cache-for-a-long-tail': [
    { good: { capacity: 3_000, policy: 'lfu' }, stars: 3, bad: { capacity: 3_000, policy: 'lru' }, misses: 'db' },
    { good: { capacity: 3_500, policy: 'lru' }, stars: 2, bad: { capacity: 2_500, policy: 'lfu' }, misses: 'db' },
  ],
  'bursty-jobs': [
    { good: { workers: 16, queueLimit: 1_000 }, stars: 3, bad: { workers: 15, queueLimit: 200 }, misses: 'dropped' },
    { good: { workers: 17, queueLimit: 200 }, stars: 2, bad: { workers: 15, queueLimit: 1_000 }, misses: 'job' },
  ],
  'fast-checkout-queue': [
    { good: { workers: 8, responseMode: 'async' }, stars: 3, bad: { workers: 14, responseMode: 'sync' }, misses: 'response' },
    { good: { workers: 10, responseMode: 'async' }, stars: 2, bad: { workers: 7, responseMode: 'async' }, misses: 'job' },
  ],
};

/**
 * Read-your-writes as the engine issue defines it: a violation is a replica missing a write the user
 * had committed before sending the read. Then, with a 3 s window and 100 ms mean lag, no read can
 * violate it; the older count (writes committed while the read waited in a queue) finds dozens.
 * The replica challenge is tuned to the fixed definition; its passing settings are checked once it is in.
 */
const rywFixed = runModel('replication', { seed: 1, requests: 15_000, warmupRequests: 1_000, arrivalRate: 600, writeRatio: 0.1, serviceTimeMs: 5, lagMeanMs: 100, users: 1_000, ownReadRatio: 0.3, replicas: 2, readYourWritesWindowMs: 3_000 }).readYourWritesViolations === 0;

const evaluate = (id: string, values: ControlValues) => {
  const r = getChallenge(id)!.evaluate(values);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.evaluation;
};

describe('scored challenges against real engine runs', () => {
  it('has at least two challenges per chapter 0–4 and three for chapter 5, each checked on three or more seeds, with unique ids', () => {
    const slugs = loadChapters({ includeDrafts: true }).map((c) => c.slug);
    for (const slug of ['scaling-up-vs-out', 'clones', 'database', 'cache', 'asynchronism']) expect(CHALLENGES.filter((c) => c.chapter === slug).length, slug).toBeGreaterThanOrEqual(2);
    expect(CHALLENGES.filter((c) => c.chapter === 'putting-it-together').length).toBeGreaterThanOrEqual(3);
    for (const c of CHALLENGES) expect(new Set(c.seeds).size, c.id).toBeGreaterThanOrEqual(3);
    for (const c of CHALLENGES) expect(slugs).toContain(c.chapter);
    expect(new Set(CHALLENGES.map((c) => c.id)).size).toBe(CHALLENGES.length);
  });

  // The chapter 5 challenges on the system model have their own file (system-challenges.test.ts).
  for (const c of COURSE_CHALLENGES) {
    describe(c.id, () => {
      it('starts from a setting that fails', () => {
        expect(evaluate(c.id, c.start).passed).toBe(false);
      });
      for (const k of KNOWN[c.id] ?? []) {
        it.runIf(!k.needsRywFix || rywFixed)(`passes at ${JSON.stringify(k.good)} with ${k.stars} stars on every seed`, () => {
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
    expect(Object.keys(KNOWN).sort()).toEqual(COURSE_CHALLENGES.map((c) => c.id).sort());
  });
});

describe('chapter 0 machine prices', () => {
  it('are linear in size, as chapter 0 teaches for one cloud instance family (no discount for buying small)', () => {
    for (const [size, usd] of Object.entries(MACHINE_PRICE_PER_MONTH)) expect(usd / Number(size), `${size}×`).toBe(100);
    for (const id of ['survive-a-failure', 'holiday-peak-bill']) expect(getChallenge(id)!.hint).not.toMatch(/more than (two|twice|proportionally)/);
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

  it('refuses values off a slider’s step like out-of-range ones', () => {
    const cache = getChallenge('small-cache-big-relief')!;
    expect(checkValues(cache.controls, { capacity: 190, policy: 'lfu' })).toEqual(['capacity must be a multiple of 50, got 190']);
    expect(cache.evaluate({ capacity: 190, policy: 'lfu' })).toEqual({ ok: false, errors: ['capacity must be a multiple of 50, got 190'] });
    expect(checkValues(cache.controls, { capacity: 200, policy: 'lfu' })).toEqual([]);
    const cacheB = getChallenge('cache-for-a-long-tail')!;
    expect(checkValues(cacheB.controls, { capacity: 2_750, policy: 'lfu' })).toEqual(['capacity must be a multiple of 500 from 500, got 2750']);
    const ryw = getChallenge('replicas-read-your-writes')!;
    expect(checkValues(ryw.controls, { replicas: 4, readYourWritesWindowMs: 1_050 })).toHaveLength(1);
    expect(checkValues(ryw.controls, { replicas: 4, readYourWritesWindowMs: 700 })).toEqual([]);
  });

  it('passes only if every goal holds on every seed: a lucky seed is not enough', () => {
    const e = evaluate('shards-for-skewed-keys', { shards: 10, partitioning: 'consistent-hash' });
    const p99 = e.objectives.find((o) => o.id === 'p99')!;
    expect(p99.perSeed).toHaveLength(3);
    expect(p99.perSeed[0]).toBeLessThanOrEqual(100); // seed 1 alone would pass
    expect(p99.perSeed.some((v) => v > 100)).toBe(true);
    expect(p99.value).toBe(Math.max(...p99.perSeed));
    expect(e.passed).toBe(false);
  });

  it('gives stars by cost and checks bounds, treating non-finite values as failures', () => {
    expect([5, 6, 7, 8].map((c) => starsFor(c, [6, 7]))).toEqual([3, 3, 2, 1]);
    expect(objectiveHolds({ max: 50 }, 49.9)).toBe(true);
    expect(objectiveHolds({ max: 50 }, Infinity)).toBe(false);
    expect(objectiveHolds({ min: 1 }, Number.NaN)).toBe(false);
  });
});

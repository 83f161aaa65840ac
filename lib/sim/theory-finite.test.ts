import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangB, mm1, mmc, mmck, type FiniteQueueTheory } from './theory';
import { theoryTerms } from './theory-work';

/** The birth–death chain summed state by state (the textbook way, O(K), in logs so a^n cannot overflow): the reference. */
function mmckByStates(ratePerSec: number, serviceMs: number, c: number, K: number): FiniteQueueTheory {
  const a = (ratePerSec * serviceMs) / 1000;
  const logP: number[] = [0];
  for (let n = 1; n <= K; n++) logP.push((logP[n - 1] ?? 0) + Math.log(a / Math.min(n, c)));
  const top = Math.max(...logP);
  const p = logP.map((x) => Math.exp(x - top));
  const z = p.reduce((s, x) => s + x, 0);
  let L = 0;
  let Lq = 0;
  let busy = 0;
  p.forEach((x, n) => {
    L += (n * x) / z;
    Lq += (Math.max(0, n - c) * x) / z;
    busy += (Math.min(n, c) * x) / z;
  });
  const blocking = (p[K] ?? 0) / z;
  const acc = ratePerSec * (1 - blocking);
  return { rho: busy / c, meanWaitMs: (Lq / acc) * 1000, meanResponseMs: (L / acc) * 1000, meanInSystem: L, meanQueueLength: Lq, blocking, acceptedRate: acc };
}

const close = (x: number, y: number, rel = 1e-9) => expect(Math.abs(x - y)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(y)));

describe('M/M/c/K in closed form', () => {
  it('matches the chain summed state by state', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 2000, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 400 }), (rate, serviceMs, c, limit) => {
        const got = mmck(rate, serviceMs, c, c + limit);
        const want = mmckByStates(rate, serviceMs, c, c + limit);
        for (const k of ['rho', 'meanWaitMs', 'meanResponseMs', 'meanInSystem', 'meanQueueLength', 'blocking', 'acceptedRate'] as const) close(got[k], want[k], 1e-8);
      }),
      { numRuns: 300 },
    );
  });

  it('is right at the edges: load exactly at capacity, a hair either side, no queue at all', () => {
    for (const [rate, c, limit] of [[100, 1, 50], [100 * (1 + 1e-12), 1, 50], [100 * (1 - 1e-12), 1, 50], [300, 3, 0], [1e-3, 5, 20]] as const) {
      const got = mmck(rate, 10, c, c + limit);
      const want = mmckByStates(rate, 10, c, c + limit);
      close(got.meanResponseMs, want.meanResponseMs, 1e-7);
      close(got.blocking, want.blocking, 1e-7);
    }
    expect(mmck(300, 10, 3, 3).blocking).toBeCloseTo(erlangB(3, 3), 12);
  });

  it('a huge queue limit costs c terms and tends to the unlimited queue (or to full when overloaded)', () => {
    const { value, terms } = theoryTerms(() => mmck(80, 10, 1, 1 + 10_000_000));
    expect(terms).toBeLessThanOrEqual(2);
    close(value.meanResponseMs, mm1(80, 10).meanResponseMs, 1e-9);
    close(mmck(160, 10, 2, 2 + 10_000_000).meanResponseMs, mmc(160, 10, 2).meanResponseMs, 1e-9);
    // Overloaded with room for ten million: the queue is full, blocking = 1 − capacity/offered.
    const over = mmck(1_000_000, 1_000_000, 10_000, 10_000 + 10_000_000);
    expect(Number.isFinite(over.meanResponseMs)).toBe(true);
    close(over.blocking, 1 - 10_000 / 1_000_000_000, 1e-9);
    close(over.meanQueueLength, 10_000_000, 1e-6);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheLruHitRate, fifoHitRate, lfuHitRate, zipfProbabilities } from './theory';
import { theoryTerms } from './theory-work';
import { groupedHitRate, zipfGroups, zipfTopShare } from './zipf';

/** The per-key formulas over every key's own probability: the reference. */
function perKey(policy: 'lru' | 'lfu' | 'fifo', n: number, s: number, c: number): number {
  const p = zipfProbabilities(n, s);
  return policy === 'lru' ? cheLruHitRate(p, c) : policy === 'lfu' ? lfuHitRate(p, c) : fifoHitRate(p, c);
}

describe('Zipf keys in groups', () => {
  it('hit rates match the per-key formulas within 1e-5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200_000 }), fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('lru', 'lfu', 'fifo' as const), (n, s, share, policy) => {
        const c = Math.round(share * n);
        expect(Math.abs(groupedHitRate(policy, n, s, c) - perKey(policy, n, s, c))).toBeLessThan(1e-5);
      }),
      { numRuns: 40 },
    );
  });

  it('keep the probabilities a distribution and the most popular key exact', () => {
    for (const [n, s] of [[1, 0.8], [999, 0], [5_000, 1], [1_000_000, 3]] as const) {
      const g = zipfGroups(n, s);
      expect(g.count.reduce((a, b) => a + b, 0)).toBe(n);
      expect(g.prob.reduce((a, p, i) => a + p * (g.count[i] as number), 0)).toBeCloseTo(1, 12);
      expect(zipfTopShare(n, s)).toBeCloseTo(zipfProbabilities(n, s)[0] as number, 9);
    }
  });

  it('cost the same few thousand terms for a million keys at the extremes', () => {
    for (const s of [0, 0.8, 1, 3])
      for (const policy of ['lru', 'lfu', 'fifo'] as const)
        for (const c of [1, 500_000, 999_999]) expect(theoryTerms(() => groupedHitRate(policy, 1_000_000, s, c)).terms, `${policy} s=${s} C=${c}`).toBeLessThan(100_000);
  });
});

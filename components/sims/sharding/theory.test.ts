import { describe, expect, it } from 'vitest';
import { movedShare } from '@/lib/sim/models/partition';
import { expectedMovedShare, hottestKeyShare } from './theory';

describe('sharding theory', () => {
  it('predicts the moved share the engine measures (within a few points)', () => {
    for (const kind of ['modulo', 'consistent-hash', 'range'] as const)
      for (const k of [2, 4, 8]) expect(Math.abs(movedShare(kind, k, 20_000, 200) - expectedMovedShare(kind, k))).toBeLessThan(0.05);
  });

  it('the hottest key draws about 6 % of requests at Zipf 0.9 over 10,000 keys (as the lesson says)', () => {
    expect(hottestKeyShare(10_000, 0.9)).toBeGreaterThan(0.05);
    expect(hottestKeyShare(10_000, 0.9)).toBeLessThan(0.07);
    expect(hottestKeyShare(4, 0)).toBe(0.25);
  });
});

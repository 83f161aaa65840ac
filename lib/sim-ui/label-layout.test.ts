import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadLabels } from './label-layout';

describe('spreadLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    expect(spreadLabels([50, 100, 200], 12, 0, 300)).toEqual([50, 100, 200]);
  });

  it('pushes two close labels apart around their mean ("Mean jobs in system (L)" over "Queue length")', () => {
    const [a, b] = spreadLabels([100, 101], 12, 0, 300);
    expect(Math.abs(a! - b!)).toBeGreaterThanOrEqual(12);
    expect((a! + b!) / 2).toBeCloseTo(100.5, 9);
  });

  it('keeps labels inside the plot', () => {
    const ys = spreadLabels([0, 1, 2], 12, 0, 170);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(12);
    const low = spreadLabels([169, 170, 170], 12, 0, 170);
    expect(Math.max(...low)).toBeLessThanOrEqual(170);
  });

  it('never lets two labels collide, for any wishes that fit', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 250, noNaN: true }), { minLength: 1, maxLength: 13 }), (wanted) => {
        const ys = spreadLabels(wanted, 12, 0, 170);
        const sorted = [...ys].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(12 - 1e-6);
        for (const y of ys) {
          expect(y).toBeGreaterThanOrEqual(12 - 1e-6);
          expect(y).toBeLessThanOrEqual(170 + 1e-6);
        }
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './number-text';

const intl = (x: number, digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(x);

describe('formatNumber', () => {
  it('writes numbers as Intl does for en-US', () => {
    expect(formatNumber(1234.567, 1)).toBe('1,234.6');
    expect(formatNumber(0.5, 0)).toBe('1');
    expect(formatNumber(2.5, 0)).toBe('3');
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(999.96, 1)).toBe('1,000');
    expect(formatNumber(-1234, 0)).toBe('-1,234');
    expect(formatNumber(-0.001, 2)).toBe('0');
    expect(formatNumber(1.5e-7, 2)).toBe('0');
    expect(formatNumber(1.2345e21, 0)).toBe('1,234,500,000,000,000,000,000');
    expect(formatNumber(1200)).toBe('1,200');
  });

  it('matches Intl.NumberFormat for any number and 0–3 fraction digits', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
          fc.integer({ min: 0, max: 1e6 }).map((n) => n + 0.5),
        ),
        fc.integer({ min: 0, max: 3 }),
        (x, digits) => {
          // Intl keeps the sign of a negative number that rounds to zero ("-0"); none is wanted
          expect(formatNumber(x, digits)).toBe(intl(x, digits).replace(/^-0$/, '0'));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

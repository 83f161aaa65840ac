/**
 * A count of the terms the closed forms sum (one loop pass with a division or an exp), so tests
 * can hold every theory a page computes to a work budget without timing it. Counting is a plain
 * addition; it changes no result and reads no clock.
 */

let terms = 0;

/** Records `n` terms of work (called by the theory functions, once per loop, not per term). */
export function countTerms(n: number): void {
  terms += n;
}

/**
 * Runs `compute` and says how many terms the theory functions it called summed.
 *
 * @example
 * theoryTerms(() => mmck(80, 10, 1, 10_000_001)).terms; // a handful: the tail is a geometric sum
 */
export function theoryTerms<T>(compute: () => T): { value: T; terms: number } {
  const before = terms;
  const value = compute();
  return { value, terms: terms - before };
}

/**
 * Most terms one piece of theory work may sum: everything one setting shows at once (its charts'
 * lines and its cards), or a sweep's theory curve. About 5 ms on a laptop, 20 ms with the CPU
 * slowed four times (a term costs ~10–25 ns).
 */
export const THEORY_TERMS = 250_000;

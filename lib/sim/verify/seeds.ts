/**
 * Helpers for the verification suite: run a model over several seeds and compare the average with
 * a published value. Tolerances are fixed in each test (never derived from the run), chosen as
 * about four standard errors of the seed average (see docs/SIMULATION.md, "Verification against
 * published results").
 */

/**
 * Average of `f(seed)` over `seeds` seeds (1…seeds), with the standard error of that average.
 *
 * @example
 * const { mean, se } = overSeeds(4, (seed) => seed); // mean 2.5
 */
export function overSeeds(seeds: number, f: (seed: number) => number): { mean: number; se: number; values: number[] } {
  const values = Array.from({ length: seeds }, (_, i) => f(i + 1));
  const mean = values.reduce((a, b) => a + b, 0) / seeds;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, seeds - 1);
  return { mean, se: Math.sqrt(variance / seeds), values };
}

/**
 * Relative error |actual − expected| / |expected|.
 *
 * @example
 * relErr(101, 100); // 0.01
 */
export function relErr(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/**
 * With VERIFY_REPORT=1, prints one line per check (for the table in docs/SIMULATION.md).
 *
 * @example
 * report('M/M/c p99', 0.012, 0.03);
 */
export function report(check: string, measuredError: number, tolerance: number): void {
  if (process.env.VERIFY_REPORT) console.info(`VERIFY | ${check} | error ${measuredError.toPrecision(2)} | tolerance ${tolerance}`);
}

/**
 * Asserts a relative error below `tol` (and reports it).
 *
 * @example
 * expectRel('M/M/1 mean', 50.2, 50, 0.02);
 */
export function expectRel(check: string, actual: number, expected: number, tol: number): void {
  const e = relErr(actual, expected);
  report(check, e, tol);
  if (!(e < tol)) throw new Error(`${check}: got ${actual}, expected ${expected} (relative error ${e.toFixed(4)} ≥ ${tol})`);
}

/**
 * Asserts an absolute error below `tol` (and reports it).
 *
 * @example
 * expectAbs('hit rate', 0.51, 0.5, 0.02);
 */
export function expectAbs(check: string, actual: number, expected: number, tol: number): void {
  const e = Math.abs(actual - expected);
  report(check, e, tol);
  if (!(e < tol)) throw new Error(`${check}: got ${actual}, expected ${expected} (absolute error ${e.toFixed(4)} ≥ ${tol})`);
}

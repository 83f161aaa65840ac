import type { Rng } from './rng';

/**
 * Exact Poisson and gamma variates whose cost does not grow with the mean (used by the bursty
 * arrival source to skip any number of on/off cycles in O(1)).
 */

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln(k!) — exact sum below 20, Stirling's series (error < 1e-13) above.
 *
 * @example
 * logFactorial(3); // ln 6
 */
export function logFactorial(k: number): number {
  if (k < 20) {
    let s = 0;
    for (let i = 2; i <= k; i++) s += Math.log(i);
    return s;
  }
  const k2 = k * k;
  return (k + 0.5) * Math.log(k) - k + LN_SQRT_2PI + 1 / (12 * k) - 1 / (360 * k * k2) + 1 / (1260 * k2 * k2 * k);
}

/**
 * Poisson sample with mean `mean`: inversion by multiplication below 30, Hörmann's PTRS
 * (transformed rejection with squeeze, 1993) above — O(1) expected draws at any mean.
 *
 * @example
 * poisson(createRng(1), 1e6); // ≈ 1,000,000 ± 1,000
 */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let prod = rng.next();
    while (prod > limit) {
      k++;
      prod *= rng.next();
    }
    return k;
  }
  const smu = Math.sqrt(mean);
  const b = 0.931 + 2.53 * smu;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  const logMean = Math.log(mean);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) return k;
  }
}

/** Standard normal by Box–Muller (one of the pair; simple and exact). */
function normal(rng: Rng): number {
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * Gamma sample with integer-or-real `shape` ≥ 1 and `scale` (mean shape·scale): Marsaglia–Tsang
 * (2000), O(1) expected draws at any shape. The sum of n exponentials of mean m is gamma(n, m).
 *
 * @example
 * gamma(createRng(1), 1000, 2); // ≈ 2000
 */
export function gamma(rng: Rng, shape: number, scale: number): number {
  if (shape < 1) throw new Error(`gamma: shape must be at least 1, got ${shape}`);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rng);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = rng.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v * scale;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v * scale;
  }
}

import type { Rng } from './rng';

/** Shapes of a random duration. `constant` ignores the spread. */
export type DistKind = 'exponential' | 'constant' | 'uniform' | 'lognormal';

/**
 * A sampler of positive durations (ms) with a given mean.
 *
 * @example
 * const s = makeSampler('exponential', 10, createRng(1, STREAM.service));
 * const t = s(); // one service time, mean 10 ms
 */
export type Sampler = () => number;

/**
 * Exponential sample with the given mean (inverse transform).
 *
 * @example
 * exponential(createRng(1), 10); // mean 10
 */
export function exponential(rng: Rng, mean: number): number {
  return -mean * Math.log(1 - rng.next());
}

/**
 * Builds a sampler. `cv` (spread) is the coefficient of variation (std dev / mean) used by
 * `lognormal` and `uniform`; `exponential` always has cv 1 and `constant` cv 0.
 * Uniform is symmetric around the mean, half-width `min(1, cv·√3)·mean` (so cv ≤ 1/√3 is exact).
 * Lognormal has σ² = ln(1 + cv²) and μ = ln(mean) − σ²/2, so its mean is exactly `mean`.
 *
 * @example
 * const s = makeSampler('lognormal', 10, createRng(1), 2); // mean 10 ms, heavy tail
 * s();
 */
export function makeSampler(kind: DistKind, mean: number, rng: Rng, cv = 1): Sampler {
  switch (kind) {
    case 'constant':
      return () => mean;
    case 'uniform': {
      const half = Math.min(1, cv * Math.sqrt(3)) * mean;
      const lo = mean - half;
      const width = 2 * half;
      return () => lo + width * rng.next();
    }
    case 'lognormal': {
      const sigma2 = Math.log(1 + cv * cv);
      const sigma = Math.sqrt(sigma2);
      const mu = Math.log(mean) - sigma2 / 2;
      let spare = NaN;
      return () => {
        let z: number;
        if (spare === spare) {
          z = spare;
          spare = NaN;
        } else {
          const u1 = 1 - rng.next();
          const u2 = rng.next();
          const r = Math.sqrt(-2 * Math.log(u1));
          z = r * Math.cos(2 * Math.PI * u2);
          spare = r * Math.sin(2 * Math.PI * u2);
        }
        return Math.exp(mu + sigma * z);
      };
    }
    default:
      return () => -mean * Math.log(1 - rng.next());
  }
}

/**
 * Squared coefficient of variation of a sampler built by {@link makeSampler} (for M/G/1 theory).
 *
 * @example
 * scv('constant', 1); // 0
 */
export function scv(kind: DistKind, cv = 1): number {
  if (kind === 'constant') return 0;
  if (kind === 'exponential') return 1;
  if (kind === 'uniform') return Math.min(1, cv * Math.sqrt(3)) ** 2 / 3;
  return cv * cv;
}

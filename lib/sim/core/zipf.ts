import type { Rng } from './rng';

/**
 * Zipf sampler over keys 0..n-1 where key k has weight 1/(k+1)^s (s = 0 is uniform).
 * Precomputed CDF (Float64Array) + binary search: O(n) setup, O(log n) per draw.
 *
 * @example
 * const z = new Zipf(1000, 0.8);
 * const key = z.sample(createRng(1, STREAM.keys)); // 0 is the most popular key
 */
export class Zipf {
  readonly n: number;
  readonly s: number;
  private readonly cdf: Float64Array;

  constructor(n: number, s: number) {
    this.n = n;
    this.s = s;
    this.cdf = new Float64Array(n);
    let acc = 0;
    for (let k = 0; k < n; k++) {
      acc += s === 0 ? 1 : Math.pow(k + 1, -s);
      this.cdf[k] = acc;
    }
    for (let k = 0; k < n; k++) this.cdf[k] = (this.cdf[k] ?? 0) / acc;
    this.cdf[n - 1] = 1;
  }

  /** Probability of key k. */
  prob(k: number): number {
    return (this.cdf[k] ?? 0) - (k > 0 ? (this.cdf[k - 1] ?? 0) : 0);
  }

  /** Draws one key. */
  sample(rng: Rng): number {
    const u = rng.next();
    const cdf = this.cdf;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] as number) > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

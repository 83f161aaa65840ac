import type { Rng } from './rng';

/**
 * Zipf sampler over keys 0..n-1 where key k has weight 1/(k+1)^s (s = 0 is uniform).
 * Precomputed CDF (Float64Array) + a guide table (up to 65,536 buckets) + binary search inside a
 * bucket: O(n) setup, O(1) expected per draw for n up to the bucket count, O(log(n/B)) beyond.
 *
 * @example
 * const z = new Zipf(1000, 0.8);
 * const key = z.sample(createRng(1, STREAM.keys)); // 0 is the most popular key
 */
export class Zipf {
  readonly n: number;
  readonly s: number;
  private readonly cdf: Float64Array;
  /** guide[b] = first key whose CDF exceeds b/B: a draw searches only between two guides. */
  private readonly guide: Int32Array;

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
    // a power of two, so u·B and b/B are exact and the guides bracket every draw
    let buckets = 1;
    while (buckets < n && buckets < 1 << 16) buckets *= 2;
    this.guide = new Int32Array(buckets + 1);
    let k = 0;
    for (let b = 0; b <= buckets; b++) {
      const u = b / buckets;
      while (k < n - 1 && (this.cdf[k] as number) <= u) k++;
      this.guide[b] = k;
    }
  }

  /** Probability of key k. */
  prob(k: number): number {
    return (this.cdf[k] ?? 0) - (k > 0 ? (this.cdf[k - 1] ?? 0) : 0);
  }

  /** Draws one key: the smallest k with CDF(k) > u (a binary search between two guides). */
  sample(rng: Rng): number {
    const u = rng.next();
    const cdf = this.cdf;
    const b = Math.floor(u * (this.guide.length - 1));
    let lo = this.guide[b] as number;
    let hi = this.guide[b + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] as number) > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

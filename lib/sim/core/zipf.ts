import type { Rng } from './rng';

/** Keys whose draws a small guide answers (their CDF and that guide stay in the CPU cache). */
const HEAD_KEYS = 2048;
/** Buckets of the head's guide (a power of two, so u·B and b/B are exact). */
const HEAD_BUCKETS = 4096;
/** Steps a tail draw walks from its estimate before it falls back to the guide. */
const TAIL_STEPS = 4;
/** Points of the tail's estimate (interpolated linearly between them). */
const TAIL_POINTS = 4096;

/**
 * Zipf sampler over keys 0..n-1 where key k has weight 1/(k+1)^s (s = 0 is uniform).
 * A draw u is answered by the smallest k with CDF(k) > u, found in one of three ways that all
 * give that same key (the CDF is a Float64Array; the search only changes how fast it is found):
 * - s = 0: k ≈ u·n, corrected against CDF(k) = (k+1)/n computed exactly as the table holds it;
 * - the head (the first 2,048 keys, most draws when s ≳ 0.8): a small guide table + a binary
 *   search between two guides, in memory that stays in the CPU cache;
 * - the tail: an estimate from the integral of x^−s, checked against the CDF and corrected by a
 *   step or two; when it is further off, a large guide table (up to 2^20 buckets) + a binary
 *   search inside a bucket. A million-key table is 12 MB: a random probe of it is a cache miss,
 *   so the estimate saves one or two per draw.
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
  /** CDF of the last head key: draws below it are head keys. */
  private readonly headMass: number;
  /** The guide over the head: headGuide[b] = first key whose CDF exceeds b/HEAD_BUCKETS, at most head − 1. */
  private readonly headGuide: Uint16Array;
  /** The tail's estimate of the key at TAIL_POINTS points evenly spaced in u from headMass to 1. */
  private readonly tailAt: Float64Array;
  private readonly tailScale: number;
  private readonly head: number;

  constructor(n: number, s: number) {
    this.n = n;
    this.s = s;
    this.cdf = new Float64Array(n);
    let acc = 0;
    for (let k = 0; k < n; k++) {
      acc += s === 0 ? 1 : Math.pow(k + 1, -s);
      this.cdf[k] = acc;
    }
    const head = Math.min(n, HEAD_KEYS);
    this.head = head;
    const headWeight = this.cdf[head - 1] ?? 0;
    for (let k = 0; k < n; k++) this.cdf[k] = (this.cdf[k] ?? 0) / acc;
    this.cdf[n - 1] = 1;
    this.headMass = this.cdf[head - 1] ?? 1;
    // Σ_{i ≤ k+1} i^−s ≈ headWeight + ∫_{head+½}^{k+1½} x^−s dx, solved for k at each point
    this.tailAt = new Float64Array(TAIL_POINTS + 1);
    this.tailScale = TAIL_POINTS / (1 - this.headMass);
    const base = Math.abs(s - 1) < 1e-9 ? Math.log(head + 0.5) : Math.pow(head + 0.5, 1 - s);
    for (let i = 0; i <= TAIL_POINTS; i++) {
      const rest = (this.headMass + i / this.tailScale) * acc - headWeight;
      const x = Math.abs(s - 1) < 1e-9 ? Math.exp(base + rest) : Math.pow(base + (1 - s) * rest, 1 / (1 - s));
      this.tailAt[i] = Number.isFinite(x) ? x - 1.5 : n;
    }
    // a power of two, so u·B and b/B are exact and the guides bracket every draw
    let buckets = 1;
    while (buckets < n && buckets < 1 << 20) buckets *= 2;
    this.guide = new Int32Array(buckets + 1);
    let k = 0;
    for (let b = 0; b <= buckets; b++) {
      const u = b / buckets;
      while (k < n - 1 && (this.cdf[k] as number) <= u) k++;
      this.guide[b] = k;
    }
    this.headGuide = new Uint16Array(HEAD_BUCKETS + 1);
    k = 0;
    for (let b = 0; b <= HEAD_BUCKETS; b++) {
      const u = b / HEAD_BUCKETS;
      while (k < head - 1 && (this.cdf[k] as number) <= u) k++;
      this.headGuide[b] = k;
    }
  }

  /** Probability of key k. */
  prob(k: number): number {
    return (this.cdf[k] ?? 0) - (k > 0 ? (this.cdf[k - 1] ?? 0) : 0);
  }

  /** Draws one key: the smallest k with CDF(k) > u. */
  sample(rng: Rng): number {
    const u = rng.next();
    if (this.s === 0) return this.uniform(u);
    if (u < this.headMass) {
      // the answer is a head key (CDF(head − 1) > u), between the two guides around u
      const b = Math.floor(u * HEAD_BUCKETS);
      return this.search(u, this.headGuide[b] as number, this.headGuide[b + 1] as number);
    }
    return this.tail(u);
  }

  /** s = 0: CDF(k) = (k+1)/n exactly as the table holds it (one correctly rounded division). */
  private uniform(u: number): number {
    const n = this.n;
    let k = Math.floor(u * n);
    if (k > n - 1) k = n - 1;
    while (k > 0 && k / n > u) k--;
    while ((k + 1) / n <= u) k++;
    return k;
  }

  /** A tail key (u ≥ CDF(head − 1)): the estimate, checked; else the large guide. */
  private tail(u: number): number {
    const cdf = this.cdf;
    const head = this.head;
    const last = this.n - 1;
    const at = (u - this.headMass) * this.tailScale;
    const i = Math.floor(at);
    const lo = this.tailAt[i] as number;
    let k = Math.floor(lo + (at - i) * ((this.tailAt[i + 1] as number) - lo));
    if (!(k >= head)) k = head;
    else if (k > last) k = last;
    // the answer is the k ≥ head with CDF(k−1) ≤ u < CDF(k) (CDF(head−1) ≤ u, CDF(last) = 1 > u)
    for (let step = 0; step < TAIL_STEPS; step++) {
      if ((cdf[k] as number) <= u) k++;
      else if (k > head && (cdf[k - 1] as number) > u) k--;
      else return k;
    }
    const b = Math.floor(u * (this.guide.length - 1));
    return this.search(u, this.guide[b] as number, this.guide[b + 1] as number);
  }

  /** The smallest k in [lo, hi] with CDF(k) > u, given that it lies there. */
  private search(u: number, lo: number, hi: number): number {
    const cdf = this.cdf;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] as number) > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

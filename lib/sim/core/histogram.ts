const GROWTH = 1.02; // bucket upper/lower ratio: the geometric midpoint is within 1 % of any value in it
const LOG_G = Math.log(GROWTH);
const MIN = 1e-3; // ms; smaller values (and 0) share bucket 0
const BUCKETS = Math.ceil(Math.log(1e10 / MIN) / LOG_G) + 2;

/**
 * Log-bucketed histogram (HDR-style) for non-negative values such as latencies in ms.
 * Percentiles have a relative error of at most 1 % (values below 0.001 read as 0) and are
 * clamped to the exact observed min and max. Recording allocates nothing.
 *
 * @example
 * const h = new Histogram();
 * for (let i = 1; i <= 100; i++) h.record(i);
 * h.percentile(0.95); // ≈ 95 (within 1 %)
 */
export class Histogram {
  /** Number of recorded values. */
  count = 0;
  /** Smallest recorded value. */
  min = Infinity;
  /** Largest recorded value. */
  max = -Infinity;
  private readonly counts = new Float64Array(BUCKETS);

  /** The bucket a value falls in (to record one value in several histograms at the cost of one log). */
  static bucketOf(v: number): number {
    if (!(v >= MIN)) return 0;
    const i = 1 + Math.floor(Math.log(v / MIN) / LOG_G);
    return i >= BUCKETS ? BUCKETS - 1 : i;
  }

  /** Records one value (negative values are treated as 0). */
  record(v: number): void {
    this.recordIn(Histogram.bucketOf(v), v);
  }

  /** Records value v, whose bucket is `i` (from {@link Histogram.bucketOf}). */
  recordIn(i: number, v: number): void {
    this.counts[i] = (this.counts[i] as number) + 1;
    this.count++;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }

  /** Clears all counts. */
  reset(): void {
    this.counts.fill(0);
    this.count = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }

  /** The q-quantile (0 < q ≤ 1): smallest bucket whose cumulative count reaches q·count; 0 if empty. */
  percentile(q: number): number {
    if (this.count === 0) return 0;
    const target = Math.max(1, Math.ceil(q * this.count));
    let acc = 0;
    for (let i = 0; i < BUCKETS; i++) {
      acc += this.counts[i] as number;
      if (acc >= target) {
        const v = i === 0 ? 0 : MIN * Math.pow(GROWTH, i - 0.5);
        return Math.min(this.max, Math.max(this.min, v));
      }
    }
    return this.max;
  }
}

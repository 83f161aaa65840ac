import { Histogram } from './histogram';

/**
 * Time-weighted average of a piecewise-constant quantity (e.g. number in system, busy workers).
 * Only `set` mutates the integral, so reading it at any time never changes later results.
 *
 * @example
 * const n = new TimeAverage();
 * n.set(0, 2); n.set(10, 0);
 * n.mean(20); // 1: two for 10 ms, zero for 10 ms
 */
export class TimeAverage {
  /** Current value. */
  value = 0;
  private area = 0;
  private last = 0;
  private start = 0;

  /** Changes the value at time t. */
  set(t: number, v: number): void {
    this.area += this.value * (t - this.last);
    this.last = t;
    this.value = v;
  }

  /** Adds `dv` to the value at time t. */
  add(t: number, dv: number): void {
    this.set(t, this.value + dv);
  }

  /** Restarts the average at time t (end of warm-up), keeping the current value. */
  reset(t: number): void {
    this.area = 0;
    this.last = t;
    this.start = t;
  }

  /** Integral of the value from the last reset to t (t ≥ last change). */
  integral(t: number): number {
    return this.area + this.value * (t - this.last);
  }

  /** Mean value from the last reset to t. */
  mean(t: number): number {
    const span = t - this.start;
    return span > 0 ? this.integral(t) / span : this.value;
  }
}

/**
 * Per-request latency statistics: counts, means of wait and response, and a histogram of
 * response times for percentiles.
 *
 * @example
 * const s = new LatencyStats();
 * s.record(2, 12);
 * s.meanResponse(); // 12
 */
export class LatencyStats {
  /** Number of requests recorded. */
  count = 0;
  /** Sum of waits (ms). */
  sumWait = 0;
  /** Sum of responses (ms). */
  sumResponse = 0;
  /** Response-time histogram. */
  readonly hist = new Histogram();

  /** Records one finished request. */
  record(wait: number, response: number): void {
    this.recordIn(Histogram.bucketOf(response), response, wait);
  }

  /** Records a finished request whose response falls in histogram bucket `bucket`. */
  recordIn(bucket: number, response: number, wait = 0): void {
    this.count++;
    this.sumWait += wait;
    this.sumResponse += response;
    this.hist.recordIn(bucket, response);
  }

  /** Mean wait (ms), 0 if empty. */
  meanWait(): number {
    return this.count ? this.sumWait / this.count : 0;
  }

  /** Mean response (ms), 0 if empty. */
  meanResponse(): number {
    return this.count ? this.sumResponse / this.count : 0;
  }
}

import { exponential } from './distributions';
import type { Rng } from './rng';

/**
 * Poisson arrivals with mean rate `ratePerSec`, optionally bursty: with `burstiness` b > 1 the
 * source alternates exponential ON periods (rate b·λ) and OFF periods (rate 0) whose means are
 * cycleMs/b and cycleMs·(b−1)/b, so the long-run mean rate stays λ (an on/off MMPP).
 * Exact by memorylessness: time spent in OFF periods is skipped, not thinned.
 *
 * @example
 * const a = new Arrivals(createRng(1, STREAM.arrivals), createRng(1, STREAM.bursts), 100);
 * const t1 = a.next(0); // first arrival time in ms
 */
export class Arrivals {
  private readonly meanGapMs: number;
  private readonly onMean: number;
  private readonly offMean: number;
  private onEnd = Infinity;

  constructor(
    private readonly rng: Rng,
    private readonly burstRng: Rng,
    ratePerSec: number,
    private readonly burstiness = 1,
    cycleMs = 1000,
  ) {
    const b = Math.max(1, burstiness);
    this.meanGapMs = 1000 / (ratePerSec * b);
    this.onMean = cycleMs / b;
    this.offMean = (cycleMs * (b - 1)) / b;
    if (b > 1) this.onEnd = exponential(this.burstRng, this.onMean);
  }

  /** Time of the next arrival after an arrival (or start) at time t. */
  next(t: number): number {
    let next = t + exponential(this.rng, this.meanGapMs);
    if (this.burstiness <= 1) return next;
    while (next > this.onEnd) {
      const offEnd = this.onEnd + exponential(this.burstRng, this.offMean);
      next = offEnd + (next - this.onEnd);
      this.onEnd = offEnd + exponential(this.burstRng, this.onMean);
    }
    return next;
  }
}

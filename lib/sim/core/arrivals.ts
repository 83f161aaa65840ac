import { exponential } from './distributions';
import type { Rng } from './rng';
import { gamma, poisson } from './variates';

/** Beyond this many expected ON-period ends before the next arrival, skip the cycles in O(1). */
const STEP_CYCLES = 8;

/**
 * Poisson arrivals with mean rate `ratePerSec`, optionally bursty: with `burstiness` b > 1 the
 * source alternates exponential ON periods (rate b·λ) and OFF periods (rate 0) whose means are
 * cycleMs/b and cycleMs·(b−1)/b, so the long-run mean rate stays λ (an on/off MMPP).
 *
 * Exact by memorylessness: the next arrival needs X ~ Exp(1/(b·λ)) of ON time. If the current
 * ON period has less left, the ON periods that end inside the remaining ON time form a Poisson
 * process, so their number N is Poisson(remaining / onMean) and the OFF time spent is the sum of
 * N + 1 OFF periods, gamma(N + 1, offMean). Few cycles are stepped one by one (same draws as
 * always); many are skipped in O(1), so the cost does not depend on how many cycles pass.
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
    burstiness = 1,
    cycleMs = 1000,
  ) {
    const b = Math.max(1, burstiness);
    this.meanGapMs = 1000 / (ratePerSec * b);
    this.onMean = cycleMs / b;
    this.offMean = (cycleMs * (b - 1)) / b;
    if (b > 1) this.onEnd = exponential(this.burstRng, this.onMean);
  }

  /** Time of the next arrival after an arrival (or start) at time t (t is inside an ON period). */
  next(t: number): number {
    const next = t + exponential(this.rng, this.meanGapMs);
    // Poisson (b ≤ 1): onEnd stays Infinity. Kept tiny so the engine's hot loop can inline it.
    return next <= this.onEnd ? next : this.acrossOff(next);
  }

  /** The arrival lands after the current ON period: add the OFF time of the cycles it spans. */
  private acrossOff(arrivalIfOn: number): number {
    let next = arrivalIfOn;
    const moreOn = next - this.onEnd; // ON time still needed after the current period ends
    if (moreOn > STEP_CYCLES * this.onMean) {
      const ends = poisson(this.burstRng, moreOn / this.onMean);
      next += gamma(this.burstRng, ends + 1, this.offMean);
      this.onEnd = next + exponential(this.burstRng, this.onMean); // memoryless: a fresh ON residual
      return next;
    }
    while (next > this.onEnd) {
      const offEnd = this.onEnd + exponential(this.burstRng, this.offMean);
      next = offEnd + (next - this.onEnd);
      this.onEnd = offEnd + exponential(this.burstRng, this.onMean);
    }
    return next;
  }
}

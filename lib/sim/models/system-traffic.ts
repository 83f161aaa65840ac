import type { Rng } from '../core/rng';
import type { SystemParams } from './system-schema';

type Traffic = Pick<SystemParams, 'dayMs' | 'peakRate' | 'nightShare' | 'peakHour' | 'saleMultiplier' | 'saleStartHour' | 'saleHours'>;

/**
 * Hour of the simulated day (0–24) at sim time t.
 *
 * @example
 * hourAt({ dayMs: 600_000 }, 300_000); // 12
 */
export function hourAt(p: Pick<SystemParams, 'dayMs'>, tMs: number): number {
  return (tMs / p.dayMs) * 24;
}

/**
 * Sim time (ms) of an hour of the day.
 *
 * @example
 * msAtHour({ dayMs: 600_000 }, 12); // 300000
 */
export function msAtHour(p: Pick<SystemParams, 'dayMs'>, hour: number): number {
  return (hour / 24) * p.dayMs;
}

function inSale(p: Traffic, h: number): boolean {
  return p.saleMultiplier > 1 && p.saleHours > 0 && h >= p.saleStartHour && h < p.saleStartHour + p.saleHours;
}

/**
 * Arrival rate (req/s) at sim time t: a daily cosine between `nightShare`·peak and the peak at
 * `peakHour`, times `saleMultiplier` inside the flash-sale window; 0 after the day ends.
 *
 * @example
 * rateAt(systemSchema.parse({ peakRate: 100, peakHour: 12, dayMs: 24_000 }), 12_000); // 100
 */
export function rateAt(p: Traffic, tMs: number): number {
  if (tMs < 0 || tMs >= p.dayMs) return 0;
  const h = hourAt(p, tMs);
  const shape = p.nightShare + ((1 - p.nightShare) * (1 + Math.cos((2 * Math.PI * (h - p.peakHour)) / 24))) / 2;
  return p.peakRate * shape * (inSale(p, h) ? p.saleMultiplier : 1);
}

/**
 * Highest rate of the day (req/s): the thinning envelope.
 *
 * @example
 * maxRate(systemSchema.parse({ peakRate: 100, saleMultiplier: 3 })); // 300
 */
export function maxRate(p: Traffic): number {
  return p.peakRate * Math.max(1, p.saleMultiplier);
}

/**
 * Expected arrivals between t0 and t1 (∫ rate dt), by Simpson's rule on 1,000 panels per day
 * plus the sale window's edges (exact enough to test the arrival process against).
 *
 * @example
 * expectedArrivals(systemSchema.parse({ nightShare: 1, peakRate: 10, dayMs: 60_000 }), 0, 60_000); // 600
 */
export function expectedArrivals(p: Traffic, t0Ms: number, t1Ms: number): number {
  const a = Math.max(0, t0Ms);
  const b = Math.min(p.dayMs, t1Ms);
  if (b <= a) return 0;
  const cuts = [a, b];
  if (p.saleMultiplier > 1)
    for (const h of [p.saleStartHour, p.saleStartHour + p.saleHours]) {
      const t = msAtHour(p, h);
      if (t > a && t < b) cuts.push(t);
    }
  cuts.sort((x, y) => x - y);
  let total = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const lo = cuts[i] as number;
    const hi = cuts[i + 1] as number;
    const n = 2 * Math.max(1, Math.ceil((500 * (hi - lo)) / p.dayMs));
    const w = (hi - lo) / n;
    // rates just inside the panel so a window edge never reads the neighbour's rate
    const f = (t: number) => rateAt(p, Math.min(hi - 1e-9 * p.dayMs, Math.max(lo, t)));
    let s = f(lo) + f(hi);
    for (let k = 1; k < n; k++) s += (k % 2 ? 4 : 2) * f(lo + k * w);
    total += ((s * w) / 3) * 1e-3;
  }
  return total;
}

/**
 * Non-homogeneous Poisson arrivals by thinning (Lewis & Shedler): candidates at the envelope
 * rate, each kept with probability rate(t)/envelope. Exact for any bounded rate; seeded.
 *
 * @example
 * const a = new DayArrivals(p, createRng(1, STREAM.arrivals));
 * a.next(0); // first arrival (ms), or Infinity if the day has none
 */
export class DayArrivals {
  private readonly gapMs: number;
  constructor(
    private readonly p: Traffic,
    private readonly rng: Rng,
  ) {
    this.gapMs = 1000 / maxRate(p);
  }

  /** Next arrival after time t; Infinity once the day is over. */
  next(t: number): number {
    const lmax = maxRate(this.p);
    for (;;) {
      t += -this.gapMs * Math.log(1 - this.rng.next());
      if (t >= this.p.dayMs) return Infinity;
      if (this.rng.next() * lmax < rateAt(this.p, t)) return t;
    }
  }
}

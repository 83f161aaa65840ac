import type { Rng } from '../core/rng';

/**
 * One day of traffic: a daily cosine between `nightShare`·peak and the peak at `peakHour`, times
 * `growth`, times a spike's multiplier inside its window, times any surge's. Hours are hours of
 * the simulated day (0–24); the day lasts `dayMs` of simulated time (rates are not compressed).
 *
 * @example
 * const t: DayTraffic = { dayMs: 600_000, peakRps: 200, nightShare: 0.2, peakHour: 20, growth: 1, surges: [] };
 */
export interface DayTraffic {
  dayMs: number;
  peakRps: number;
  nightShare: number;
  peakHour: number;
  growth: number;
  spike?: { multiplier: number; startHour: number; hours: number } | undefined;
  /** Surges known before the run (scheduled faults); live surges change the rate as they happen. */
  surges: readonly { atHour: number; hours: number; multiplier: number }[];
}

/**
 * Hour of the simulated day (0–24) at sim time t.
 *
 * @example
 * hourAt(600_000, 300_000); // 12
 */
export function hourAt(dayMs: number, tMs: number): number {
  return (tMs / dayMs) * 24;
}

/**
 * Sim time (ms) of an hour of the day.
 *
 * @example
 * msAtHour(600_000, 12); // 300000
 */
export function msAtHour(dayMs: number, hour: number): number {
  return (hour / 24) * dayMs;
}

function inWindow(h: number, start: number, hours: number): boolean {
  return hours > 0 && h >= start && h < start + hours;
}

/** The spike's multiplier at hour h (1 outside it). */
function spikeAt(t: DayTraffic, h: number): number {
  const s = t.spike;
  return s && s.multiplier > 1 && inWindow(h, s.startHour, s.hours) ? s.multiplier : 1;
}

/** Product of the scheduled surges active at hour h. */
function surgesAt(t: DayTraffic, h: number): number {
  let m = 1;
  for (const s of t.surges) if (inWindow(h, s.atHour, s.hours)) m *= s.multiplier;
  return m;
}

/**
 * Arrival rate (req/s) at sim time t without surges (the day's own curve: cosine × growth × spike);
 * 0 outside the day. `surge` multiplies it (the product of the surges active at t).
 *
 * @example
 * dayRateAt({ dayMs: 24_000, peakRps: 100, nightShare: 0.2, peakHour: 12, growth: 1, surges: [] }, 12_000); // 100
 */
export function dayRateAt(t: DayTraffic, tMs: number, surge = 1): number {
  if (tMs < 0 || tMs >= t.dayMs) return 0;
  const h = hourAt(t.dayMs, tMs);
  const shape = t.nightShare + ((1 - t.nightShare) * (1 + Math.cos((2 * Math.PI * (h - t.peakHour)) / 24))) / 2;
  return t.peakRps * t.growth * shape * spikeAt(t, h) * surge;
}

/**
 * Rate at t with the scheduled surges included (what theory and estimates integrate).
 *
 * @example
 * rateWithSurgesAt(traffic, 1000);
 */
export function rateWithSurgesAt(t: DayTraffic, tMs: number): number {
  return dayRateAt(t, tMs, t.surges.length ? surgesAt(t, hourAt(t.dayMs, tMs)) : 1);
}

/**
 * The day's envelope without surges (req/s): peak × growth × the spike's multiplier. Thinning
 * draws candidates at this rate (times the live surge factor).
 *
 * @example
 * envelopeRate({ dayMs: 1, peakRps: 100, nightShare: 0, peakHour: 0, growth: 2, spike: { multiplier: 3, startHour: 0, hours: 1 }, surges: [] }); // 600
 */
export function envelopeRate(t: DayTraffic): number {
  return t.peakRps * t.growth * (t.spike ? Math.max(1, t.spike.multiplier) : 1);
}

/**
 * Highest rate of the day with the scheduled surges (req/s): what the theory calls "peak".
 *
 * @example
 * peakRate(traffic);
 */
export function peakRate(t: DayTraffic): number {
  let best = 0;
  for (const h of criticalHours(t)) best = Math.max(best, rateWithSurgesAt(t, msAtHour(t.dayMs, h)));
  return best;
}

/**
 * Hours where the rate can be highest: between two window edges the multiplier is constant and
 * the cosine peaks at `peakHour` or at an edge, so the peak hour and both sides of every edge.
 */
function criticalHours(t: DayTraffic): number[] {
  const edges = [0, 24];
  if (t.spike && t.spike.hours > 0) edges.push(t.spike.startHour, t.spike.startHour + t.spike.hours);
  for (const s of t.surges) if (s.hours > 0) edges.push(s.atHour, s.atHour + s.hours);
  const hs = [((t.peakHour % 24) + 24) % 24];
  for (const e of edges) hs.push(e, e - 1e-6);
  return hs.filter((h) => h >= 0 && h < 24);
}

/** Sim times where the rate jumps (window edges), inside [a, b]. */
function cuts(t: DayTraffic, a: number, b: number): number[] {
  const out = [a, b];
  const add = (h: number) => {
    const x = msAtHour(t.dayMs, h);
    if (x > a && x < b) out.push(x);
  };
  if (t.spike && t.spike.multiplier > 1) [t.spike.startHour, t.spike.startHour + t.spike.hours].forEach(add);
  for (const s of t.surges) [s.atHour, s.atHour + s.hours].forEach(add);
  return out.sort((x, y) => x - y);
}

/**
 * Expected arrivals between t0 and t1 (∫ rate dt, scheduled surges included), by Simpson's rule
 * on 1,000 panels per day plus the windows' edges.
 *
 * @example
 * expectedArrivals({ dayMs: 60_000, peakRps: 10, nightShare: 1, peakHour: 0, growth: 1, surges: [] }, 0, 60_000); // 600
 */
export function expectedArrivals(t: DayTraffic, t0Ms: number, t1Ms: number): number {
  const a = Math.max(0, t0Ms);
  const b = Math.min(t.dayMs, t1Ms);
  if (b <= a) return 0;
  const c = cuts(t, a, b);
  let total = 0;
  for (let i = 0; i + 1 < c.length; i++) {
    const lo = c[i] as number;
    const hi = c[i + 1] as number;
    const n = 2 * Math.max(1, Math.ceil((500 * (hi - lo)) / t.dayMs));
    const w = (hi - lo) / n;
    // rates just inside the panel so a window edge never reads the neighbour's rate
    const f = (x: number) => rateWithSurgesAt(t, Math.min(hi - 1e-9 * t.dayMs, Math.max(lo, x)));
    let s = f(lo) + f(hi);
    for (let k = 1; k < n; k++) s += (k % 2 ? 4 : 2) * f(lo + k * w);
    total += ((s * w) / 3) * 1e-3;
  }
  return total;
}

/**
 * Non-homogeneous Poisson arrivals by thinning (Lewis & Shedler): candidates at the envelope
 * rate × the current surge factor, each kept with probability rate(t)/envelope. Exact for any
 * bounded rate; seeded. A surge that starts or ends mid-run redraws from that moment (the
 * process is memoryless, so the redraw is exact).
 *
 * @example
 * const a = new DayArrivals(traffic, createRng(1, STREAM.arrivals));
 * a.next(0); // first arrival (ms), or Infinity if the day has none
 */
export class DayArrivals {
  /** Product of the live surges (scheduled ones included once they start). */
  surge = 1;
  private gapMs: number;
  private lmax: number;

  constructor(
    private readonly t: DayTraffic,
    private readonly rng: Rng,
  ) {
    this.lmax = envelopeRate(t);
    this.gapMs = 1000 / this.lmax;
  }

  /** Changes the live surge factor (call, then draw the next arrival from now). */
  setSurge(factor: number): void {
    this.surge = factor;
    this.lmax = envelopeRate(this.t) * factor;
    this.gapMs = 1000 / this.lmax;
  }

  /** Next arrival after time t; Infinity once the day is over. */
  next(t: number): number {
    const lmax = this.lmax;
    if (!(lmax > 0)) return Infinity;
    for (;;) {
      t += -this.gapMs * Math.log(1 - this.rng.next());
      if (t >= this.t.dayMs) return Infinity;
      if (this.rng.next() * lmax < dayRateAt(this.t, t, this.surge)) return t;
    }
  }
}

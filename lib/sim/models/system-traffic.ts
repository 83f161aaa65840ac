import type { Rng } from '../core/rng';
import { DayArrivals as DesignArrivals, dayRateAt, envelopeRate, expectedArrivals as designExpected, hourAt as designHourAt, msAtHour as designMsAtHour, type DayTraffic } from '../design/traffic';
import type { SystemParams } from './system-schema';

type Traffic = Pick<SystemParams, 'dayMs' | 'peakRate' | 'nightShare' | 'peakHour' | 'saleMultiplier' | 'saleStartHour' | 'saleHours'>;

/**
 * The system params' day as the design model's traffic (the flash sale is the client's spike).
 *
 * @example
 * systemTraffic(systemSchema.parse({ saleMultiplier: 3 })).spike?.multiplier; // 3
 */
export function systemTraffic(p: Traffic): DayTraffic {
  return {
    dayMs: p.dayMs,
    peakRps: p.peakRate,
    nightShare: p.nightShare,
    peakHour: p.peakHour,
    growth: 1,
    spike: p.saleMultiplier > 1 ? { multiplier: p.saleMultiplier, startHour: p.saleStartHour, hours: p.saleHours } : undefined,
    surges: [],
  };
}

/**
 * Hour of the simulated day (0–24) at sim time t.
 *
 * @example
 * hourAt({ dayMs: 600_000 }, 300_000); // 12
 */
export function hourAt(p: Pick<SystemParams, 'dayMs'>, tMs: number): number {
  return designHourAt(p.dayMs, tMs);
}

/**
 * Sim time (ms) of an hour of the day.
 *
 * @example
 * msAtHour({ dayMs: 600_000 }, 12); // 300000
 */
export function msAtHour(p: Pick<SystemParams, 'dayMs'>, hour: number): number {
  return designMsAtHour(p.dayMs, hour);
}

/**
 * Arrival rate (req/s) at sim time t: a daily cosine between `nightShare`·peak and the peak at
 * `peakHour`, times `saleMultiplier` inside the flash-sale window; 0 after the day ends.
 *
 * @example
 * rateAt(systemSchema.parse({ peakRate: 100, peakHour: 12, dayMs: 24_000 }), 12_000); // 100
 */
export function rateAt(p: Traffic, tMs: number): number {
  return dayRateAt(systemTraffic(p), tMs);
}

/**
 * Highest rate of the day (req/s): the thinning envelope (peak × the sale's multiplier).
 *
 * @example
 * maxRate(systemSchema.parse({ peakRate: 100, saleMultiplier: 3 })); // 300
 */
export function maxRate(p: Traffic): number {
  return envelopeRate(systemTraffic(p));
}

/**
 * Expected arrivals between t0 and t1 (∫ rate dt).
 *
 * @example
 * expectedArrivals(systemSchema.parse({ nightShare: 1, peakRate: 10, dayMs: 60_000 }), 0, 60_000); // 600
 */
export function expectedArrivals(p: Traffic, t0Ms: number, t1Ms: number): number {
  return designExpected(systemTraffic(p), t0Ms, t1Ms);
}

/**
 * The day's arrivals (the design model's thinning over the params' day).
 *
 * @example
 * new DayArrivals(p, createRng(1, STREAM.arrivals)).next(0);
 */
export class DayArrivals extends DesignArrivals {
  constructor(p: Traffic, rng: Rng) {
    super(systemTraffic(p), rng);
  }
}

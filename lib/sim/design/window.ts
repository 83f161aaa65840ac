import { expectedArrivals, msAtHour, type DayTraffic } from './traffic';

/**
 * The stretch of the day that grading calls "the peak": the busiest of the peak hour (the hour
 * centred on the client's peak), the spike and each scheduled surge, by mean arrival rate.
 *
 * @example
 * const w: PeakWindow = peakWindow(designTraffic(design));
 */
export interface PeakWindow {
  why: 'peak-hour' | 'spike' | 'surge';
  startHour: number;
  hours: number;
  startMs: number;
  endMs: number;
  /** Mean arrival rate inside the window (req/s). */
  meanRatePerSec: number;
}

/**
 * The peak window of a day's traffic (see {@link PeakWindow}); clipped to the day.
 *
 * @example
 * peakWindow({ dayMs: 24_000, peakRps: 100, nightShare: 0.2, peakHour: 20, growth: 1, surges: [] }).startHour; // 19.5
 */
export function peakWindow(t: DayTraffic): PeakWindow {
  const candidates: { why: PeakWindow['why']; start: number; hours: number }[] = [{ why: 'peak-hour', start: Math.min(23, Math.max(0, t.peakHour - 0.5)), hours: 1 }];
  if (t.spike && t.spike.multiplier > 1 && t.spike.hours > 0) candidates.push({ why: 'spike', start: t.spike.startHour, hours: t.spike.hours });
  for (const s of t.surges) if (s.multiplier > 1 && s.hours > 0) candidates.push({ why: 'surge', start: s.atHour, hours: s.hours });
  let best: PeakWindow | null = null;
  for (const c of candidates) {
    const startMs = msAtHour(t.dayMs, c.start);
    const endMs = Math.min(t.dayMs, msAtHour(t.dayMs, c.start + c.hours));
    if (endMs <= startMs) continue;
    const meanRatePerSec = (expectedArrivals(t, startMs, endMs) / (endMs - startMs)) * 1000;
    if (!best || meanRatePerSec > best.meanRatePerSec * (1 + 1e-9)) best = { why: c.why, startHour: c.start, hours: (c.hours * (endMs - startMs)) / msAtHour(t.dayMs, c.hours), startMs, endMs, meanRatePerSec };
  }
  return best ?? { why: 'peak-hour', startHour: 0, hours: 0, startMs: 0, endMs: 0, meanRatePerSec: 0 };
}

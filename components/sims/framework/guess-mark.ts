import type { ChartDef, MetricDef, SeriesDef } from '@/lib/sim-ui/definition';
import { formatValue } from '@/lib/sim-ui/format';

// Where a learner's numeric prediction goes on a figure's charts. No React, no DOM: LiveChart
// draws what these functions decide.

/** A numeric prediction that was locked in, as the prediction bus holds it. */
export interface LockedGuess {
  /** The learner's number in the Predict's unit (45 for "45 %"). */
  guess: number;
  /** The Predict's unit (`%`, `ms`, `shoppers`…). */
  unit?: string;
  /** The figure metric the guess is checked against. */
  metric: string;
}

/** A horizontal mark at the guess on one chart. */
export interface GuessMark {
  chartId: string;
  /** The series the mark belongs with (same key as the Predict's metric). */
  seriesKey: string;
  /** Height of the mark in the chart's plotted numbers (a `%` chart plots 0–100). */
  plotted: number;
  /** The guess as the chart states it, e.g. `45 %` or `20 sessions`. */
  text: string;
}

/**
 * The guess as a value of the metric. A `%` metric holds a fraction (0.447) while the learner
 * types a percentage (45), so a `%` guess is divided by 100; other units are taken as written.
 *
 * @example
 * guessAsMetricValue(45, '%', '%'); // 0.45
 * guessAsMetricValue(50, 'ms', 'ms'); // 50
 */
export function guessAsMetricValue(guess: number, predictUnit: string | undefined, metricUnit: string): number {
  return metricUnit === '%' && predictUnit?.trim() === '%' ? guess / 100 : guess;
}

/** A metric value as a chart plots it: `%` charts plot fractions ×100, others as they are. */
export function plottedValue(value: number, chartUnit: string): number {
  return chartUnit === '%' ? value * 100 : value;
}

/**
 * The marks for a locked guess on the charts a figure shows: every shown chart with a series of
 * the same key as the Predict's metric (cache `hitRate` on the hit-rate chart, sessions
 * `lostSessions` on the sessions chart). None when the metric is unknown or no chart plots it.
 */
export function guessMarks(locked: LockedGuess, metrics: MetricDef<unknown>[], series: SeriesDef<unknown>[], charts: ChartDef<never>[]): GuessMark[] {
  const metric = metrics.find((m) => m.key === locked.metric);
  const line = series.find((s) => s.key === locked.metric);
  if (!metric || !line || !Number.isFinite(locked.guess)) return [];
  const value = guessAsMetricValue(locked.guess, locked.unit, metric.unit);
  return charts
    .filter((c) => c.series.includes(line.key))
    .map((c) => ({ chartId: c.id, seriesKey: line.key, plotted: plottedValue(value, c.unit), text: formatValue(value, line.unit) }));
}

/**
 * The y range of a chart: from 0 (or below, for negative data) to 10 % above the highest point,
 * always including the guess, so its mark is never off the chart.
 *
 * @example
 * yRangeWithGuess(0, 30, 45); // [0, 49.5]
 */
export function yRangeWithGuess(min: number | null, max: number | null, guess?: number): [number, number] {
  const g = guess !== undefined && Number.isFinite(guess) ? guess : null;
  const lo = Math.min(0, min ?? 0, g ?? 0);
  const hi = Math.max(max ?? -Infinity, g ?? -Infinity);
  return [lo, hi > 0 ? hi * 1.1 : 1];
}

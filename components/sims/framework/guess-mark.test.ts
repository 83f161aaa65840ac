import { describe, expect, it } from 'vitest';
import type { ChartDef, MetricDef, SeriesDef } from '@/lib/sim-ui/definition';
import { cacheSim } from '../cache/definition';
import { queueSim } from '../queue/definition';
import { sessionSim } from '../sessions/definition';
import { guessAsMetricValue, guessMarks, plottedValue, yRangeWithGuess } from './guess-mark';

type Def = { metrics: unknown[]; series: unknown[]; charts: unknown[] };
const marksOn = (def: Def, guess: number, unit: string, metric: string, chartIds?: string[]) =>
  guessMarks(
    { guess, unit, metric },
    def.metrics as MetricDef<unknown>[],
    def.series as SeriesDef<unknown>[],
    (def.charts as ChartDef<never>[]).filter((c) => !chartIds || chartIds.includes(c.id)),
  );

describe('guess mark: the guess in the chart’s numbers', () => {
  it('reads a percentage guess as the fraction a % metric holds', () => {
    expect(guessAsMetricValue(45, '%', '%')).toBeCloseTo(0.45);
    expect(guessAsMetricValue(45, ' % ', '%')).toBeCloseTo(0.45);
  });

  it('takes other units as written (ms, shoppers, a % metric guessed without a unit)', () => {
    expect(guessAsMetricValue(50, 'ms', 'ms')).toBe(50);
    expect(guessAsMetricValue(20, 'shoppers', 'sessions')).toBe(20);
    expect(guessAsMetricValue(0.45, undefined, '%')).toBe(0.45);
  });

  it('plots % values ×100 and others unchanged', () => {
    expect(plottedValue(0.45, '%')).toBeCloseTo(45);
    expect(plottedValue(20, 'requests')).toBe(20);
  });
});

describe('guess mark: which chart and series', () => {
  it('marks 45 % on the cache hit-rate chart at 45 (the chart plots percent)', () => {
    const marks = marksOn(cacheSim, 45, '%', 'hitRate', ['hit']);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ chartId: 'hit', seriesKey: 'hitRate', text: '45 %' });
    expect(marks[0]!.plotted).toBeCloseTo(45);
  });

  it('marks lost sessions on the sessions chart in sessions', () => {
    expect(marksOn(sessionSim, 20, 'shoppers', 'lostSessions')).toEqual([{ chartId: 'sessions', seriesKey: 'lostSessions', plotted: 20, text: '20 sessions' }]);
  });

  it('marks nothing when the figure shows no chart of that metric', () => {
    expect(marksOn(cacheSim, 45, '%', 'hitRate', ['db', 'latency'])).toEqual([]);
    expect(marksOn(cacheSim, 45, '%', 'hitRate', [])).toEqual([]);
  });

  it('marks nothing for a metric no series plots (queue mean job time) or an unknown metric', () => {
    expect(marksOn(queueSim, 50, 'ms', 'meanJobTimeMs')).toEqual([]);
    expect(marksOn(cacheSim, 45, '%', 'noSuchMetric')).toEqual([]);
  });
});

describe('guess mark: the y range keeps the guess on the chart', () => {
  it('stretches above data that stays under the guess', () => {
    const [lo, hi] = yRangeWithGuess(0, 30, 45);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(45);
  });

  it('leaves the data’s range when the guess is inside it', () => {
    expect(yRangeWithGuess(0, 60)).toEqual(yRangeWithGuess(0, 60, 45));
  });

  it('includes a negative guess and works before any data arrives', () => {
    expect(yRangeWithGuess(0, 10, -5)[0]).toBe(-5);
    const [lo, hi] = yRangeWithGuess(null, null, 45);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(45);
    expect(yRangeWithGuess(null, null)).toEqual([0, 1]);
  });
});

'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import type { ChartDef, Params, SeriesDef, SimDefinition } from '@/lib/sim-ui/definition';
import { formatValue } from '@/lib/sim-ui/format';
import { AXIS_FONT, drawGutter, gutterWidth, lastValue, textWidth, type GutterLabel } from './chart-gutter';
import { useSim, useSimStoreApi } from './context';
import { cancelDraw, requestDraw } from './draw-queue';
import { useDarkTheme } from './theme';
import { yRangeWithGuess, type GuessMark } from './guess-mark';
import { drawGuess, GUESS_DASH, guessColor, guessLabel } from './guess-mark-draw';
import { DASH, seriesColor } from './palette';

const HEIGHT = 170;
/** A lesson figure's chart: shorter, so the whole figure fits one screen. */
const COMPACT_HEIGHT = 130;

/** The y-axis title: the chart's unit in words a reader expects (`%`, `ms`, `jobs`, `servers`). */
function axisUnit(unit: string): string {
  return unit === '%' ? 'percent' : unit;
}

interface Line {
  label: string;
  color: string;
  dash: number[];
}

/** The lines of a chart: each series for lane A, again dashed for lane B, then the theory line. */
function linesOf(chart: ChartDef<Params>, defs: SeriesDef<unknown>[], hasB: boolean, theoryLabel: string | null, dark: boolean): Line[] {
  const lines: Line[] = [];
  chart.series.forEach((key, i) => {
    const label = defs.find((d) => d.key === key)?.label ?? key;
    lines.push({ label: hasB ? `${label} (A)` : label, color: seriesColor(i, dark), dash: DASH.a });
    if (hasB) lines.push({ label: `${label} (B)`, color: seriesColor(i, dark), dash: DASH.b });
  });
  if (theoryLabel) lines.push({ label: theoryLabel, color: dark ? '#D4D4D8' : '#3f3f46', dash: DASH.theory });
  return lines;
}

/** The names in the gutter: each line's (the theory line's as just "theory"), then the guess's. */
function gutterLabels(lines: Line[], guess: GuessMark | undefined, dark: boolean): GutterLabel[] {
  const labels: GutterLabel[] = lines.map((l, i) => ({ text: l.label.replace(/^theory.*/, 'theory'), color: l.color, at: (u: uPlot) => lastValue(u, i + 1) }));
  if (guess) labels.push({ text: guessLabel(guess), color: guessColor(dark), at: guess.plotted });
  return labels;
}

/** Room the y axis needs for its widest tick label (so the axis title never runs into "1,000"). */
function yAxisSize(u: uPlot, values: string[] | null, axisIdx: number, cycleNum: number): number {
  const axis = u.axes[axisIdx] as uPlot.Axis & { _size?: number };
  if (cycleNum > 1 && axis._size) return axis._size;
  const widest = Math.max(0, ...(values ?? []).map((v) => textWidth(v, AXIS_FONT)));
  // tick length (10) + gap to the text (5) + text + a little air
  return Math.ceil(10 + 5 + widest + 3);
}

/** A line legend drawn in HTML: a sample of each line's colour and dash, then its name. */
function Legend({ lines, guess, dark }: { lines: Line[]; guess?: GuessMark; dark: boolean }) {
  const all = guess ? [...lines, { label: `your guess (${guess.text})`, color: guessColor(dark), dash: GUESS_DASH }] : lines;
  return (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      {all.map((l) => (
        <li key={l.label} className="flex items-center gap-1.5">
          <svg width="24" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="24" y2="4" stroke={l.color} strokeWidth="2.5" strokeDasharray={l.dash.join(' ')} />
          </svg>
          {l.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A live uPlot time-series chart of some of the definition's series, lane B dashed, with the
 * definition's theory line (dotted, labelled) when a closed form applies to the current params,
 * and the learner's locked-in guess (dashed, violet) when a `<Predict>` gates the figure.
 */
export function LiveChart({ chartId, guess, withholdTheory = false, compact = false }: { chartId: string; guess?: GuessMark; withholdTheory?: boolean; compact?: boolean }) {
  const height = compact ? COMPACT_HEIGHT : HEIGHT;
  const store = useSimStoreApi();
  const version = useSim((s) => s.version);
  const chart = useSim((s) => s.def.charts.find((c) => c.id === chartId)) as ChartDef<Params> | undefined;
  const defs = useSim((s) => s.def.series) as SeriesDef<unknown>[];
  const params = useSim((s) => s.params) as Params;
  const hasB = useSim((s) => s.b !== null);
  const def = useSim((s) => s.def) as SimDefinition<Params, unknown>;
  const axisTime = (sec: number) => (def.formatAxisTime ? def.formatAxisTime(sec, params) : `${sec}s`);
  const axisSteps = typeof def.axisTimeSteps === 'function' ? def.axisTimeSteps(params) : def.axisTimeSteps;
  const xLabel = def.axisTimeLabel?.(params);
  const dark = useDarkTheme();
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<{ u: uPlot; key: string } | null>(null);
  const [width, setWidth] = useState(0);
  // A figure waiting for its prediction leaves the theory line out: it would be the answer.
  // Computed when the settings change, not at every refresh of the numbers.
  const theory = useMemo(() => (withholdTheory ? null : (chart?.theory?.(params) ?? null)), [withholdTheory, chart, params]);
  const lines = chart ? linesOf(chart, defs, hasB, theory ? theory.label : null, dark) : [];
  const pct = chart?.unit === '%';
  // the x scale (a compressed day's length, say) rebuilds the axes like a change of lines
  const linesKey = lines.map((l) => l.label + l.color).join('|') + `|${xLabel ?? ''}|${axisSteps?.join(',') ?? ''}|${axisTime(3600)}`;
  const plotKey = `${linesKey}|${width}|${height}|${compact}|${dark}|${chartId}|${guess?.plotted ?? ''}|${guess?.text ?? ''}`;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    ro.observe(el);
    return () => {
      ro.disconnect();
      cancelDraw(el);
      plot.current?.u.destroy();
      plot.current = null;
    };
  }, []);

  /** The plot's options: built at the chart's turn to draw, when its lines, theme, size or guess changed. */
  const options = (): uPlot.Options => {
    const axis = dark ? '#cbd5e1' : '#334155';
    const grid = dark ? '#334155' : '#e2e8f0';
    // Tick numbers carry no unit (but %); the axis title names it.
    const fmt = (v: number) => formatValue(pct ? v / 100 : v, pct ? '%' : '').replace(/ %$/, '%');
    const labels = gutterLabels(lines, guess, dark);
    const gutter = gutterWidth(
      labels.map((l) => l.text),
      width,
    );
    return {
      width,
      height,
      legend: { show: false },
      cursor: { show: false },
      // the right padding is the gutter the lines' names are written in
      padding: [12, gutter.width || 12, 0, 0],
      scales: { x: { time: false }, y: { range: (_u, min, max) => yRangeWithGuess(min, max, guess?.plotted) } },
      axes: [
        {
          stroke: axis,
          font: AXIS_FONT,
          grid: { stroke: grid },
          ticks: { stroke: grid },
          values: (_u, vals) => vals.map(axisTime),
          ...(axisSteps ? { incrs: axisSteps } : {}),
          // A lesson figure's chart leaves the axis title out (its ticks read 18:00, 24 mo); the accessible name still gives it.
          ...(xLabel && !compact ? { label: xLabel, labelSize: 16, labelFont: AXIS_FONT } : {}),
        },
        {
          stroke: axis,
          font: AXIS_FONT,
          grid: { stroke: grid },
          ticks: { stroke: grid },
          size: yAxisSize,
          values: (_u, vals) => vals.map(fmt),
          label: axisUnit(chart!.unit),
          labelSize: 16,
          labelFont: AXIS_FONT,
        },
      ],
      series: [{}, ...lines.map((l) => ({ label: l.label, stroke: l.color, width: 2, dash: l.dash, points: { show: false } }))],
      // Name each line in the gutter at its last point, so lines are told apart by text, not colour alone.
      hooks: {
        draw: [
          (u: uPlot) => {
            if (guess) drawGuess(u, guess, dark);
            drawGutter(u, labels, gutter.lines, dark);
          },
        ],
      },
    };
  };

  /** The plotted table from the store as it is at the chart's turn (the latest numbers). */
  const table = (): uPlot.AlignedData => {
    const s = store.getState();
    const idx = chart!.series.map((k) => defs.findIndex((d) => d.key === k) + 1);
    const scale = (v: number) => (pct ? v * 100 : v);
    // NaN (nothing counted yet, during the warm-up) becomes a gap in the line.
    const point = (v: number) => (Number.isNaN(v) ? null : scale(v));
    const one = (series: number[][]): uPlot.AlignedData => [series[0] ?? [], ...idx.map((i) => (series[i] ?? []).map(point))];
    const tables = [one(s.a.series), ...(s.b ? [one(s.b.series)] : [])];
    let data = tables.length > 1 ? uPlot.join(tables) : tables[0]!;
    if (s.b) {
      // uPlot.join lists A's columns then B's; interleave them to match the line order (A, B per series).
      const n = idx.length;
      data = [data[0], ...idx.flatMap((_, k) => [data[1 + k], data[1 + n + k]])] as uPlot.AlignedData;
    }
    if (theory) data = [...data, (data[0] as number[]).map(() => scale(theory.value))] as uPlot.AlignedData;
    return data;
  };

  // New numbers (or new lines) are drawn at this chart's turn in the page's draw queue: one chart
  // per task, never in the animation frame that stepped the simulation (see ./draw-queue.ts).
  useEffect(() => {
    const el = box.current;
    if (!el || !chart || width === 0) return;
    requestDraw(el, () => {
      if (!el.isConnected) return;
      const data = table();
      if (plot.current?.key === plotKey) return plot.current.u.setData(data);
      plot.current?.u.destroy();
      plot.current = { u: new uPlot(options(), data, el), key: plotKey };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- plotKey captures the plot's identity; the turn reads the latest data
  }, [version, plotKey, hasB, theory?.value]);

  if (!chart) return null;
  const s = store.getState();
  // a labelled time axis (the system's clock) also says which stretch of it the chart covers so far
  const times = s.a.series[0] ?? [];
  const span = xLabel && times.length ? `, ${axisTime(times[0] as number)} to ${axisTime(times[times.length - 1] as number)}` : '';
  const latest = chart.series
    .map((k) => {
      const d = defs.find((x) => x.key === k);
      return d ? `${d.label} ${formatValue(d.measured && def.warmingUp?.(s.a.snapshot) ? NaN : d.get(s.a.snapshot), chart.unit)}` : '';
    })
    .join(', ');
  return (
    <figure className="min-w-0">
      <figcaption className="text-sm font-medium text-slate-800 dark:text-slate-200">{chart.title}</figcaption>
      <div
        ref={box}
        role="img"
        data-guess={guess?.text}
        aria-label={`${chart.title}, y-axis in ${axisUnit(chart.unit)}, x-axis: ${xLabel ?? 'simulated time'}${span}. Latest: ${latest}${theory ? `; ${theory.label} ${formatValue(theory.value, chart.unit)}` : ''}${guess ? `; your guess ${guess.text} is marked` : ''}.`}
        style={{ height }}
        className="w-full"
      />
      <Legend lines={lines} guess={guess} dark={dark} />
    </figure>
  );
}

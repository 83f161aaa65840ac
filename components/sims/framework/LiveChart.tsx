'use client';

import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import type { ChartDef, Params, SeriesDef, SimDefinition } from '@/lib/sim-ui/definition';
import { formatValue } from '@/lib/sim-ui/format';
import { spreadLabels } from '@/lib/sim-ui/label-layout';
import { useSim, useSimStoreApi } from './context';
import { useDarkTheme } from './theme';
import { yRangeWithGuess, type GuessMark } from './guess-mark';
import { drawGuess, GUESS_DASH, guessColor } from './guess-mark-draw';
import { DASH, seriesColor } from './palette';

const HEIGHT = 170;
/** A lesson figure's chart: shorter, so the whole figure fits one screen. */
const COMPACT_HEIGHT = 130;
/** Vertical room one inline line name needs (CSS px). */
const LABEL_GAP_PX = 13;

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

/** Writes every line's short name next to its last point, spread apart so no two names overlap. */
function labelLineEnds(u: uPlot, lines: Line[], dark: boolean) {
  const ctx = u.ctx;
  const dpr = window.devicePixelRatio || 1;
  const ends: { label: string; y: number }[] = [];
  lines.forEach((l, i) => {
    const ys = u.data[i + 1] as (number | null)[] | undefined;
    if (!ys) return;
    let k = ys.length - 1;
    while (k >= 0 && (ys[k] === null || ys[k] === undefined)) k--;
    if (k < 0) return;
    ends.push({ label: l.label.replace(/^theory.*/, 'theory'), y: u.valToPos(ys[k] as number, 'y', true) - 2 * dpr });
  });
  const placed = spreadLabels(
    ends.map((e) => e.y),
    LABEL_GAP_PX * dpr,
    u.bbox.top,
    u.bbox.top + u.bbox.height,
  );
  ctx.save();
  ctx.font = `${11 * dpr}px system-ui, sans-serif`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  const x = u.bbox.left + u.bbox.width - 2 * dpr;
  ends.forEach((e, i) => {
    const y = placed[i] as number;
    const w = ctx.measureText(e.label).width;
    // A faint backing keeps the name readable where it crosses a line.
    ctx.fillStyle = dark ? 'rgba(15,23,42,0.8)' : 'rgba(255,255,255,0.8)';
    ctx.fillRect(x - w - 2 * dpr, y - 12 * dpr, w + 4 * dpr, 13 * dpr);
    ctx.fillStyle = dark ? '#e2e8f0' : '#1e293b';
    ctx.fillText(e.label, x, y);
  });
  ctx.restore();
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
  const plot = useRef<uPlot | null>(null);
  const [width, setWidth] = useState(0);
  // A figure waiting for its prediction leaves the theory line out: it would be the answer.
  const theory = withholdTheory ? null : (chart?.theory?.(params) ?? null);
  const lines = chart ? linesOf(chart, defs, hasB, theory ? theory.label : null, dark) : [];
  const pct = chart?.unit === '%';
  // the x scale (a compressed day's length, say) rebuilds the axes like a change of lines
  const linesKey = lines.map((l) => l.label + l.color).join('|') + `|${xLabel ?? ''}|${axisSteps?.join(',') ?? ''}|${axisTime(3600)}`;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // (Re)create the plot when its lines, theme or size change; data updates go through setData.
  useEffect(() => {
    const el = box.current;
    if (!el || !chart || width === 0) return;
    const axis = dark ? '#cbd5e1' : '#334155';
    const grid = dark ? '#334155' : '#e2e8f0';
    // Tick numbers carry no unit (but %); the axis title names it.
    const fmt = (v: number) => formatValue(pct ? v / 100 : v, pct ? '%' : '').replace(/ %$/, '%');
    const u = new uPlot(
      {
        width,
        height,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false }, y: { range: (_u, min, max) => yRangeWithGuess(min, max, guess?.plotted) } },
        axes: [
          {
            stroke: axis,
            grid: { stroke: grid },
            ticks: { stroke: grid },
            values: (_u, vals) => vals.map(axisTime),
            ...(axisSteps ? { incrs: axisSteps } : {}),
            // A lesson figure's chart leaves the axis title out (its ticks read 18:00, 24 mo); the accessible name still gives it.
            ...(xLabel && !compact ? { label: xLabel, labelSize: 16, labelFont: '12px system-ui, sans-serif' } : {}),
          },
          {
            stroke: axis,
            grid: { stroke: grid },
            ticks: { stroke: grid },
            size: 48,
            values: (_u, vals) => vals.map(fmt),
            label: axisUnit(chart.unit),
            labelSize: 16,
            labelFont: '12px system-ui, sans-serif',
          },
        ],
        series: [{}, ...lines.map((l) => ({ label: l.label, stroke: l.color, width: 2, dash: l.dash, points: { show: false } }))],
        // Name each line at its last point, so lines are told apart by text, not colour alone.
        hooks: {
          draw: [
            (plot: uPlot) => {
              if (guess) drawGuess(plot, guess, dark);
              labelLineEnds(plot, lines, dark);
            },
          ],
        },
      },
      [[]],
      el,
    );
    plot.current = u;
    return () => {
      u.destroy();
      plot.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- linesKey captures the lines' identity
  }, [linesKey, width, height, compact, dark, chartId, guess?.plotted, guess?.text]);

  useEffect(() => {
    const u = plot.current;
    if (!u || !chart) return;
    const s = store.getState();
    const idx = chart.series.map((k) => defs.findIndex((d) => d.key === k) + 1);
    const scale = (v: number) => (pct ? v * 100 : v);
    // NaN (nothing counted yet, during the warm-up) becomes a gap in the line.
    const point = (v: number) => (Number.isNaN(v) ? null : scale(v));
    const table = (series: number[][]): uPlot.AlignedData => [series[0] ?? [], ...idx.map((i) => (series[i] ?? []).map(point))];
    const tables = [table(s.a.series), ...(s.b ? [table(s.b.series)] : [])];
    let data = tables.length > 1 ? uPlot.join(tables) : tables[0]!;
    if (hasB) {
      // uPlot.join lists A's columns then B's; interleave them to match the line order (A, B per series).
      const n = idx.length;
      data = [data[0], ...idx.flatMap((_, k) => [data[1 + k], data[1 + n + k]])] as uPlot.AlignedData;
    }
    if (theory) data = [...data, (data[0] as number[]).map(() => scale(theory.value))] as uPlot.AlignedData;
    u.setData(data);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- theory is recomputed per render; its value is what matters
  }, [version, linesKey, width, dark, chart, defs, hasB, pct, store, theory?.value, guess?.plotted, guess?.text]);

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

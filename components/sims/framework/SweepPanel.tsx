'use client';

import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import type { Params, SweepDef } from '@/lib/sim-ui/definition';
import { formatValue } from '@/lib/sim-ui/format';
import { RunProgress } from './RunProgress';
import { useSim, useSimStoreApi } from './context';
import { DASH, seriesColor } from './palette';
import { useDarkTheme } from './theme';

const HEIGHT = 200;
/** Wall ms of quiet after a settings change before the sweep re-runs by itself. */
const AUTO_RUN_DELAY_MS = 700;

/**
 * A parameter sweep (e.g. latency vs load, 20 runs) computed in the worker, with the theory
 * curve over the same points. Runs on request and re-runs when the params change (debounced).
 */
export function SweepPanel() {
  const api = useSimStoreApi();
  const sweepDef = useSim((s) => s.def.sweep) as SweepDef<Params, unknown> | undefined;
  const sweep = useSim((s) => s.sweep);
  const params = useSim((s) => s.params);
  const dark = useDarkTheme();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [tookMs, setTookMs] = useState<number | null>(null);
  const stale = sweep.forParams !== params;

  const run = async () => {
    setTookMs(null);
    const t0 = performance.now();
    await api.getState().runSweep();
    setTookMs(Math.round(performance.now() - t0));
  };

  // Keep the sweep current: re-run (in the worker) a moment after the settings stop changing.
  useEffect(() => {
    if (!sweepDef || !stale || sweep.status === 'running') return;
    const timer = setTimeout(async () => {
      setTookMs(null);
      const t0 = performance.now();
      await api.getState().runSweep();
      setTookMs(Math.round(performance.now() - t0));
    }, AUTO_RUN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, sweepDef, stale, sweep.status, params]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    const r = sweep.result;
    if (!el || !sweepDef || !r || width === 0) return;
    const axis = dark ? '#cbd5e1' : '#334155';
    const grid = dark ? '#334155' : '#e2e8f0';
    const lines = [
      ...sweepDef.metrics.map((m, i) => ({ label: m.label, stroke: seriesColor(i, dark), dash: DASH.a, values: r.y[m.key] ?? [] })),
      ...(r.theory ? [{ label: r.theory.label, stroke: dark ? '#D4D4D8' : '#3f3f46', dash: DASH.theory, values: r.theory.values }] : []),
    ];
    const u = new uPlot(
      {
        width,
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false } },
        axes: [
          { stroke: axis, grid: { stroke: grid }, values: (_u, v) => v.map((x) => (sweepDef.xUnit === '%' ? `${Math.round(x * 100)}%` : String(x))) },
          { stroke: axis, grid: { stroke: grid }, size: 60, values: (_u, v) => v.map((y) => formatValue(y, sweepDef.metrics[0]?.unit ?? '')) },
        ],
        series: [{}, ...lines.map((l) => ({ label: l.label, stroke: l.stroke, width: 2, dash: l.dash, points: { show: true, size: 5 } }))],
      },
      [r.x, ...lines.map((l) => l.values.map((v) => (Number.isFinite(v) ? v : null)))] as uPlot.AlignedData,
      el,
    );
    return () => u.destroy();
  }, [sweep.result, sweepDef, width, dark]);

  if (!sweepDef) return null;
  const r = sweep.result;
  const current = sweepDef.currentX?.(params);
  const pct = (x: number) => (sweepDef.xUnit === '%' ? formatValue(x, '%') : formatValue(x, sweepDef.xUnit));
  const legend = r ? [...sweepDef.metrics.map((m, i) => ({ label: m.label, color: seriesColor(i, dark), dash: DASH.a })), ...(r.theory ? [{ label: r.theory.label, color: dark ? '#D4D4D8' : '#3f3f46', dash: DASH.theory }] : [])] : [];
  const last = r ? r.x.length - 1 : -1;
  const summary = r
    ? `${sweepDef.title}: at ${pct(r.x[0] ?? 0)} load ${sweepDef.metrics.map((m) => `${m.label} ${formatValue(r.y[m.key]?.[0] ?? NaN, m.unit)}`).join(', ')}; at ${pct(r.x[last] ?? 0)} load ${sweepDef.metrics
        .map((m) => `${m.label} ${formatValue(r.y[m.key]?.[last] ?? NaN, m.unit)}`)
        .join(', ')}${r.theory ? `; ${r.theory.label} ${formatValue(r.theory.values[last] ?? NaN, sweepDef.metrics[0]?.unit ?? '')}` : ''}.`
    : '';
  return (
    <section aria-label={sweepDef.title} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm font-medium">{sweepDef.title}</p>
        <button
          type="button"
          onClick={() => void run()}
          disabled={sweep.status === 'running'}
          className="no-print min-h-10 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800"
        >
          {r && !stale ? 'Run the sweep again' : 'Run the sweep'}
        </button>
        <span role="status" aria-label="Sweep status" className="text-sm text-slate-700 dark:text-slate-300">
          {sweep.status === 'running' ? 'Running 20 simulations…' : r ? `${r.x.length} runs${tookMs !== null ? ` in ${tookMs} ms` : ''}${stale ? ' (for earlier settings)' : ''}` : 'Not run yet'}
        </span>
        <RunProgress kind="sweep" />
        {current !== undefined && <span className="text-sm text-slate-700 dark:text-slate-300">Your setup: {pct(current)} {sweepDef.xLabel.toLowerCase()}</span>}
      </div>
      <div ref={box} role="img" aria-label={summary || `${sweepDef.title}: not run yet.`} style={{ height: r ? HEIGHT : 0 }} className="w-full" />
      {r && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
          {legend.map((l) => (
            <li key={l.label} className="flex items-center gap-1.5">
              <svg width="24" height="8" aria-hidden="true">
                <line x1="0" y1="4" x2="24" y2="4" stroke={l.color} strokeWidth="2.5" strokeDasharray={l.dash.join(' ')} />
              </svg>
              {l.label}
            </li>
          ))}
          <li>x: {sweepDef.xLabel}</li>
        </ul>
      )}
    </section>
  );
}

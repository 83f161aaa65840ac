'use client';

import { useId } from 'react';
import { shownValue, type MetricDef, type Params, type SimDefinition } from '@/lib/sim-ui/definition';
import { formatDelta, formatValue } from '@/lib/sim-ui/format';
import { useSim } from './context';

/** What a withheld theory number reads until the learner predicts or skips. */
export const WITHHELD = 'after you predict';

function verdict(m: MetricDef<unknown>, a: number, b: number): { word: string; tone: string } {
  if (a === b || !m.better || !Number.isFinite(b - a)) return { word: '', tone: 'text-slate-700 dark:text-slate-300' };
  const better = m.better === 'lower' ? b < a : b > a;
  return better ? { word: 'better', tone: 'text-emerald-800 dark:text-emerald-300' } : { word: 'worse', tone: 'text-rose-800 dark:text-rose-300' };
}

/**
 * The live numbers as a definition list. Each value is an `<output>` named by its term (role
 * status with live announcements off — LiveSummary speaks instead), so tests and assistive tech
 * find "p99 latency" by name; `notes` adds a line under a metric (a prediction checked against it); with an A/B lane it adds B's value and the difference B − A.
 * `withholdTheory`: theory numbers read "after you predict" (a figure waiting for its `<Predict>`).
 */
export function Metrics({ keys, notes, withholdTheory = false, dense = false }: { keys?: string[]; notes?: Record<string, string>; withholdTheory?: boolean; dense?: boolean }) {
  const id = useId();
  useSim((s) => s.version);
  const metrics = useSim((s) => s.def.metrics) as MetricDef<unknown>[];
  const a = useSim((s) => s.a.snapshot);
  const b = useSim((s) => s.b?.snapshot);
  const compareKey = useSim((s) => s.compareKey);
  const def = useSim((s) => s.def) as SimDefinition<Params, unknown>;
  const shown = (keys ? metrics.filter((m) => keys.includes(m.key)) : metrics).filter((m) => !m.hidden?.(a));
  return (
    // Dense (a lesson figure): as many columns as fit, so a laptop shows a figure's numbers in one row.
    <dl className={dense ? 'grid grid-flow-dense grid-cols-[repeat(auto-fit,minmax(9rem,1fr))] gap-1.5' : 'grid grid-cols-2 gap-2 @xl:grid-cols-3 @3xl:grid-cols-4'} aria-label="Live metrics">
      {shown.map((m) => {
        // Nothing measured yet (the warm-up, or t = 0): a statistic reads "—", never 0.
        const va = shownValue(def, m, a);
        const vb = b !== undefined ? shownValue(def, m, b) : NaN;
        const v = verdict(m, va, vb);
        const tid = `${id}-${m.key}`;
        return (
          // Dense: a card with a sentence under its number takes two columns below laptop width (two short lines, not five narrow ones); the others fill in around it.
          <div key={m.key} className={`rounded-md border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900/60 ${dense ? `px-2 py-1 ${m.note || notes?.[m.key] ? 'col-span-2 @2xl:col-span-1' : ''}` : 'px-3 py-2'}`}>
            <dt id={tid} className="text-xs font-medium text-slate-600 dark:text-slate-400">
              {m.label}
            </dt>
            <dd className={`font-mono tabular-nums text-slate-900 dark:text-slate-100 ${dense ? 'text-base' : 'text-lg'}`}>
              {b !== undefined && (
                <span className="mr-1 text-xs text-slate-600 dark:text-slate-400" aria-hidden="true">
                  A
                </span>
              )}
              <output aria-labelledby={tid} aria-live="off" className={m.theory && withholdTheory ? 'font-sans text-sm text-slate-700 dark:text-slate-300' : undefined}>
                {m.theory && withholdTheory ? WITHHELD : formatValue(va, m.unit)}
              </output>
            </dd>
            {notes?.[m.key] && <dd className="mt-0.5 text-xs font-medium text-violet-900 dark:text-violet-200">{notes[m.key]}</dd>}
            {b !== undefined && compareKey && (
              <>
                <dd className="font-mono text-sm tabular-nums text-slate-800 dark:text-slate-200">
                  <span className="mr-1 text-xs text-slate-600 dark:text-slate-400" aria-hidden="true">
                    B
                  </span>
                  <output aria-label={`${m.label}, lane B`} aria-live="off">
                    {formatValue(vb, m.unit)}
                  </output>
                </dd>
                <dd className={`font-mono text-sm tabular-nums ${v.tone}`}>
                  <output aria-label={`${m.label}, B minus A`} aria-live="off">
                    {formatDelta(va, vb, m.unit)}
                  </output>{' '}
                  {v.word && <span className="font-sans text-xs">({v.word})</span>}
                </dd>
              </>
            )}
            {m.note && <dd className="mt-1 text-xs text-slate-700 dark:text-slate-300">{m.note(a)}</dd>}
          </div>
        );
      })}
    </dl>
  );
}

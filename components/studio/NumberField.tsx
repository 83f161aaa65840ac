'use client';

import { useId, useState } from 'react';
import type { ParamInfo } from '@/lib/sim/describe';
import type { UiRange } from '@/lib/sim-ui/definition';
import { formatValue } from '@/lib/sim-ui/format';
import { sliderRange } from '@/lib/sim-ui/slider';

const stepBtn =
  'inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-md border border-slate-400 bg-white text-base font-semibold text-slate-800 hover:bg-slate-100 disabled:opacity-40 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

/** A fraction is read and typed as a percentage. */
const isFraction = (f: ParamInfo) => f.unit === 'fraction';

/** The value with its unit, as the learner reads it. */
export function fieldText(f: ParamInfo, v: number): string {
  if (isFraction(f)) return formatValue(v, '%');
  if (f.unit === '' || f.key === 'seed') return String(v);
  return formatValue(v, f.unit);
}

/**
 * A number setting: − and + steppers, a slider over a practical range, and a box that takes any
 * value the schema allows (out of range is refused in words, the value stays). Fractions are
 * shown and typed as percentages.
 */
export function NumberField({ field, value, onChange, range, name }: { field: ParamInfo; value: number; onChange: (v: number) => void; range?: UiRange; name?: string }) {
  const id = useId();
  const pct = isFraction(field);
  const r = sliderRange(field, pct ? { min: 0, max: 1, step: 0.01, ...range } : range, value);
  const step = r.step;
  const lo = field.min ?? -Infinity;
  const hi = field.max ?? Infinity;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const label = name ?? field.label;
  const clamp = (v: number) => Math.min(hi, Math.max(lo, Math.round(v / step) * step));
  const shown = (v: number) => (pct ? String(Math.round(v * 1000) / 10) : String(v));
  const commit = (v: number) => {
    setError(null);
    setDraft(null);
    onChange(Number(v.toPrecision(12)));
  };
  const typed = (text: string) => {
    setDraft(text);
    const n = Number(text);
    const v = pct ? n / 100 : n;
    if (text.trim() === '' || !Number.isFinite(n)) return setError('type a number');
    if (field.kind === 'integer' && !Number.isInteger(v)) return setError('must be a whole number');
    if (v < lo || v > hi) return setError(`must be between ${fieldText(field, lo)} and ${fieldText(field, hi)}`);
    setError(null);
    onChange(v);
  };
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <label htmlFor={`${id}-n`} className="font-medium text-slate-800 dark:text-slate-200">
          {label}
          {field.unit && <span className="font-normal text-slate-600 dark:text-slate-400"> ({pct ? '%' : field.unit})</span>}
        </label>
        <output htmlFor={`${id}-n`} className="font-mono text-xs tabular-nums text-slate-700 dark:text-slate-300">
          {fieldText(field, value)}
        </output>
      </div>
      <div className="flex items-center gap-1.5">
        <button type="button" className={stepBtn} aria-label={`Less ${label.toLowerCase()}`} disabled={value <= lo} onClick={() => commit(clamp(value - step))}>
          −
        </button>
        <input
          type="range"
          min={r.min}
          max={r.max}
          step={step}
          value={value}
          aria-label={`${label} slider`}
          aria-valuetext={fieldText(field, value)}
          onChange={(e) => commit(Number(e.target.value))}
          className="h-8 min-w-0 flex-1 cursor-pointer accent-sky-700 dark:accent-sky-400"
        />
        <button type="button" className={stepBtn} aria-label={`More ${label.toLowerCase()}`} disabled={value >= hi} onClick={() => commit(clamp(value + step))}>
          +
        </button>
        <input
          id={`${id}-n`}
          type="number"
          inputMode="decimal"
          className="h-9 w-20 shrink-0 rounded-md border border-slate-400 bg-white px-1.5 text-right font-mono text-sm tabular-nums dark:border-slate-500 dark:bg-slate-900"
          value={draft ?? shown(value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-d`}
          onChange={(e) => typed(e.target.value)}
          onBlur={() => {
            setDraft(null);
            setError(null);
          }}
        />
      </div>
      <span id={`${id}-d`} className={error ? 'text-xs text-rose-800 dark:text-rose-300' : 'sr-only'}>
        {error ? `${label} ${error}; it stays ${fieldText(field, value)}` : field.description}
      </span>
    </div>
  );
}

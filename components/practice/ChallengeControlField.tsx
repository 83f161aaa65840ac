'use client';

import { useId } from 'react';
import type { ChallengeControl, ControlValue } from '@/lib/practice/challenges';
import { field } from './styles';

const SINGULAR: Record<string, string> = { servers: 'server', replicas: 'replica', workers: 'worker', entries: 'entry', requests: 'request', shards: 'shard', keys: 'key', jobs: 'job' };

/** "6 servers", "1 server", "2×", "500 ms". */
function withUnit(v: ControlValue, unit: string): string {
  if (!unit) return String(v);
  if (unit === '×') return `${String(v)}×`;
  return `${String(v)} ${v === 1 ? (SINGULAR[unit] ?? unit) : unit}`;
}

/** One labelled control generated from the model schema: a slider for ranges, a select for options. */
export function ChallengeControlField({ control: c, value, onChange }: { control: ChallengeControl; value: ControlValue; onChange(v: ControlValue): void }) {
  const id = useId();
  const describedBy = `${id}-d`;
  return (
    <div>
      {c.kind === 'range' ? (
        <>
          <div className="flex items-baseline justify-between gap-2">
            <label htmlFor={id} className="text-sm font-medium">
              {c.label}
            </label>
            <output htmlFor={id} className="font-mono text-sm tabular-nums">
              {withUnit(value, c.unit)}
            </output>
          </div>
          <input
            id={id}
            type="range"
            min={c.min}
            max={c.max}
            step={c.step}
            value={Number(value)}
            aria-valuetext={withUnit(value, c.unit)}
            aria-describedby={describedBy}
            onChange={(e) => onChange(Number(e.target.value))}
            className="mt-1 w-full accent-sky-700 dark:accent-sky-400"
          />
        </>
      ) : (
        <label className="flex flex-col gap-1 text-sm font-medium">
          {c.label}
          <select
            value={String(c.options.findIndex((o) => o.value === value))}
            aria-describedby={describedBy}
            onChange={(e) => {
              const o = c.options[Number(e.target.value)];
              if (o) onChange(o.value);
            }}
            className={field}
          >
            {c.options.map((o, i) => (
              <option key={String(o.value)} value={String(i)}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <p id={describedBy} className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
        {c.description}
      </p>
    </div>
  );
}

'use client';

import { useId, useMemo } from 'react';
import { runSchema, type Design, type DesignFault } from '@/lib/sim/design/schema';
import { describeParams } from '@/lib/sim/describe';
import { useStudio, useStudioApi } from './context';
import { Fields } from './Fields';
import { smallBtn } from './styles';

/** A scheduled fault in words: "12:00 · kill machine 1 of App servers". */
export function faultText(f: DesignFault, label: (id: string) => string): string {
  const at = `${String(Math.floor(f.atHour)).padStart(2, '0')}:${String(Math.round((f.atHour % 1) * 60)).padStart(2, '0')}`;
  switch (f.type) {
    case 'kill-machine':
      return `${at} · machine ${f.machine + 1} of ${label(f.target)} dies`;
    case 'revive-machine':
      return `${at} · machine ${f.machine + 1} of ${label(f.target)} comes back`;
    case 'restart-cache':
      return `${at} · ${label(f.target)} restarts empty`;
    case 'fail-primary':
      return `${at} · the primary of ${label(f.target)} fails`;
    case 'slow':
      return `${at} · ${label(f.target)} is ${f.factor}× slower for ${f.hours} h`;
    case 'partition':
      return `${at} · ${label(f.target)} is cut off for ${f.hours} h`;
    case 'surge':
      return `${at} · traffic × ${f.multiplier} for ${f.hours} h`;
  }
}

/** With nothing selected, the side sheet holds the design's own settings: its name, how the day is run, its scheduled faults. */
export function DesignSettings() {
  const api = useStudioApi();
  const id = useId();
  const design = useStudio((s) => s.design);
  const fields = useMemo(() => describeParams(runSchema), []);
  const label = (x: string) => design.components.find((c) => c.id === x)?.label ?? x;
  const apply = (next: Design, coalesce: string) => api.getState().apply(next, { coalesce });
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-base font-semibold">
        Design settings
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">Select a box or an arrow on the canvas (or in the outline) to edit it here.</p>
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          Description
        </label>
        <textarea
          id={id}
          rows={2}
          maxLength={2000}
          className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-500 dark:bg-slate-900"
          value={design.description ?? ''}
          onChange={(e) => {
            const { description: _old, ...rest } = api.getState().design;
            void _old;
            apply(e.target.value ? { ...rest, description: e.target.value } : rest, 'description');
          }}
        />
      </div>
      <p className="text-sm font-medium">How the day is run</p>
      <Fields fields={fields} values={design.run} onChange={(key, v) => apply({ ...api.getState().design, run: { ...api.getState().design.run, [key]: v } }, `run.${key}`)} />
      {design.faults.length > 0 && (
        <div className="flex flex-col gap-1">
          <p className="text-sm font-medium">Scheduled faults</p>
          <ul className="flex flex-col gap-1 text-sm">
            {design.faults.map((f, i) => (
              <li key={i} className="flex items-center justify-between gap-2">
                <span>{faultText(f, label)}</span>
                <button
                  type="button"
                  className={smallBtn}
                  aria-label={`Remove the scheduled fault: ${faultText(f, label)}`}
                  onClick={() => api.getState().apply({ ...api.getState().design, faults: api.getState().design.faults.filter((_, j) => j !== i) }, { note: 'Removed a scheduled fault' })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

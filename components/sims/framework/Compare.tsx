'use client';

import { useId } from 'react';
import type { Params } from '@/lib/sim-ui/definition';
import { useSim, useSimStoreApi } from './context';
import { ParamControl } from './ParamControl';

const btn =
  'inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

/**
 * A/B compare: copies the current setup into lane B, which differs in one setting the learner
 * picks and shares the seed (same arrivals, same job sizes). The metrics show B − A.
 */
export function Compare() {
  const id = useId();
  const api = useSimStoreApi();
  const fields = useSim((s) => s.fields);
  const controls = useSim((s) => s.controls);
  const compareKeys = useSim((s) => s.def.compareKeys) ?? controls;
  const compareKey = useSim((s) => s.compareKey);
  const bParams = useSim((s) => s.b?.params) as Params | undefined;
  const ui = useSim((s) => s.def.ui) as Record<string, object | undefined> | undefined;
  const candidates = compareKeys.map((k) => fields.find((f) => f.key === k)).filter((f) => f !== undefined);
  if (candidates.length === 0) return null;
  const field = fields.find((f) => f.key === compareKey);
  if (!compareKey || !field || !bParams)
    return (
      <div className="no-print flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
            Compare with a B lane that differs in
          </label>
          <select id={id} className="min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-900" defaultValue={candidates[0]?.key}>
            {candidates.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={btn}
          onClick={() => {
            const sel = document.getElementById(id) as HTMLSelectElement | null;
            api.getState().startCompare(sel?.value ?? candidates[0]!.key);
          }}
        >
          Start A/B compare
        </button>
      </div>
    );
  return (
    <div className="no-print rounded-md border border-dashed border-slate-400 p-3 dark:border-slate-500" role="group" aria-label="Lane B">
      <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        Lane B (dashed lines) is lane A with one change, on the same random stream:
      </p>
      <ParamControl field={field} value={bParams[field.key]} range={ui?.[field.key]} params={bParams} namePrefix="B: " onChange={(v) => api.getState().setCompareValue(v)} />
      <button type="button" className={`${btn} mt-2`} onClick={() => api.getState().stopCompare()}>
        Stop comparing
      </button>
    </div>
  );
}

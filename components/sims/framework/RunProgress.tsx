'use client';

import { useSim, useSimStoreApi } from './context';

const cancelBtn =
  'min-h-10 rounded-md border border-rose-700 bg-white px-3 text-sm font-medium text-rose-800 hover:bg-rose-50 dark:border-rose-300 dark:bg-slate-900 dark:text-rose-200 dark:hover:bg-slate-800';

/**
 * Progress of a run to the end (`kind="run"`) or a sweep computing in the worker, with a Cancel
 * button; renders nothing while none is computing.
 */
export function RunProgress({ kind }: { kind: 'run' | 'sweep' }) {
  const fraction = useSim((s) => (kind === 'run' ? s.runProgress : s.sweepProgress));
  const api = useSimStoreApi();
  if (fraction === null) return null;
  const what = kind === 'run' ? 'Run to end' : 'Sweep';
  return (
    <span className="no-print inline-flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <progress max={1} value={fraction} aria-label={`${what} progress`} className="h-2 w-20 accent-sky-700" />
      <span className="font-mono tabular-nums" aria-hidden="true">
        {Math.round(fraction * 100)} %
      </span>
      <button type="button" className={cancelBtn} aria-label={`Cancel ${what.toLowerCase()}`} onClick={() => (kind === 'run' ? api.getState().cancelRun() : api.getState().cancelSweep())}>
        Cancel
      </button>
    </span>
  );
}

'use client';

import { useSim, useSimStoreApi } from '../framework/context';
import type { ScalingSnapshot } from './run';

/** Takes one machine away from each plan (and gives it back): the failure story in one click. */
export function LoseMachine() {
  const api = useSimStoreApi();
  useSim((s) => s.version);
  const lost = useSim((s) => (s.a.runner ? (s.a.runner.snapshot() as ScalingSnapshot).machineLost : (s.a.snapshot as ScalingSnapshot).machineLost));
  const done = useSim((s) => s.done);
  return (
    <div className="no-print flex items-center gap-3">
      <button
        type="button"
        disabled={done}
        aria-pressed={lost}
        onClick={() => api.getState().act({ type: lost ? 'revive' : 'kill', server: 0 })}
        className="min-h-10 shrink-0 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800"
      >
        {lost ? 'Bring the machine back' : 'Lose one machine'}
      </button>
      <span className="text-sm text-slate-700 dark:text-slate-300">Watch “demand served” below.</span>
    </div>
  );
}

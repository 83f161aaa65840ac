'use client';

import type { SystemSnapshot } from '@/lib/sim/models/system';
import { useSim, useSimStoreApi } from '../framework/context';

const btn =
  'min-h-9 rounded border border-rose-700 bg-white px-3 text-sm font-medium text-rose-800 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-rose-400 dark:bg-slate-900 dark:text-rose-200 dark:hover:bg-rose-950';

/**
 * Faults now, at the current sim time (logged with their time so "Run to end" replays them).
 * For a share link, schedule the fault in the settings instead (hour of day).
 */
export function FaultButtons() {
  useSim((s) => s.version);
  const snap = useSim((s) => s.a.snapshot) as SystemSnapshot;
  const done = useSim((s) => s.done || s.busy);
  const api = useSimStoreApi();
  const has = (id: string) => snap.tiers.some((t) => t.id === id);
  const app = snap.tiers.find((t) => t.id === 'app');
  const firstAlive = app ? app.machines.findIndex((m) => m.alive) : -1;
  const clones = (app?.machines.length ?? 0) > 1 || snap.tiers.length > 1;
  return (
    <div className="no-print flex flex-col gap-1" role="group" aria-label="Faults">
      <p className="font-medium">Break something now</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={btn} disabled={done || !clones || firstAlive < 0} onClick={() => api.getState().act({ type: 'kill', server: firstAlive })}>
          Kill app clone {firstAlive + 1}
        </button>
        <button type="button" className={btn} disabled={done || !has('cache')} onClick={() => api.getState().act({ type: 'fault', fault: 'cache-restart' })}>
          Restart the cache (cold)
        </button>
        <button type="button" className={btn} disabled={done || !has('db')} onClick={() => api.getState().act({ type: 'fault', fault: 'primary-fail' })}>
          Fail the database primary
        </button>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">A share link carries scheduled faults (the “at hour” settings), not these buttons.</p>
    </div>
  );
}

'use client';

import type { LbSnapshot } from '@/lib/sim/models/lb';
import { useSim, useSimStoreApi } from '../framework/context';

/** One row of Kill/Revive buttons, one per server: what a lesson figure needs of the server table. */
export function KillButtons() {
  const api = useSimStoreApi();
  useSim((s) => s.version);
  const servers = useSim((s) => (s.a.snapshot as LbSnapshot).metrics.perServer);
  const locked = useSim((s) => s.done || s.busy);
  return (
    <div className="no-print flex flex-wrap items-center gap-1.5" role="group" aria-label="Kill or revive a server">
      {servers.map((v, i) => (
        <button
          key={i}
          type="button"
          disabled={locked}
          aria-pressed={!v.alive}
          onClick={() => api.getState().act({ type: v.alive ? 'kill' : 'revive', server: i })}
          className="min-h-9 rounded-md border border-slate-300 px-2 text-sm hover:bg-slate-50 disabled:opacity-50 aria-pressed:border-rose-700 aria-pressed:text-rose-800 dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:text-rose-300"
        >
          {v.alive ? 'Kill' : 'Revive'} server {i + 1}
        </button>
      ))}
    </div>
  );
}

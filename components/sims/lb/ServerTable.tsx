'use client';

import { useState } from 'react';
import type { LbParams, LbSnapshot } from '@/lib/sim/models/lb';
import { formatValue } from '@/lib/sim-ui/format';
import { useSim, useSimStoreApi } from '../framework/context';
import { SERVER_SPEEDS, speedOf } from './definition';

function status(alive: boolean, inRotation: boolean): string {
  if (alive) return inRotation ? 'up' : 'up, not yet back in rotation';
  return inRotation ? 'down, still receiving (health check pending)' : 'down, out of rotation';
}

const cell = 'px-2 py-1 text-right font-mono tabular-nums';
const pageButton = 'min-h-9 rounded border border-slate-300 px-2 text-sm hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * Rows shown at once (the Servers slider's maximum): a link may ask for 1,000 servers, and 1,000
 * rows of selects and buttons re-rendered on every step froze the page for seconds.
 */
export const TABLE_ROWS = 32;

/**
 * Per-server numbers (utilization, mean queue, served, dropped) with a speed choice and a
 * kill/revive button per server, {@link TABLE_ROWS} servers at a time (Previous / Next pages
 * through more). Doubles as the reduced-motion view of the servers.
 */
export function ServerTable() {
  const api = useSimStoreApi<LbParams, LbSnapshot>();
  useSim((s) => s.version);
  const snap = useSim((s) => s.a.snapshot) as LbSnapshot;
  const params = useSim((s) => s.params) as LbParams;
  const done = useSim((s) => s.done);
  const busy = useSim((s) => s.busy);
  const [page, setPage] = useState(0);
  const total = snap.metrics.perServer.length;
  const pages = Math.max(1, Math.ceil(total / TABLE_ROWS));
  // fewer servers than before: stay on the last page there is
  const shown = Math.min(page, pages - 1);
  const first = shown * TABLE_ROWS;
  const rows = snap.metrics.perServer.slice(first, first + TABLE_ROWS);
  const setSpeed = (i: number, v: number) => {
    const speeds = Array.from({ length: params.servers }, (_, k) => speedOf(params, k));
    speeds[i] = v;
    api.getState().setParam('serverSpeeds', speeds);
  };
  const table = (
    <div className="relative max-h-96 overflow-auto rounded-md border border-slate-200 dark:border-slate-700" tabIndex={0} role="region" aria-label="Servers">
      <table className="w-full text-sm">
        <caption className="sr-only">Per-server state and controls (lane A){pages > 1 ? `, servers ${first + 1}–${first + rows.length} of ${total}` : ''}</caption>
        <thead className="sticky top-0 bg-slate-100 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          <tr>
            <th scope="col" className="px-2 py-1 text-left">Server</th>
            <th scope="col" className="px-2 py-1 text-left">Status</th>
            <th scope="col" className="px-2 py-1 text-right">Utilization</th>
            <th scope="col" className="px-2 py-1 text-right">Mean queue</th>
            <th scope="col" className="px-2 py-1 text-right">Served</th>
            <th scope="col" className="px-2 py-1 text-right">Dropped</th>
            <th scope="col" className="no-print px-2 py-1">Speed</th>
            <th scope="col" className="no-print px-2 py-1">Action</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((v, k) => {
            const i = first + k;
            return (
              <tr key={i} className="border-t border-slate-200 dark:border-slate-700">
                <th scope="row" className="px-2 py-1 text-left font-medium">
                  {i + 1}
                </th>
                <td className={`px-2 py-1 ${v.alive ? '' : 'font-semibold text-rose-800 dark:text-rose-300'}`}>{status(v.alive, v.inRotation)}</td>
                <td className={cell}>{formatValue(v.utilization, '%')}</td>
                <td className={cell}>{formatValue(v.meanQueueLength, '')}</td>
                <td className={cell}>{v.served}</td>
                <td className={cell}>{v.dropped}</td>
                <td className="no-print px-2 py-1">
                  <select
                    aria-label={`Speed of server ${i + 1}`}
                    value={speedOf(params, i)}
                    onChange={(e) => setSpeed(i, Number(e.target.value))}
                    className="min-h-9 rounded border border-slate-300 bg-white px-1 text-sm dark:border-slate-600 dark:bg-slate-900"
                  >
                    {[...new Set([...SERVER_SPEEDS, speedOf(params, i)])].sort((a, b) => a - b).map((s) => (
                      <option key={s} value={s}>
                        {s}×
                      </option>
                    ))}
                  </select>
                </td>
                <td className="no-print px-2 py-1">
                  <button
                    type="button"
                    disabled={done || busy}
                    onClick={() => api.getState().act({ type: v.alive ? 'kill' : 'revive', server: i })}
                    className="min-h-9 min-w-20 rounded border border-slate-300 px-2 text-sm hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
                  >
                    {v.alive ? 'Kill' : 'Revive'}
                    <span className="sr-only"> server {i + 1}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
  if (pages === 1) return table;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="no-print flex flex-wrap items-center gap-2" role="group" aria-label="Server table pages">
        <button type="button" className={pageButton} disabled={shown === 0} onClick={() => setPage(shown - 1)}>
          Previous {TABLE_ROWS}
        </button>
        <p className="text-sm tabular-nums" aria-live="polite">
          Servers {first + 1}–{first + rows.length} of {total.toLocaleString('en-US')}
        </p>
        <button type="button" className={pageButton} disabled={shown === pages - 1} onClick={() => setPage(shown + 1)}>
          Next {TABLE_ROWS}
        </button>
      </div>
      {table}
    </div>
  );
}

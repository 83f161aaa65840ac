'use client';

import { serverName } from '@/lib/sim-ui/numbering';
import { seriesColor } from '../framework/palette';
import type { StevePathView } from './steve-path';

/**
 * Steve's requests as a row of chips, one per stretch on the same server (`server 3 ×14 →
 * server 1 ×3`). A move that cost him his session is marked in words, not only in colour.
 */
export function StevePath({ view, dark }: { view: StevePathView; dark: boolean }) {
  if (view.runs.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">Steve has not clicked yet.</p>;
  return (
    <div className="flex flex-col gap-1">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Steve’s path: <strong>{view.moves}</strong> {view.moves === 1 ? 'move' : 'moves'} between servers, <strong>{view.logouts}</strong> of them logged him out.
      </p>
      {/* One line that ends at "now" on the right; older stretches slide off the left edge, so the figure never grows as Steve moves (the list still holds them all for screen readers). */}
      <ol className="flex flex-nowrap items-center justify-end gap-1 overflow-hidden text-xs" aria-label="Steve’s path across servers, oldest first">
        {view.hiddenRuns > 0 && <li className="shrink-0 text-slate-600 dark:text-slate-400">… {view.hiddenRuns} earlier</li>}
        {view.runs.map((run, i) => (
          <li key={`${view.hiddenRuns + i}`} className="flex shrink-0 items-center gap-1">
            {(i > 0 || view.hiddenRuns > 0) && (
              <span aria-hidden="true" className="text-slate-500">
                →
              </span>
            )}
            <span
              className={`inline-flex items-center gap-1 rounded-md border px-1.5 py-0.5 font-mono ${
                run.loggedOut ? 'border-rose-600 bg-rose-50 text-rose-900 dark:border-rose-400 dark:bg-rose-950/50 dark:text-rose-100' : 'border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'
              }`}
            >
              <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: run.server === null ? 'transparent' : seriesColor(run.server, dark), border: '1px solid currentColor' }} />
              {serverName(run.server)} ×{run.requests}
              {run.loggedOut && <span className="font-sans font-semibold">logged out</span>}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

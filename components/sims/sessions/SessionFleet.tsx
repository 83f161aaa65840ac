'use client';

import { plural } from '@/lib/sim-ui/format';
import { SESSION_MODE_LABELS } from '@/lib/sim/models/common';
import type { SessionsParams } from '@/lib/sim/models/sessions';
import { useSim, useSimStoreApi } from '../framework/context';
import { seriesColor } from '../framework/palette';
import { useDarkTheme } from '../framework/theme';
import type { SessionView } from './definition';
import { stevePathView } from './steve-path';
import { serverName } from '@/lib/sim-ui/numbering';
import { StevePath } from './StevePath';
import { formatNumber } from '@/lib/sim-ui/number-text';

/** The engine allows this many servers to join beyond the starting count. */
const MAX_EXTRA_SERVERS = 8;

const btn =
  'min-h-9 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

/**
 * The fleet behind the balancer: one card per server (requests served, sessions held, Steve's
 * marker, a kill/revive button; what waits in its queue is in the playground's charts), an "Add a server" button, the session store, and Steve's path.
 * Refreshes at the publish rate, so it doubles as the reduced-motion view.
 */
export function SessionFleet() {
  useSim((s) => s.version);
  const snap = useSim((s) => s.a.snapshot) as SessionView;
  const params = useSim((s) => s.params) as SessionsParams;
  const comparing = useSim((s) => s.b !== null);
  const locked = useSim((s) => s.done || s.busy);
  const api = useSimStoreApi();
  const dark = useDarkTheme();
  const path = stevePathView(snap.stevePath, params.sessionMode);
  const maxServed = Math.max(1, ...snap.servers.map((s) => s.served));
  const canAdd = snap.servers.length < params.servers + MAX_EXTRA_SERVERS;
  const act = (a: Parameters<ReturnType<typeof api.getState>['act']>[0]) => api.getState().act(a);

  return (
    <div className="flex flex-col gap-3" aria-label="Servers and Steve’s path" role="group">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {comparing && <span className="font-medium">Lane A. </span>}
        Balancer: round robin · sessions: <strong>{SESSION_MODE_LABELS[params.sessionMode]}</strong>
        {params.sessionMode === 'shared' ? ` in a shared store, +${params.storeLatencyMs} ms per request` : ' in each server’s memory'}
        {params.sessionMode === 'sticky' ? ', each user pinned to one server' : ''}.
      </p>
      <ul className="grid grid-cols-[repeat(auto-fit,minmax(6.5rem,1fr))] gap-2" aria-label="Servers">
        {snap.servers.map((s, i) => {
          const steve = path.current === i;
          return (
            <li
              key={i}
              aria-label={`${serverName(i)}, ${s.alive ? 'serving' : 'down'}${steve ? ', Steve is here' : ''}`}
              className={`flex flex-col gap-1 rounded-lg border-2 p-2 text-xs ${s.alive ? 'border-slate-300 dark:border-slate-600' : 'border-dashed border-rose-600 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/40'}`}
            >
              <span className="flex items-center gap-1.5 text-sm font-semibold">
                <span aria-hidden="true" className="inline-block h-3 w-3 shrink-0 rounded-full border border-current" style={{ background: seriesColor(i, dark) }} />
                {serverName(i)}
              </span>
              <span className={s.alive ? 'text-slate-600 dark:text-slate-400' : 'font-semibold text-rose-800 dark:text-rose-200'}>
                {s.alive ? 'serving' : '✕ down'}
              </span>
              {steve && <strong className="w-fit whitespace-nowrap rounded bg-sky-100 px-1 text-sky-900 dark:bg-sky-900 dark:text-sky-100">★ Steve is here</strong>}
              <span aria-hidden="true" className="h-2 rounded bg-slate-200 dark:bg-slate-800" data-testid="load-bar">
                {/* A dead server carries no load: no coloured bar, only what it served before, in the text below. */}
                {s.alive ? <span className="block h-2 rounded" style={{ width: `${(100 * s.served) / maxServed}%`, background: seriesColor(i, dark) }} /> : null}
              </span>
              <span className="font-mono tabular-nums text-slate-700 dark:text-slate-300">
                {formatNumber(s.served)} served
                <br />
                {plural(s.sessions, 'sessions')}
              </span>
              <button type="button" className={`${btn} no-print`} disabled={locked} onClick={() => act({ type: s.alive ? 'kill' : 'revive', server: i })}>
                {s.alive ? 'Kill' : 'Revive'}
                <span className="sr-only"> {serverName(i)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="no-print flex flex-wrap items-center gap-2">
        <button type="button" className={btn} disabled={locked || !canAdd} onClick={() => act({ type: 'add-server' })}>
          + Add a server
        </button>
        {/* The buttons act at once and the run keeps going (the caption says so); only a finished run needs a word. */}
        {locked && <span className="text-xs text-slate-600 dark:text-slate-400">The run has finished: press Reset (or Replay) to use the buttons again.</span>}
      </div>
      <StevePath view={path} dark={dark} />
    </div>
  );
}

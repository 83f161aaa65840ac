'use client';

import type { ReplicationParams, ReplicationSnapshot } from '@/lib/sim/models/replication';
import { formatValue, plural } from '@/lib/sim-ui/format';
import { useSim } from '../framework/context';
import { formatNumber } from '@/lib/sim-ui/number-text';

/** Okabe–Ito: primary vermilion, replicas blue; the role is also written on every row. */
const ROLE_COLOR = { primary: '#D55E00', replica: '#0072B2' } as const;

/**
 * One bar per node (time-average busy share) with its role, requests served and replication
 * backlog, and a banner that turns red when reads come back stale.
 */
export function NodeLoad() {
  useSim((s) => s.version);
  const snap = useSim((s) => s.a.snapshot) as ReplicationSnapshot;
  const params = useSim((s) => s.params) as ReplicationParams;
  const comparing = useSim((s) => s.b !== null);
  const m = snap.metrics;
  const stale = m.staleReads > 0;
  return (
    <div className="flex flex-col gap-3" role="group" aria-label="Nodes and stale reads">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {comparing && <span className="font-medium">Lane A. </span>}
        Writes ({formatValue(params.writeRatio, '%')}) → primary → each replica after ~{formatValue(params.lagMeanMs, 'ms')} of lag. Reads → replicas in turn
        {params.readYourWritesWindowMs > 0 ? `, or the primary for ${formatValue(params.readYourWritesWindowMs, 'ms')} after your own write` : ''}.
      </p>
      <div
        className={`rounded-md border-l-4 px-3 py-2 text-sm ${stale ? 'border-rose-600 bg-rose-50 text-rose-950 dark:border-rose-400 dark:bg-rose-950/40 dark:text-rose-100' : 'border-emerald-600 bg-emerald-50 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950/40 dark:text-emerald-100'}`}
      >
        {stale ? '⚠ ' : '✓ '}
        <strong>{formatNumber(m.staleReads)}</strong> stale reads ({formatValue(m.staleReadShare, '%')} of {formatNumber(m.reads)}), of which{' '}
        <strong>{formatNumber(m.readYourWritesViolations)}</strong> were users not seeing their own write.
      </div>
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-x-4 gap-y-1.5" aria-label="Load per node">
        {snap.nodes.map((n, i) => {
          const util = m.perNode[i]?.utilization ?? 0;
          const name = i === 0 ? 'primary' : `replica ${i}`;
          return (
            <li key={i} className="flex flex-col gap-0.5 text-sm" aria-label={`${name}: ${formatValue(util, '%')} busy, ${plural(n.served, 'requests')} served${i ? `, ${plural(n.pendingWrites, 'writes')} not yet applied` : ''}`}>
              <span className="flex flex-wrap items-baseline justify-between gap-x-2">
                <span className="flex items-center gap-1.5 font-medium">
                  <span aria-hidden="true" className={`inline-block h-3 w-3 border border-current ${i === 0 ? 'rounded-sm' : 'rounded-full'}`} style={{ background: ROLE_COLOR[n.role] }} />
                  {name}
                </span>
                {/* fills the rest of the row, right-aligned: the numbers changing width move nothing (no layout shift) */}
                <span className="min-w-0 flex-1 text-right font-mono text-xs tabular-nums text-slate-700 dark:text-slate-300">
                  {formatValue(util, '%')} busy{i > 0 ? ` · ${plural(n.pendingWrites, 'writes')} behind` : ` · ${n.queue + n.busy} queued`}
                </span>
              </span>
              <span aria-hidden="true" className="h-3 rounded bg-slate-200 dark:bg-slate-800">
                <span className="block h-3 rounded" style={{ width: `${Math.min(100, util * 100)}%`, background: ROLE_COLOR[n.role] }} />
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

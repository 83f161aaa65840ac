'use client';

import type { QueueSnapshot } from '@/lib/sim/models/queue';
import { formatValue } from '@/lib/sim-ui/format';
import { useSim } from '../framework/context';
import { littleFromSnapshot } from './definition';

/** Little's law, live: L measured beside λ·W from the same run (they agree in the long run). */
export function LittlesLaw() {
  useSim((s) => s.version);
  const snap = useSim((s) => s.a.snapshot) as QueueSnapshot;
  const { L, lambdaPerSec, Wms, lambdaW } = littleFromSnapshot(snap);
  const gap = L > 0 ? Math.abs(lambdaW - L) / L : 0;
  const item = (label: string, value: string, note: string) => (
    <div className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700">
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="font-mono text-lg tabular-nums">{value}</dd>
      <dd className="text-xs text-slate-600 dark:text-slate-400">{note}</dd>
    </div>
  );
  return (
    <section aria-label="Little's law" className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900/60">
      <p className="mb-2 text-sm font-medium">Little’s law, live: L = λ × W</p>
      <dl className="grid grid-cols-2 gap-2 @xl:grid-cols-4">
        {item('L, jobs in system (measured)', formatValue(L, 'jobs'), 'time-average')}
        {item('λ, jobs/s accepted', formatValue(lambdaPerSec, 'jobs/s'), 'throughput')}
        {item('W, time in system', formatValue(Wms, 'ms'), 'arrival → done')}
        {item('λ × W', formatValue(lambdaW, 'jobs'), L > 0 ? `${formatValue(gap, '%')} from L` : 'waiting for data')}
      </dl>
    </section>
  );
}

'use client';

import type { SystemSnapshot } from '@/lib/sim/models/system';
import { formatValue } from '@/lib/sim-ui/format';
import { useSim } from '../framework/context';
import { formatNumber } from '@/lib/sim-ui/number-text';

const CLASS_LABEL = { browse: 'Browse', login: 'Log in', checkout: 'Checkout', email: 'Email job' } as const;
const CAUSE_LABEL = { 'queue-full': 'waiting room full', 'machine-down': 'machine down', 'no-session': 'no session', 'database-down': 'database down' } as const;

/** Per request class: volume, percentiles, throughput and errors with their causes. */
export function ClassTable() {
  useSim((s) => s.version);
  const snap = useSim((s) => s.a.snapshot) as SystemSnapshot;
  const rows = snap.metrics.perClass.filter((c) => c.requests > 0);
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700" tabIndex={0} role="region" aria-label="Per request class, table">
      <table className="w-full min-w-[34rem] text-left tabular-nums">
        <caption className="mb-1 text-left font-medium">Per request class</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            {['Class', 'Requests', 'p50', 'p95', 'p99', 'Throughput', 'Errors (cause)'].map((h) => (
              <th key={h} scope="col" className="py-1 pr-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const causes = Object.entries(c.errorsByCause).filter(([, n]) => n > 0);
            return (
              <tr key={c.class} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1 pr-2 font-normal">{CLASS_LABEL[c.class]}</th>
                <td className="py-1 pr-2 font-mono">{formatNumber(c.requests)}</td>
                <td className="py-1 pr-2 font-mono">{formatValue(c.p50ResponseMs, 'ms')}</td>
                <td className="py-1 pr-2 font-mono">{formatValue(c.p95ResponseMs, 'ms')}</td>
                <td className="py-1 pr-2 font-mono">{formatValue(c.p99ResponseMs, 'ms')}</td>
                <td className="py-1 pr-2 font-mono">{formatValue(c.throughputPerSec, 'req/s')}</td>
                <td className="py-1 pr-2">
                  {causes.length ? causes.map(([k, n]) => `${formatNumber(n)} ${CAUSE_LABEL[k as keyof typeof CAUSE_LABEL]}`).join(', ') : 'none'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

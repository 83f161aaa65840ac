'use client';

import { useMemo } from 'react';
import { useSim, useSimStoreApi } from '@/components/sims/framework/context';
import { designTheory, ERROR_CAUSES, type Design, type DesignErrorCause, type DesignSnapshot } from '@/lib/sim/design';
import { formatValue } from '@/lib/sim-ui/format';

/** Each error cause in words. */
export const CAUSE_LABELS: Record<DesignErrorCause, string> = {
  'queue-full': 'waiting room full',
  'machine-down': 'machine down',
  'no-session': 'no session',
  'database-down': 'database down',
  timeout: 'timed out',
  'rate-limited': 'rate limited',
  partitioned: 'cut off',
  'external-error': 'external service failed',
};

const th = 'px-2 py-1 text-left font-medium';
const td = 'px-2 py-1 font-mono tabular-nums';
const ms = (x: number) => (Number.isFinite(x) ? formatValue(x, 'ms') : '—');
const pct = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : formatValue(x, '%'));

/** The lane the canvas shows (B while comparing: the current design) and its design. */
function useShownLane(): { snap: DesignSnapshot; design: Design; lane: 'A' | 'B' | null } {
  useSim((s) => s.version);
  const api = useSimStoreApi<{ design: Design }, DesignSnapshot>();
  const s = api.getState();
  return s.b ? { snap: s.b.snapshot, design: s.b.params.design, lane: 'B' } : { snap: s.a.snapshot, design: s.params.design, lane: null };
}

/** Errors by cause in words ("machine down 312, timed out 4"), or "none". */
export function causesText(by: Record<DesignErrorCause, number>): string {
  const parts = ERROR_CAUSES.filter((c) => by[c] > 0).map((c) => `${CAUSE_LABELS[c]} ${by[c].toLocaleString('en-US')}`);
  return parts.length ? parts.join(', ') : 'none';
}

/** Per request class: p50/p95/p99, errors by cause, and the theory's mean beside the measured one. */
export function ClassTable() {
  const { snap, design, lane } = useShownLane();
  const theory = useMemo(() => designTheory(design), [design]);
  const m = snap.metrics;
  return (
    // a narrow screen scrolls the table sideways inside its own box (the page keeps its width)
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Request classes table">
      <table className="w-full min-w-[34rem] text-sm">
        <caption className="mb-1 text-left text-sm font-semibold">Request classes{lane ? ` (lane ${lane})` : ''}: latency and errors</caption>
        <thead className="border-b border-slate-300 dark:border-slate-600">
          <tr>
            <th className={th}>Class</th>
            <th className={th}>Requests</th>
            <th className={th}>p50</th>
            <th className={th}>p95</th>
            <th className={th}>p99</th>
            <th className={th}>Mean (theory)</th>
            <th className={th}>Errors by cause</th>
          </tr>
        </thead>
        <tbody>
          {m.perClass.map((c) => {
            const t = theory.perClass.find((x) => x.id === c.id);
            return (
              <tr key={c.id} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className={th}>
                  {c.label}
                </th>
                <td className={td}>{c.requests.toLocaleString('en-US')}</td>
                <td className={td}>{ms(c.p50ResponseMs)}</td>
                <td className={td}>{ms(c.p95ResponseMs)}</td>
                <td className={td}>{ms(c.p99ResponseMs)}</td>
                <td className={td}>
                  {ms(c.meanResponseMs)} ({t ? ms(t.meanResponseMs) : '—'})
                </td>
                <td className="px-2 py-1">{causesText(c.errorsByCause)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Per component: how busy (day and peak) against the theory, queue, hit rate, replication, cost. */
export function ComponentTable() {
  const { snap, design, lane } = useShownLane();
  const theory = useMemo(() => designTheory(design), [design]);
  const m = snap.metrics;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Components table">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="mb-1 text-left text-sm font-semibold">Components{lane ? ` (lane ${lane})` : ''}: measured, with theory in brackets</caption>
        <thead className="border-b border-slate-300 dark:border-slate-600">
          <tr>
            <th className={th}>Component</th>
            <th className={th}>Busy, day</th>
            <th className={th}>Busy at peak (theory)</th>
            <th className={th}>Mean queue</th>
            <th className={th}>Hit rate (theory)</th>
            <th className={th}>Other</th>
            <th className={th}>Cost</th>
          </tr>
        </thead>
        <tbody>
          {m.perComponent.map((c) => {
            const t = theory.perComponent.find((x) => x.id === c.id);
            const other: string[] = [];
            if (c.database) {
              if (c.database.staleReads) other.push(`${c.database.staleReads.toLocaleString('en-US')} stale reads`);
              if (c.database.failovers) other.push(`${c.database.failovers} failover${c.database.failovers === 1 ? '' : 's'}`);
              if (c.database.lostCommits) other.push(`${c.database.lostCommits.toLocaleString('en-US')} lost commits`);
            }
            if (c.queue) other.push(`${formatValue(c.queue.meanWorkers, 'workers')} on average`, ...(c.queue.deadLetters ? [`${c.queue.deadLetters} dead letters`] : []));
            if (c.external?.rateLimited) other.push(`${c.external.rateLimited.toLocaleString('en-US')} rate limited`);
            const queue = c.groups.reduce((a, g) => a + g.meanQueueLength, 0);
            return (
              <tr key={c.id} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className={th}>
                  {c.label}
                </th>
                <td className={td}>{c.groups.length ? pct(c.utilization) : '—'}</td>
                <td className={td}>{c.groups.length ? `${pct(c.peakUtilization)} (${pct(t?.utilization)})` : '—'}</td>
                <td className={td}>{c.groups.length ? queue.toFixed(queue < 10 ? 1 : 0) : '—'}</td>
                <td className={td}>{c.cache ? `${pct(c.cache.hitRate)} (${pct(t?.hitRate)})` : '—'}</td>
                <td className="px-2 py-1">{other.join(', ') || '—'}</td>
                <td className={td}>{formatValue(c.monthlyCost, '$')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <details className="mt-1 text-xs text-slate-700 dark:text-slate-300">
        <summary className="cursor-pointer">What the theory assumes</summary>
        <ul className="ml-4 list-disc">
          {theory.assumes.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** The monthly bill, line by line. */
export function Bill() {
  const { snap, lane } = useShownLane();
  const bill = snap.metrics.bill;
  return (
    <div>
      <table className="w-full text-sm">
        <caption className="mb-1 text-left text-sm font-semibold">Monthly bill{lane ? ` (lane ${lane})` : ''}</caption>
        <tbody>
          {bill.lines.map((l) => (
            <tr key={l.id} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className={th}>
                {l.label}
              </th>
              <td className="px-2 py-1">{l.what}</td>
              <td className={`${td} text-right`}>{formatValue(l.monthly, '$')}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={th}>
              Total
            </th>
            <td />
            <td className={`${td} text-right font-semibold`}>{formatValue(bill.total, '$')}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

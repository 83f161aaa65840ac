'use client';

import type { SystemParams, SystemSnapshot } from '@/lib/sim/models/system';
import { systemTheory } from '@/lib/sim/system-theory';
import { formatValue } from '@/lib/sim-ui/format';
import { useSim } from '../framework/context';

/**
 * Per tier: measured utilisation and mean time per visit beside the open-network theory at the
 * day's mean measured arrival rate (Poisson flows, exponential service, warm cache, no faults),
 * and the theory's utilisation at the day's peak (above 100 %: that tier cannot keep up).
 */
export function TheoryTable() {
  useSim((s) => s.version);
  const snap = useSim((s) => s.a.snapshot) as SystemSnapshot;
  const params = useSim((s) => s.params) as SystemParams;
  const m = snap.metrics;
  const rate = m.requests > 0 && snap.now > 0 ? (m.requests / snap.now) * 1000 : 0;
  const theory = rate > 0 ? systemTheory(params, rate) : null;
  const peak = systemTheory(params);
  return (
    <details className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
      <summary className="cursor-pointer font-medium">Per tier: measured vs theory</summary>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Theory at the mean arrival rate so far ({formatValue(rate, 'req/s')}) and at the day’s peak ({formatValue(peak.ratePerSec, 'req/s')}); {peak.assumes}. A day that swings
        between night and peak waits longer than its mean suggests.
      </p>
      {/* scrolls sideways on a phone: focusable so the keyboard can scroll it too */}
      <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Per tier: measured vs theory, table">
        <table className="w-full min-w-[34rem] text-left tabular-nums">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="py-1 pr-2">Tier</th>
              <th scope="col" className="py-1 pr-2">Busy (measured)</th>
              <th scope="col" className="py-1 pr-2">Busy (theory)</th>
              <th scope="col" className="py-1 pr-2">Busy at the peak (theory)</th>
              <th scope="col" className="py-1 pr-2">Per visit (measured)</th>
              <th scope="col" className="py-1 pr-2">Per visit (theory)</th>
            </tr>
          </thead>
          <tbody>
            {m.perTier.map((t) => {
              const th = theory?.tiers.find((x) => x.tier === t.tier);
              return (
                <tr key={t.tier} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1 pr-2 font-normal">{t.label}</th>
                  <td className="py-1 pr-2 font-mono">{formatValue(t.utilization, '%')}</td>
                  <td className="py-1 pr-2 font-mono">{th ? formatValue(th.utilization, '%') : '–'}</td>
                  <td className="py-1 pr-2 font-mono">{formatValue(peak.tiers.find((x) => x.tier === t.tier)?.utilization ?? NaN, '%')}</td>
                  <td className="py-1 pr-2 font-mono">{formatValue(t.meanResponseMs, 'ms')}</td>
                  <td className="py-1 pr-2 font-mono">{th ? formatValue(th.meanResponseMs, 'ms') : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

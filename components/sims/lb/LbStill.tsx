'use client';

import type { LbSnapshot } from '@/lib/sim/models/lb';
import { useSim } from '../framework/context';

/** Reduced motion: each server's queue and state as numbers, refreshed a few times a second. */
export function LbStill() {
  useSim((s) => s.version);
  const snap = useSim((s) => s.a.snapshot) as LbSnapshot;
  return (
    <div className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
      <p className="mb-2 font-medium">Waiting requests per server (✕ = down, – = out of rotation)</p>
      <ol className="grid grid-cols-4 gap-1 font-mono tabular-nums @md:grid-cols-8">
        {snap.servers.map((v, i) => (
          <li key={i} className="rounded bg-slate-50 px-1.5 py-0.5 dark:bg-slate-900">
            <span className="text-slate-600 dark:text-slate-400">{i + 1}:</span> {!v.alive ? '✕' : !v.inRotation ? '–' : v.queue}
          </li>
        ))}
      </ol>
    </div>
  );
}

'use client';

import type { LbSnapshot } from '@/lib/sim/models/lb';
import { formatValue } from '@/lib/sim-ui/format';
import { serverName } from '@/lib/sim-ui/numbering';
import { useSim } from '../framework/context';
import { StillNumbers } from '../framework/StillNumbers';
import { formatNumber } from '@/lib/sim-ui/number-text';

const FULL_QUEUE = 20;

function Lane({ snap, name }: { snap: LbSnapshot; name?: string }) {
  const m = snap.metrics;
  return (
    <div className="flex flex-col gap-3">
      {name && <p className="text-sm font-semibold">{name}</p>}
      <ol className="flex h-36 items-end gap-1" aria-label={`${name ? `${name}: ` : ''}waiting requests per server`}>
        {snap.servers.map((v, i) => {
          const state = !v.alive ? 'down' : !v.inRotation ? 'out of rotation' : `${v.queue} waiting`;
          return (
            <li key={i} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-0.5" aria-label={`${serverName(i)}: ${state}`}>
              <span className="font-mono text-xs font-semibold tabular-nums" aria-hidden="true">
                {!v.alive ? '✕' : !v.inRotation ? '–' : v.queue}
              </span>
              <span
                aria-hidden="true"
                className={`w-full max-w-8 rounded-t border ${v.alive ? 'border-amber-700 bg-[#E69F00]' : 'border-dashed border-slate-500 bg-transparent'}`}
                style={{ height: `${v.alive ? Math.max(2, (100 * Math.min(v.queue, FULL_QUEUE)) / FULL_QUEUE) : 100}%` }}
              />
              <span className="text-xs text-slate-800 dark:text-slate-200" aria-hidden="true">
                {snap.servers.length <= 16 || i % 2 === 0 ? i + 1 : ''}
              </span>
            </li>
          );
        })}
      </ol>
      <StillNumbers
        lane={name}
        items={[
          { label: 'p99 latency', value: formatValue(m.p99ResponseMs, 'ms') },
          { label: 'Mean latency', value: formatValue(m.meanResponseMs, 'ms') },
          { label: 'Dropped', value: formatNumber(m.dropped) },
          { label: 'Throughput', value: formatValue(m.throughputPerSec, 'req/s') },
        ]}
      />
    </div>
  );
}

/**
 * Reduced motion: a still bar picture of each server's waiting requests (full at 20, ✕ = down,
 * – = out of rotation) and the headline numbers, redrawn when the numbers are published.
 */
export function LbStill() {
  useSim((s) => s.version);
  const a = useSim((s) => s.a.snapshot) as LbSnapshot;
  const b = useSim((s) => s.b?.snapshot) as LbSnapshot | undefined;
  return (
    <div className="flex flex-col gap-4 rounded-md border border-slate-200 p-3 dark:border-slate-700" role="group" aria-label="Servers (still picture)">
      <p className="text-sm text-slate-800 dark:text-slate-200">Bars: requests waiting at each server (a full bar is {FULL_QUEUE} or more). ✕ = down, – = out of rotation.</p>
      <Lane snap={a} name={b ? 'Lane A' : undefined} />
      {b && <Lane snap={b} name="Lane B" />}
    </div>
  );
}

'use client';

import type { LbSnapshot } from '@/lib/sim/models/lb';
import { formatValue } from '@/lib/sim-ui/format';
import { useSim } from '../framework/context';
import { StillNumbers } from '../framework/StillNumbers';
import { groupName, groupServers, labelEvery, serversPerBar, type ServerGroup } from './server-groups';
import { formatNumber } from '@/lib/sim-ui/number-text';

const FULL_QUEUE = 20;

/** What a bar says to a screen reader: one server's state, or a run's longest queue and who is down. */
function barLabel(g: ServerGroup): string {
  if (g.size === 1) return `${groupName(g)}: ${g.down ? 'down' : g.out ? 'out of rotation' : `${g.queue} waiting`}`;
  const up = g.size - g.down;
  const parts = [up ? `longest queue ${g.queue} waiting` : 'all down', ...(g.down && up ? [`${g.down} down`] : []), ...(g.out ? [`${g.out} out of rotation`] : [])];
  return `${groupName(g)}: ${parts.join(', ')}`;
}

function Lane({ snap, name }: { snap: LbSnapshot; name?: string }) {
  const m = snap.metrics;
  const groups = groupServers(snap.servers);
  const grouped = groups.length < snap.servers.length;
  const every = labelEvery(groups.length, grouped);
  return (
    <div className="flex flex-col gap-3">
      {name && <p className="text-sm font-semibold">{name}</p>}
      <ol className="flex h-36 items-end gap-1" aria-label={`${name ? `${name}: ` : ''}waiting requests per server${grouped ? `, ${serversPerBar(snap.servers.length)} servers a bar` : ''}`}>
        {groups.map((g, i) => {
          const allDown = g.down === g.size;
          const allOut = !allDown && g.out === g.size - g.down;
          return (
            <li key={g.first} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-0.5" aria-label={barLabel(g)}>
              <span className="font-mono text-xs font-semibold tabular-nums" aria-hidden="true">
                {allDown ? '✕' : allOut ? '–' : g.queue}
              </span>
              <span
                aria-hidden="true"
                className={`w-full max-w-8 rounded-t border ${allDown ? 'border-dashed border-slate-500 bg-transparent' : g.down ? 'border-dashed border-amber-700 bg-[#E69F00]' : 'border-amber-700 bg-[#E69F00]'}`}
                style={{ height: `${allDown ? 100 : Math.max(2, (100 * Math.min(g.queue, FULL_QUEUE)) / FULL_QUEUE)}%` }}
              />
              {/* an unnumbered bar keeps the row's height (a blank), so every bar stands on one line */}
              <span className="text-xs text-slate-800 dark:text-slate-200" aria-hidden="true">
                {i % every === 0 ? g.first + 1 : '\u00a0'}
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
 * – = out of rotation) and the headline numbers, redrawn when the numbers are published. Past
 * 32 servers a bar is a run of neighbours and shows its longest queue (dashed if one is down).
 */
export function LbStill() {
  useSim((s) => s.version);
  const a = useSim((s) => s.a.snapshot) as LbSnapshot;
  const b = useSim((s) => s.b?.snapshot) as LbSnapshot | undefined;
  const grouped = serversPerBar(Math.max(a.servers.length, b?.servers.length ?? 0)) > 1;
  return (
    <div className="flex flex-col gap-4 rounded-md border border-slate-200 p-3 dark:border-slate-700" role="group" aria-label="Servers (still picture)">
      <p className="text-sm text-slate-800 dark:text-slate-200">Bars: requests waiting at each server (a full bar is {FULL_QUEUE} or more). ✕ = down, – = out of rotation.{grouped ? ' Each bar is a run of neighbouring servers: its longest queue, dashed when one of them is down.' : ''}</p>
      <Lane snap={a} name={b ? 'Lane A' : undefined} />
      {b && <Lane snap={b} name="Lane B" />}
    </div>
  );
}

'use client';

import { serverName } from '@/lib/sim-ui/numbering';
import { formatValue, plural } from '@/lib/sim-ui/format';
import { seriesColor } from '../framework/palette';
import type { ShardingView } from './definition';
import { hottestShard } from './definition';

/** Most shards drawn one by one; the rest are summarised in a line. */
const MAX_BARS = 16;

/**
 * One bar per shard: share of all requests it served, its load and key count, each figure named
 * ("28 % of requests · 57.4 % busy · 2,500 keys"). The hottest shard is marked in words and with
 * a thick outline, not only by its bar. (A lesson figure uses the narrower ShardTable.)
 */
export function ShardBars({ snap, dark }: { snap: ShardingView; dark: boolean }) {
  const per = snap.metrics.perShard;
  const total = per.reduce((a, s) => a + s.served, 0);
  const hot = hottestShard(snap);
  const maxShare = Math.max(1e-9, ...per.map((s) => s.served / Math.max(1, total)));
  const shown = per.slice(0, MAX_BARS);
  return (
    <div className="flex flex-col gap-1">
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(20rem,1fr))] gap-x-4 gap-y-1" aria-label="Requests per shard">
        {shown.map((s, i) => {
          // During the warm-up nothing is counted yet: show a dash, not 0 %.
          const share = total ? s.served / total : NaN;
          const isHot = i === hot && per.length > 1;
          const isNew = i >= snap.moves.shardsBefore;
          return (
            <li
              key={i}
              aria-label={`${serverName(i, 'shard')}${isNew ? ' (new)' : ''}: ${formatValue(share, '%')} of requests, ${formatValue(s.utilization, '%')} busy, ${plural(s.keys, 'keys')}${isHot ? ', hottest' : ''}`}
              className={`flex flex-col gap-0.5 rounded px-1 text-sm ${isHot ? 'outline-2 outline-rose-600 dark:outline-rose-400' : ''}`}
            >
              <span className="flex min-w-0 items-baseline justify-between gap-x-2">
                <span className="flex shrink-0 items-center gap-1.5 font-medium">
                  <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full border border-current" style={{ background: seriesColor(i, dark) }} />
                  {serverName(i, 'shard')}
                  {isNew && <span className="text-xs font-normal">(new)</span>}
                </span>
                {/* fills the rest of the row, right-aligned: the numbers changing width move nothing (no layout shift) */}
                <span className="min-w-0 flex-1 truncate text-right text-xs tabular-nums text-slate-700 dark:text-slate-300">
                  {formatValue(share, '%')} of requests · {formatValue(s.utilization, '%')} busy · {plural(s.keys, 'keys')}
                </span>
              </span>
              {/* "hottest" sits on the bar's line (no taller than the bar), so the numbers above keep their room and every row its height. */}
              <span className="flex h-2.5 items-center gap-2">
                <span aria-hidden="true" className="h-2.5 flex-1 rounded bg-slate-200 dark:bg-slate-800">
                  <span className="block h-2.5 rounded" style={{ width: `${total ? (100 * share) / maxShare : 0}%`, background: seriesColor(i, dark) }} />
                </span>
                {isHot && <strong className="text-[11px] leading-none text-rose-800 dark:text-rose-200">hottest</strong>}
              </span>
            </li>
          );
        })}
      </ul>
      {per.length > MAX_BARS && <p className="text-xs text-slate-600 dark:text-slate-400">… and {per.length - MAX_BARS} more shards.</p>}
    </div>
  );
}

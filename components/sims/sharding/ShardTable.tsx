'use client';

import { formatValue, plural } from '@/lib/sim-ui/format';
import { serverName } from '@/lib/sim-ui/numbering';
import { seriesColor } from '../framework/palette';
import { hottestShard, type ShardingView } from './definition';

/** Most shards listed one by one; the rest are summarised in a line. */
const MAX_ROWS = 16;

const head = 'pb-0.5 text-left text-xs font-medium text-slate-600 dark:text-slate-400';

/**
 * A lesson figure's shards, one line each under named columns, so 16 shards still leave room
 * for the figure's numbers. `moves`: each shard's size in keys (what adding a shard changes).
 * `load`: its share of requests as a bar and how busy it is; the hottest shard is outlined and
 * says so in words.
 */
export function ShardTable({ snap, dark, focus }: { snap: ShardingView; dark: boolean; focus: 'moves' | 'load' }) {
  const per = snap.metrics.perShard;
  const total = per.reduce((a, s) => a + s.served, 0);
  const hot = focus === 'load' && per.length > 1 ? hottestShard(snap) : -1;
  const maxShare = Math.max(1e-9, ...per.map((s) => s.served / Math.max(1, total)));
  const maxKeys = Math.max(1, ...per.map((s) => s.keys));
  return (
    <div className="flex flex-col gap-0.5">
      <table className="w-full border-separate border-spacing-y-0.5 text-sm tabular-nums">
        <caption className="sr-only">{focus === 'moves' ? 'Keys per shard' : 'Requests per shard and how busy each shard is'}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${head} w-0 pr-2 whitespace-nowrap`}>
              Shard
            </th>
            <th scope="col" className={head}>
              {focus === 'moves' ? 'Keys it holds' : 'Share of requests'}
            </th>
            {focus === 'load' && (
              <th scope="col" className={`${head} w-0 pl-2 text-right whitespace-nowrap`}>
                Busy
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {per.slice(0, MAX_ROWS).map((s, i) => {
            // During the warm-up nothing is counted yet: a dash, not 0 %.
            const share = total ? s.served / total : NaN;
            const width = focus === 'moves' ? s.keys / maxKeys : total ? share / maxShare : 0;
            const isHot = i === hot;
            const isNew = i >= snap.moves.shardsBefore;
            return (
              <tr key={i} className={isHot ? 'outline-2 outline-rose-600 dark:outline-rose-400' : ''}>
                <th scope="row" className="pr-2 text-left font-medium whitespace-nowrap">
                  <span aria-hidden="true" className="mr-1.5 inline-block h-2.5 w-2.5 rounded-full border border-current" style={{ background: seriesColor(i, dark) }} />
                  {serverName(i, 'shard')}
                  {isNew && <span className="ml-1 text-xs font-normal">(new)</span>}
                  {isHot && <strong className="ml-1 text-xs text-rose-800 dark:text-rose-200">hottest</strong>}
                </th>
                <td className="w-full">
                  <span className="flex items-center gap-2">
                    <span aria-hidden="true" className="h-2.5 min-w-8 flex-1 rounded bg-slate-200 dark:bg-slate-800">
                      <span className="block h-2.5 rounded" style={{ width: `${100 * width}%`, background: seriesColor(i, dark) }} />
                    </span>
                    <span className="text-xs whitespace-nowrap text-slate-700 dark:text-slate-300">{focus === 'moves' ? plural(s.keys, 'keys') : formatValue(share, '%')}</span>
                  </span>
                </td>
                {focus === 'load' && <td className="pl-2 text-right text-xs whitespace-nowrap text-slate-700 dark:text-slate-300">{formatValue(s.utilization, '%')}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      {per.length > MAX_ROWS && <p className="text-xs text-slate-600 dark:text-slate-400">… and {per.length - MAX_ROWS} more shards.</p>}
    </div>
  );
}

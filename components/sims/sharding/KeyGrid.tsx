'use client';

import { plural } from '@/lib/sim-ui/format';
import { seriesColor } from '../framework/palette';
import type { KeyMoves } from './key-moves';
import { formatNumber } from '@/lib/sim-ui/number-text';

const COLS = 25;
const CELL = 14;

/**
 * A sample of keys as dots coloured by the shard that holds them now. Keys that changed shard
 * are drawn as squares with a heavy outline, so "moved" never depends on colour.
 */
export function KeyGrid({ moves, dark }: { moves: KeyMoves; dark: boolean }) {
  const n = moves.sampleKeys.length;
  const rows = Math.ceil(n / COLS);
  const movedInSample = moves.after.filter((s, i) => s !== moves.before[i]).length;
  const stroke = dark ? '#f1f5f9' : '#0f172a';
  const label =
    moves.shardsNow === moves.shardsBefore
      ? `${plural(n, 'sample keys')} coloured by their shard, ${plural(moves.shardsNow, 'shards')}; none has moved.`
      : `${plural(n, 'sample keys')} coloured by their shard after going from ${moves.shardsBefore} to ${plural(moves.shardsNow, 'shards')}; ${movedInSample} of them moved (squares).`;
  return (
    <figure className="flex flex-col gap-1">
      <svg viewBox={`0 0 ${COLS * CELL} ${rows * CELL}`} role="img" aria-label={label} className="h-auto w-full max-w-sm">
        {moves.sampleKeys.map((key, i) => {
          const x = (i % COLS) * CELL + CELL / 2;
          const y = Math.floor(i / COLS) * CELL + CELL / 2;
          const shard = moves.after[i] ?? 0;
          const fill = seriesColor(shard, dark);
          return moves.before[i] === shard ? (
            <circle key={key} cx={x} cy={y} r={4} fill={fill} />
          ) : (
            <rect key={key} x={x - 6} y={y - 6} width={12} height={12} fill={fill} stroke={stroke} strokeWidth={2} />
          );
        })}
      </svg>
      <figcaption className="text-xs text-slate-600 dark:text-slate-400">
        {formatNumber(n)} keys spread over the id space, in id order. Colour = shard now; ■ square with outline = moved, ● dot = stayed.
      </figcaption>
    </figure>
  );
}

'use client';

import { useMemo } from 'react';
import { PARTITIONING_LABELS } from '@/lib/sim/models/partition';
import type { ShardingParams } from '@/lib/sim/models/sharding';
import { formatValue, plural, unitFor } from '@/lib/sim-ui/format';
import { useSim, useSimStoreApi } from '../framework/context';
import { useDarkTheme } from '../framework/theme';
import type { ShardingView } from './definition';
import { KeyGrid } from './KeyGrid';
import { ShardBars } from './ShardBars';
import { ShardTable } from './ShardTable';
import { expectedMovedShare, hottestKeyShare } from './theory';
import { formatNumber } from '@/lib/sim-ui/number-text';

/**
 * What a panel is about: keys moving when a shard is added (shard sizes, the button, the key
 * grid), load under skew (requests and busy per shard), or both (the playground).
 */
export type ShardFocus = 'moves' | 'load' | 'all';

/** Shards and their load, the "Add a shard" button, and the key grid showing which keys moved. */
export function ShardPanel({ focus = 'all' }: { focus?: ShardFocus }) {
  useSim((s) => s.version);
  const snap = useSim((s) => s.a.snapshot) as ShardingView;
  const params = useSim((s) => s.params) as ShardingParams;
  const comparing = useSim((s) => s.b !== null);
  const locked = useSim((s) => s.done || s.busy);
  const api = useSimStoreApi();
  const dark = useDarkTheme();
  const m = snap.moves;
  const added = m.shardsNow - m.shardsBefore;
  // The partitioning in words (the control's option label), not its code name.
  const scheme = PARTITIONING_LABELS[params.partitioning];
  const topKey = useMemo(() => hottestKeyShare(params.keys, params.zipf), [params.keys, params.zipf]);
  return (
    <div className="flex flex-col gap-3" role="group" aria-label="Shards and keys">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {comparing && <span className="font-medium">Lane A. </span>}
        {plural(params.keys, 'keys')} on <strong>{snap.shards.length}</strong> {unitFor(snap.shards.length, 'shards')} by <strong>{scheme}</strong>
        {params.partitioning === 'consistent-hash' ? ` (${params.virtualNodes} virtual nodes each)` : ''}
        {focus === 'moves' ? (
          '.'
        ) : (
          <>
            , popularity skew {formatValue(params.zipf, 'Zipf s')}
            {params.hotKeysClustered ? ', hot keys clustered' : ''}. The most popular key alone draws {formatValue(topKey, '%')} of requests; an even share is{' '}
            {formatValue(1 / snap.shards.length, '%')} per shard.
          </>
        )}
      </p>
      {focus === 'all' ? <ShardBars snap={snap} dark={dark} /> : <ShardTable snap={snap} dark={dark} focus={focus} />}
      {focus !== 'load' && (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            className="no-print min-h-10 rounded-md border border-sky-700 bg-sky-700 px-3 text-sm font-medium text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-50 dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
            disabled={locked || snap.shards.length >= 256}
            onClick={() => api.getState().act({ type: 'add-server' })}
          >
            + Add a shard
          </button>
          <p className="text-sm text-slate-800 dark:text-slate-200" aria-live="polite">
            {focus === 'moves' ? (
              // The lesson's numbers are in the metric cards; the line says what happened and what theory expects.
              added === 0 ? (
                locked ? 'Finished: press Reset, then add a shard while it runs.' : 'No shard added yet.'
              ) : added === 1 ? (
                <>
                  {m.shardsBefore} → {m.shardsNow} shards. Theory for {scheme}: <strong>{formatValue(expectedMovedShare(params.partitioning, m.shardsBefore), '%')}</strong> of keys move.
                </>
              ) : (
                `${added} shards added.`
              )
            ) : added === 0 ? (
              locked ? 'The run has finished: press Reset (or Replay), then add a shard while it runs.' : 'No shard added yet: press the button while the run is going.'
            ) : (
              <>
                {added === 1 ? 'One shard added' : `${added} shards added`}: <strong>{formatValue(m.movedShare, '%')}</strong> of keys moved ({formatNumber(m.moved)} of {formatNumber(params.keys)}),{' '}
                {formatValue(m.movedToNewShards / params.keys, '%')} onto the new {added === 1 ? 'shard' : 'shards'} and {formatValue(m.movedBetweenOldShare, '%')} between old ones.
                {added === 1 && ` Theory for ${scheme}, ${m.shardsBefore} → ${m.shardsNow} shards: ${formatValue(expectedMovedShare(params.partitioning, m.shardsBefore), '%')}.`}
              </>
            )}
          </p>
        </div>
      )}
      {focus !== 'load' && <KeyGrid moves={m} dark={dark} />}
    </div>
  );
}

import { makePartitioner, type Partitioning } from '@/lib/sim/models/partition';

/** Where keys live before and after the shard count changed, for the key grid and the counters. */
export interface KeyMoves {
  shardsBefore: number;
  shardsNow: number;
  /** Key ids drawn in the grid (evenly spread over the key space). */
  sampleKeys: number[];
  /** Shard of each sampled key before the change. */
  before: number[];
  /** Shard of each sampled key now. */
  after: number[];
  /** Keys (all of them, not only the sample) whose shard changed. */
  moved: number;
  /** Of those, keys that went to a shard that did not exist before. */
  movedToNewShards: number;
  /** moved / keys. */
  movedShare: number;
  /** (moved − movedToNewShards) / keys: pure overhead, data shuffled between old shards. */
  movedBetweenOldShare: number;
}

/**
 * Compares key placement with `shardsBefore` and `shardsNow` shards over every key, and samples
 * `gridSize` keys for drawing. With the same count nothing moves and only the sample is computed.
 *
 * @example
 * keyMoves('modulo', 4, 5, 10_000, 100).movedShare; // ≈ 0.8, most of it between old shards
 * keyMoves('consistent-hash', 4, 5, 10_000, 100).movedShare; // ≈ 0.2, all onto shard 4
 */
export function keyMoves(kind: Partitioning, shardsBefore: number, shardsNow: number, keys: number, virtualNodes: number, gridSize = 200): KeyMoves {
  const was = makePartitioner(kind, shardsBefore, keys, virtualNodes);
  const is = shardsNow === shardsBefore ? was : makePartitioner(kind, shardsNow, keys, virtualNodes);
  let moved = 0;
  let movedToNewShards = 0;
  if (is !== was) {
    for (let k = 0; k < keys; k++) {
      const b = is(k);
      if (was(k) === b) continue;
      moved++;
      if (b >= shardsBefore) movedToNewShards++;
    }
  }
  const n = Math.min(keys, gridSize);
  const sampleKeys = Array.from({ length: n }, (_, i) => Math.floor((i * keys) / n));
  return {
    shardsBefore,
    shardsNow,
    sampleKeys,
    before: sampleKeys.map(was),
    after: is === was ? sampleKeys.map(was) : sampleKeys.map(is),
    moved,
    movedToNewShards,
    movedShare: keys ? moved / keys : 0,
    movedBetweenOldShare: keys ? (moved - movedToNewShards) / keys : 0,
  };
}

/**
 * Remembers the last {@link keyMoves} answer, so a snapshot taken every frame recomputes only when
 * the shard count changes.
 *
 * @example
 * const moves = keyMovesTracker('modulo', 4, 10_000, 100);
 * moves(4).moved; // 0
 * moves(5).movedShare; // ≈ 0.8 (computed once)
 */
export function keyMovesTracker(kind: Partitioning, shardsBefore: number, keys: number, virtualNodes: number): (shardsNow: number) => KeyMoves {
  let last: KeyMoves | null = null;
  return (shardsNow) => {
    if (!last || last.shardsNow !== shardsNow) last = keyMoves(kind, shardsBefore, shardsNow, keys, virtualNodes);
    return last;
  };
}

import type { Partitioning } from '@/lib/sim/models/partition';
import { zipfTopShare } from '@/lib/sim/zipf';

/**
 * Share of keys expected to change shard going from K to K+1 shards: modulo keeps a key only
 * when hash mod K = hash mod (K+1), so K/(K+1) move; a ring hands the new shard about 1/(K+1)
 * of the keys and moves nothing else; K equal ranges re-cut into K+1 always move half.
 *
 * @example
 * expectedMovedShare('modulo', 4); // 0.8
 * expectedMovedShare('consistent-hash', 4); // 0.2
 */
export function expectedMovedShare(kind: Partitioning, shards: number): number {
  if (kind === 'modulo') return shards / (shards + 1);
  if (kind === 'consistent-hash') return 1 / (shards + 1);
  return 0.5;
}

/**
 * Share of all requests that go to the single most popular key under Zipf(s) popularity — a
 * floor on the hottest shard's share, whatever the partitioning.
 *
 * @example
 * hottestKeyShare(10_000, 0.9); // ≈ 0.06
 */
export function hottestKeyShare(keys: number, zipf: number): number {
  return zipfTopShare(keys, zipf);
}

import { mix32 } from '../core/rng';

/** Partitioning schemes. */
export const PARTITIONINGS = ['modulo', 'consistent-hash', 'range'] as const;
/** One of {@link PARTITIONINGS}. */
export type Partitioning = (typeof PARTITIONINGS)[number];
/** How the UI names each scheme (short enough that the three fit one row of a 390 px phone). */
export const PARTITIONING_LABELS: Readonly<Record<Partitioning, string>> = { modulo: 'modulo', 'consistent-hash': 'consistent hash', range: 'ranges' };

/**
 * Maps key ids to shards. `modulo`: hash(key) mod K; `range`: K equal contiguous key ranges;
 * `consistent-hash`: K·V points on a 32-bit ring, a key goes to the next point clockwise.
 *
 * @example
 * const f = makePartitioner('consistent-hash', 4, 1000, 100);
 * f(42); // a shard in 0..3
 */
export function makePartitioner(kind: Partitioning, shards: number, keys: number, vnodes: number): (key: number) => number {
  if (kind === 'modulo') return (k) => (mix32(k ^ 0x5bd1e995) >>> 0) % shards;
  if (kind === 'range') return (k) => Math.min(shards - 1, Math.floor((k * shards) / keys));
  const n = shards * vnodes;
  const points = new Float64Array(n);
  const owner = new Int32Array(n);
  // sort (hash, point index) pairs packed into one exact double: hash · 2^21 + i (n ≤ 10^6 < 2^21)
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (mix32(mix32(Math.floor(i / vnodes) + 1) ^ mix32((i % vnodes) + 0x1000)) >>> 0) * 2 ** 21 + i;
  packed.sort();
  for (let r = 0; r < n; r++) {
    const v = packed[r] as number;
    const i = v % 2 ** 21;
    points[r] = (v - i) / 2 ** 21;
    owner[r] = Math.floor(i / vnodes);
  }
  return (k) => {
    const h = mix32(k ^ 0x5bd1e995) >>> 0;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((points[mid] as number) < h) lo = mid + 1;
      else hi = mid;
    }
    return owner[lo === n ? 0 : lo] as number;
  };
}

/**
 * Share of the `keys` keys whose shard changes when going from K to K+1 shards.
 *
 * @example
 * movedShare('modulo', 4, 10000, 100); // ≈ 0.8
 * movedShare('consistent-hash', 4, 10000, 100); // ≈ 0.2
 */
export function movedShare(kind: Partitioning, shards: number, keys: number, vnodes: number): number {
  const a = makePartitioner(kind, shards, keys, vnodes);
  const b = makePartitioner(kind, shards + 1, keys, vnodes);
  let moved = 0;
  for (let k = 0; k < keys; k++) if (a(k) !== b(k)) moved++;
  return keys ? moved / keys : 0;
}

import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/**
 * A seeded source of uniform numbers in [0, 1), backed by pure-rand's xoroshiro128+.
 *
 * @example
 * const rng = createRng(42, STREAM.arrivals);
 * const u = rng.next(); // 0 <= u < 1, same value for the same seed and stream
 */
export interface Rng {
  /** Next uniform number in [0, 1) (53 random bits). */
  next(): number;
  /** Next integer in [0, n). */
  int(n: number): number;
}

/**
 * Named random streams. Each model draws arrivals, service times, routing and so on from
 * separate streams derived from the one seed, so two runs that differ in one parameter still
 * share their arrivals (A/B lanes in the UI).
 */
export const STREAM = {
  arrivals: 1,
  service: 2,
  routing: 3,
  keys: 4,
  bursts: 5,
  lag: 6,
  think: 7,
  misc: 8,
} as const;

/**
 * Mixes a 32-bit integer (murmur3 finalizer); used to derive stream seeds and stable hashes.
 *
 * @example
 * const h = mix32(12345) >>> 0; // a well-spread unsigned 32-bit value
 */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/**
 * Creates an independent random stream for `(seed, stream)`.
 *
 * @example
 * const a = createRng(7, STREAM.arrivals);
 * const b = createRng(7, STREAM.arrivals);
 * a.next() === b.next(); // true: same seed and stream, same numbers
 */
export function createRng(seed: number, stream = 0): Rng {
  const s = mix32(mix32(seed | 0) ^ mix32(Math.imul(stream + 1, 0x9e3779b9)));
  const gen = xoroshiro128plus(s);
  for (let i = 0; i < 16; i++) gen.next(); // leave the weak start of a fresh state behind
  return {
    next: () => uniformFloat64(gen),
    int: (n: number) => Math.floor(uniformFloat64(gen) * n),
  };
}

import type { Policy } from '../models/cache-policies';

/**
 * Keys 0..n−1 in groups for closed forms over millions of keys: the 1,000 most popular one by
 * one, the rest in ranges 1 % wide (about 1,900 groups for ten million keys). Key k has Zipf
 * rank k + 1; every class's keys share this grid (key k of one class is key k of another).
 *
 * @example
 * const g = keyGrid(1_000_000); g.count.length; // ≈ 1,700
 */
export interface KeyGrid {
  /** First key of each group. */
  first: Float64Array;
  /** Keys in each group. */
  count: Float64Array;
  keys: number;
}

/**
 * The grid over `n` keys.
 *
 * @example
 * keyGrid(10).count.length; // 10
 */
export function keyGrid(n: number): KeyGrid {
  const first: number[] = [];
  const count: number[] = [];
  for (let k = 0; k < Math.min(n, 1000); k++) {
    first.push(k);
    count.push(1);
  }
  for (let a = 1000; a < n; ) {
    const b = Math.min(n, Math.max(a + 1, Math.ceil(a * 1.01)));
    first.push(a);
    count.push(b - a);
    a = b;
  }
  return { first: Float64Array.from(first), count: Float64Array.from(count), keys: n };
}

/** ∫ x^−s dx over [a, b]. */
function integral(a: number, b: number, s: number): number {
  return Math.abs(s - 1) < 1e-9 ? Math.log(b / a) : (b ** (1 - s) - a ** (1 - s)) / (1 - s);
}

/**
 * Probability mass of each grid group for a class drawing Zipf(s) over its first `n` keys (0
 * beyond them): exact weights (k+1)^−s for the singletons, the midpoint integral for ranges.
 *
 * @example
 * zipfMass(keyGrid(100), 100, 0).reduce((a, b) => a + b, 0); // 1
 */
export function zipfMass(g: KeyGrid, n: number, s: number): Float64Array {
  const out = new Float64Array(g.count.length);
  let total = 0;
  for (let i = 0; i < out.length; i++) {
    const a = g.first[i] as number;
    if (a >= n) break;
    const b = Math.min(n, a + (g.count[i] as number));
    const w = b - a === 1 ? (a + 1) ** -s : integral(a + 0.5, b + 0.5, s);
    out[i] = w;
    total += w;
  }
  if (total > 0) for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / total;
  return out;
}

/**
 * Traffic a cache sees per grid group, per key and per second: reads that look up (and fill on a
 * miss), writes that invalidate, writes that update (store the new value).
 *
 * @example
 * const load: CacheLoad = { read: new Float64Array(n), invalidate: new Float64Array(n), update: new Float64Array(n) };
 */
export interface CacheLoad {
  read: Float64Array;
  invalidate: Float64Array;
  update: Float64Array;
}

/**
 * Probability that each group's keys are cached when a read arrives (independent references;
 * Che's approximation). Reads and updates put a key in (an LRU hit or update also refreshes it),
 * invalidations take it out. LRU: a key is in if its last read or update is within the
 * characteristic time T and no invalidation came after it: a/(a+w)·(1 − e^−(a+w)T). FIFO and
 * random: it stays for min(eviction, invalidation), mean τ = T/(1 + wT), and is out until the
 * next read: aτ/(1 + aτ). Ideal LFU: the `capacity` most requested keys, each in unless
 * invalidated since its last read: a/(a+w). A TTL caps a stay at `ttlMs`. T solves
 * Σ occupancy = capacity (bisection; about 60 passes over the groups).
 *
 * @example
 * inCacheProbability('lru', grid, load, 1000, 0); // per group
 */
export function inCacheProbability(policy: Policy, g: KeyGrid, load: CacheLoad, capacity: number, ttlMs: number): Float64Array {
  const n = g.count.length;
  const p = new Float64Array(n);
  if (capacity <= 0) return p;
  const a = new Float64Array(n);
  const w = new Float64Array(n);
  let keysUsed = 0;
  for (let i = 0; i < n; i++) {
    a[i] = ((load.read[i] as number) + (load.update[i] as number)) / 1000; // per ms
    w[i] = (load.invalidate[i] as number) / 1000;
    if ((a[i] as number) > 0) keysUsed += g.count[i] as number;
  }
  const ttl = ttlMs > 0 ? ttlMs : Infinity;
  const occ = (i: number, t: number): number => {
    const ai = a[i] as number;
    if (ai <= 0) return 0;
    const wi = w[i] as number;
    if (policy === 'lru') {
      const life = Math.min(t, ttl);
      return (ai / (ai + wi)) * (1 - Math.exp(-(ai + wi) * life));
    }
    const tau = Number.isFinite(t) ? t / (1 + wi * t) : 1 / Math.max(wi, 1e-300);
    const stay = Math.min(tau, ttl);
    return Number.isFinite(stay) ? (ai * stay) / (1 + ai * stay) : 1;
  };
  if (policy === 'lfu') {
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => (a[y] as number) - (a[x] as number));
    let left = capacity;
    for (const i of order) {
      if (left <= 0 || (a[i] as number) <= 0) break;
      const take = Math.min(left, g.count[i] as number);
      const ai = a[i] as number;
      const wi = w[i] as number;
      const ttlHit = Number.isFinite(ttl) ? (ai * ttl) / (1 + ai * ttl) : 1;
      p[i] = (take / (g.count[i] as number)) * Math.min(ai / (ai + wi), ttlHit);
      left -= take;
    }
    return p;
  }
  const fill = (t: number) => {
    let f = 0;
    for (let i = 0; i < n; i++) f += (g.count[i] as number) * occ(i, t);
    return f;
  };
  let t = Infinity;
  if (keysUsed > capacity && fill(Infinity) > capacity) {
    let lo = 0;
    let hi = 1;
    while (fill(hi) < capacity && hi < 1e18) hi *= 2;
    for (let k = 0; k < 60; k++) {
      const mid = (lo + hi) / 2;
      if (fill(mid) < capacity) lo = mid;
      else hi = mid;
    }
    t = (lo + hi) / 2;
  }
  for (let i = 0; i < n; i++) p[i] = occ(i, t);
  return p;
}

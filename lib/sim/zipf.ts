import { countTerms } from './theory-work';

/**
 * Zipf popularity over many keys without a pass over every key: the first keys one by one, the
 * long tail in groups whose sums are integrals. The cache and sharding theories use it, so their
 * cost is the same ~1,700 terms for a hundred keys or a million (a per-key pass over a million
 * keys took 50–150 ms per formula, several per setting, on the main thread).
 */

/** Keys counted one by one before the tail is grouped. */
const EXACT_KEYS = 1000;
/** Each tail group spans ranks a…1.01·a: its keys' probabilities differ by under 1 %·s. */
const GROUP_GROWTH = 1.01;

/** ∫ x^−s dx from a to b. */
function powerIntegral(a: number, b: number, s: number): number {
  return Math.abs(s - 1) < 1e-9 ? Math.log(b / a) : (b ** (1 - s) - a ** (1 - s)) / (1 - s);
}

/**
 * Σ k^−s for k = 1…n: exact for the first 1,000 terms, the midpoint integral for the rest
 * (relative error below 1e-9 for s in 0…3).
 *
 * @example
 * zipfNormaliser(3, 0); // 3
 */
export function zipfNormaliser(n: number, s: number): number {
  const m = Math.min(n, EXACT_KEYS);
  countTerms(m);
  let h = 0;
  for (let k = 1; k <= m; k++) h += k ** -s;
  if (n > m) h += powerIntegral(m + 0.5, n + 0.5, s);
  return h;
}

/**
 * Share of requests for the single most popular of n Zipf(s) keys.
 *
 * @example
 * zipfTopShare(10_000, 0.9); // ≈ 0.06
 */
export function zipfTopShare(n: number, s: number): number {
  return n <= 0 ? 0 : 1 / zipfNormaliser(n, s);
}

/** Keys in groups by rank: how many keys each group holds and the mean probability of one of them. */
export interface ZipfGroups {
  count: Float64Array;
  prob: Float64Array;
}

/**
 * Zipf(s) popularity over n keys in rank order: the 1,000 most popular one by one, the rest in
 * ranges 1 % wide, each with its key count and the mean probability of its keys (midpoint
 * integral). About 1,700 groups for a million keys.
 *
 * @example
 * zipfGroups(3, 0).prob; // [1/3, 1/3, 1/3]
 */
export function zipfGroups(n: number, s: number): ZipfGroups {
  // A setting's theory asks for the same keys several times (each sweep point, each formula).
  const key = `${n}|${s}`;
  const known = groupMemo.get(key);
  if (known) return known;
  const g = buildGroups(n, s);
  if (groupMemo.size >= 16) groupMemo.clear();
  groupMemo.set(key, g);
  return g;
}

const groupMemo = new Map<string, ZipfGroups>();

function buildGroups(n: number, s: number): ZipfGroups {
  const count: number[] = [];
  const mass: number[] = [];
  for (let k = 1; k <= Math.min(n, EXACT_KEYS); k++) {
    count.push(1);
    mass.push(k ** -s);
  }
  for (let a = EXACT_KEYS + 1; a <= n; ) {
    const b = Math.min(n + 1, Math.max(a + 1, Math.ceil(a * GROUP_GROWTH)));
    count.push(b - a);
    mass.push(powerIntegral(a - 0.5, b - 0.5, s));
    a = b;
  }
  countTerms(count.length);
  const total = mass.reduce((x, y) => x + y, 0);
  return { count: Float64Array.from(count), prob: Float64Array.from(mass.map((m, i) => m / total / (count[i] as number))) };
}

/** Most Newton passes: from T = 0 it reaches the root in 20–40 even at the extremes (skew 0, a cache one key short of all). */
const MAX_NEWTON = 100;

/**
 * Solves Σ count·occ(p·T) = C for T by Newton's method. The fill is increasing and concave in T,
 * so every tangent lies above it: from below the root the iterates rise monotonically to it,
 * never past it, and converge quadratically once near it. T = C is below the root (occ(x) ≤ x and
 * the probabilities sum to 1, so the fill at C is at most C) and saves the first passes from 0.
 */
function characteristicTime(g: ZipfGroups, capacity: number, occ: (x: number) => number, slope: (x: number) => number, from = capacity): number {
  let t = from;
  for (let i = 0; i < MAX_NEWTON; i++) {
    countTerms(g.count.length);
    let fill = 0;
    let d = 0;
    for (let k = 0; k < g.count.length; k++) {
      const pk = g.prob[k] as number;
      const ck = g.count[k] as number;
      fill += ck * occ(pk * t);
      d += ck * pk * slope(pk * t);
    }
    const next = t + (capacity - fill) / d;
    if (!(next > t) || next - t <= 1e-10 * next) return Math.max(t, next); // T to 1e-10: the hit rate to far better than 1e-6
    t = next;
  }
  return t;
}

/** Hit share Σ count·p·occ(p·T). */
function hitShare(g: ZipfGroups, t: number, occ: (x: number) => number): number {
  countTerms(g.count.length);
  let h = 0;
  for (let k = 0; k < g.count.length; k++) h += (g.count[k] as number) * (g.prob[k] as number) * occ((g.prob[k] as number) * t);
  return h;
}

const LRU = { occ: (x: number) => 1 - Math.exp(-x), slope: (x: number) => Math.exp(-x) };
const FIFO = { occ: (x: number) => x / (1 + x), slope: (x: number) => 1 / ((1 + x) * (1 + x)) };

/**
 * Independent-reference hit rate of a cache holding `capacity` of n Zipf(s) keys: Che's
 * approximation for LRU (Σ(1 − e^(−p·T)) = C), its FIFO/random analogue (Σ p·T/(1 + p·T) = C),
 * the top-C mass for ideal LFU. Within 1e-5 of the per-key formulas, in ~1,700 terms per pass.
 *
 * @example
 * groupedHitRate('lru', 10_000, 0.9, 1_000); // ≈ 0.6
 */
export function groupedHitRate(policy: 'lru' | 'lfu' | 'fifo' | 'random', n: number, s: number, capacity: number): number {
  if (capacity >= n) return 1;
  if (capacity <= 0) return 0;
  const g = zipfGroups(n, s);
  if (policy === 'lfu') {
    countTerms(g.count.length);
    let left = capacity;
    let h = 0;
    for (let i = 0; i < g.count.length && left > 0; i++) {
      const take = Math.min(left, g.count[i] as number);
      h += take * (g.prob[i] as number);
      left -= take;
    }
    return h;
  }
  const f = policy === 'lru' ? LRU : FIFO;
  return hitShare(g, characteristicTime(g, capacity, f.occ, f.slope, saturationStart(g, capacity)), f.occ);
}

/**
 * A start below the root that is close to it: T with Σ count·min(1, p·T) = C. Both occupancies
 * are at most min(1, x), so the fill there is at most C. The groups come most popular first, so
 * the keys with p·T ≥ 1 are a prefix: one pass finds it.
 */
function saturationStart(g: ZipfGroups, capacity: number): number {
  countTerms(g.count.length);
  let rest = 0; // Σ count·p over the groups not saturated
  for (let k = 0; k < g.count.length; k++) rest += (g.count[k] as number) * (g.prob[k] as number);
  let saturated = 0;
  for (let j = 0; j < g.count.length; j++) {
    const t = (capacity - saturated) / rest;
    if ((g.prob[j] as number) * t <= 1) return t;
    saturated += g.count[j] as number;
    rest -= (g.count[j] as number) * (g.prob[j] as number);
  }
  return capacity;
}

/**
 * Published caching, replication and partitioning results the engine is verified against
 * (lib/sim/verify). Units: rates per second, times in ms.
 */

/**
 * Expected hits between two misses of one key in a cache with unlimited room, a TTL that starts
 * when the entry is filled (not refreshed by hits) and writes that invalidate: after a fill, reads
 * (rate r) hit until the first write (rate w) or the TTL T. E[H] = r·(1 − e^(−wT))/w.
 */
function hitsPerFill(readsPerMs: number, writesPerMs: number, ttlMs: number): number {
  if (writesPerMs === 0) return readsPerMs * ttlMs;
  if (!Number.isFinite(ttlMs)) return readsPerMs / writesPerMs;
  return (readsPerMs * -Math.expm1(-writesPerMs * ttlMs)) / writesPerMs;
}

/**
 * Read hit rate of one key in an unbounded cache under Poisson requests, TTL from insertion
 * (Fofack, Nain, Neglia & Towsley 2012; Jung, Berger & Balakrishnan 2003): each miss starts a
 * renewal cycle with E[H] hits, so h = E[H]/(1 + E[H]). Without writes h = λT/(1 + λT); without a
 * TTL (T = ∞) h = 1 − write share. (A TTL refreshed on every hit would give 1 − e^(−λT) instead.)
 *
 * @example
 * ttlKeyHitRate(1, 0, 1000); // 0.5 = λT/(1+λT) with λ = 1/s, T = 1 s
 */
export function ttlKeyHitRate(readsPerSec: number, writesPerSec: number, ttlMs: number): number {
  const h = hitsPerFill(readsPerSec / 1000, writesPerSec / 1000, ttlMs);
  return h / (1 + h);
}

/**
 * Overall read hit rate of an unbounded TTL cache over keys with request probabilities p_k: each
 * key's hit rate weighted by its share of reads.
 *
 * @example
 * ttlCacheHitRate(Float64Array.of(0.5, 0.5), 2, 0, 1000); // 0.5
 */
export function ttlCacheHitRate(p: Float64Array, ratePerSec: number, writeShare: number, ttlMs: number): number {
  let h = 0;
  for (let k = 0; k < p.length; k++) {
    const pk = p[k] as number;
    h += pk * ttlKeyHitRate(ratePerSec * pk * (1 - writeShare), ratePerSec * pk * writeShare, ttlMs);
  }
  return h;
}

/**
 * Che's characteristic time (in units of requests) of an LRU cache of C entries: Σ(1 − e^(−p_k·T)) = C.
 *
 * @example
 * cheCharacteristicTime(Float64Array.of(0.5, 0.5), 1); // ln 2 / 0.5
 */
export function cheCharacteristicTime(p: Float64Array, capacity: number): number {
  const fill = (t: number) => p.reduce((s, pk) => s - Math.expm1(-pk * t), 0);
  let lo = 0;
  let hi = 1;
  while (fill(hi) < capacity) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (fill(mid) < capacity) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Expected hits per fill of a key requested as Poisson(λ) in an LRU cache with characteristic time
 * Tc and a TTL T from insertion (lazy expiry: an expired entry still holds its slot, so Tc is
 * Che's). A hit needs every gap since the fill < Tc and the age < T: E[H] = ∫₀ᵀ u(t) dt for the
 * defective renewal density u, which is λ on [0, Tc), jumps to λ(1 − e^(−λTc)) and then obeys
 * u′(t) = −λe^(−λTc)·u(t − Tc) (method of steps, trapezoid rule).
 */
export function lruTtlHitsPerFill(lambda: number, tc: number, ttl: number): number {
  if (ttl <= tc) return lambda * ttl;
  const steps = 400;
  const dt = tc / steps;
  const n = Math.ceil(ttl / dt);
  const u = new Float64Array(n + 1);
  for (let i = 0; i < steps; i++) u[i] = lambda;
  u[steps] = lambda * (1 - Math.exp(-lambda * tc));
  const k = lambda * Math.exp(-lambda * tc);
  for (let i = steps + 1; i <= n; i++) {
    const lagA = i - 1 - steps;
    const lagB = i - steps;
    // u(t) for t − Tc in [0, Tc) is λ (the jump sits exactly at Tc, so use the left value there)
    const a = lagA < steps ? lambda : (u[lagA] as number);
    const b = lagB <= steps ? lambda : (u[lagB] as number);
    u[i] = (u[i - 1] as number) - (k * dt * (a + b)) / 2;
  }
  let h = lambda * tc;
  for (let i = steps; i < n; i++) {
    const t0 = i * dt;
    const t1 = Math.min(ttl, t0 + dt);
    if (t1 > t0) h += ((u[i] as number) + (u[i + 1] as number)) * 0.5 * (t1 - t0);
  }
  return Math.max(0, h);
}

/**
 * LRU hit rate with a TTL from insertion (no writes), by Che's approximation with the renewal
 * argument of {@link ttlKeyHitRate}: h_k = E[H_k]/(1 + E[H_k]) (Bianchi et al. 2013; Fofack et al. 2012).
 * Reduces to Che's LRU formula as T → ∞ and to λT/(1 + λT) when T ≤ Tc.
 *
 * @example
 * lruTtlHitRate(zipfProbabilities(1000, 0.8), 100, 1000, 500);
 */
export function lruTtlHitRate(p: Float64Array, capacity: number, ratePerSec: number, ttlMs: number): number {
  if (capacity >= p.length) return ttlCacheHitRate(p, ratePerSec, 0, ttlMs);
  const tcMs = (cheCharacteristicTime(p, capacity) / ratePerSec) * 1000;
  let h = 0;
  for (let k = 0; k < p.length; k++) {
    const pk = p[k] as number;
    const e = lruTtlHitsPerFill((ratePerSec * pk) / 1000, tcMs, ttlMs);
    h += (pk * e) / (1 + e);
  }
  return h;
}

/**
 * Probability that a read of one record served at an independent random time finds a replica
 * missing the latest committed write, when that record's commits are Poisson (rate r) and each
 * write reaches the replica after an independent lag L: stale ⇔ L > age of the latest commit, so
 * P = 1 − E[e^(−rL)] (the Laplace transform of the lag). Exponential lag: rm/(1 + rm); constant:
 * 1 − e^(−rm); uniform on [0, 2m]: 1 − (1 − e^(−2rm))/(2rm); lognormal (cv): numeric.
 *
 * @example
 * staleReadProbability(1, 'exponential', 1000); // 0.5
 */
export function staleReadProbability(commitsPerSec: number, lag: 'exponential' | 'constant' | 'uniform' | 'lognormal', meanLagMs: number, cv = 1): number {
  const x = (commitsPerSec * meanLagMs) / 1000;
  if (x === 0) return 0;
  if (lag === 'exponential') return x / (1 + x);
  if (lag === 'constant') return -Math.expm1(-x);
  if (lag === 'uniform') return 1 + Math.expm1(-2 * x) / (2 * x);
  const s2 = Math.log(1 + cv * cv);
  const s = Math.sqrt(s2);
  let lt = 0;
  const dz = 0.001;
  for (let z = -10; z <= 10; z += dz) lt += Math.exp(-z * z / 2 - x * Math.exp(s * z - s2 / 2)) * dz;
  return 1 - lt / Math.sqrt(2 * Math.PI);
}

/**
 * Expected share of keys that move when going from K to K+1 shards, for a uniform hash:
 * modulo K/(K+1) (a key stays iff h mod K = h mod (K+1)); consistent hashing 1/(K+1) (only the new
 * node's arcs move, Karger et al. 1997); K equal ranges → K+1 equal ranges exactly 1/2.
 *
 * @example
 * expectedMovedShare('modulo', 4); // 0.8
 */
export function expectedMovedShare(kind: 'modulo' | 'consistent-hash' | 'range', shards: number): number {
  if (kind === 'modulo') return shards / (shards + 1);
  if (kind === 'consistent-hash') return 1 / (shards + 1);
  return 0.5;
}

/**
 * LRU hit rate when writes (share w of requests, same popularity) invalidate the written key:
 * a key is cached iff its last request was a read less than Tc ago, so the occupancy is
 * (1 − w)·Σ(1 − e^(−p_k·Tc)) = C and h = (1 − w)·Σ p_k(1 − e^(−p_k·Tc)) — Che's formula at
 * capacity C/(1 − w), scaled by 1 − w (Che et al. 2002 with the per-key renewal argument).
 *
 * @example
 * lruInvalidationHitRate(zipfProbabilities(1000, 0.8), 100, 0.1);
 */
export function lruInvalidationHitRate(p: Float64Array, capacity: number, writeShare: number): number {
  const c = capacity / (1 - writeShare);
  if (c >= p.length) return 1 - writeShare;
  const t = cheCharacteristicTime(p, c);
  return (1 - writeShare) * p.reduce((s, pk) => s - pk * Math.expm1(-pk * t), 0);
}

/**
 * Query cache with unlimited room and no TTL, uniform popularity over N keys: a cached query of m
 * rows dies when any of its m rows is written, so per query E[H] = (1 − w)/(m·w) and
 * h = (1 − w)/(1 − w + m·w) (m = 1 is the object cache, 1 − w).
 *
 * @example
 * queryCacheHitRate(0.05, 10); // ≈ 0.655
 */
export function queryCacheHitRate(writeShare: number, rowsPerQuery: number): number {
  return (1 - writeShare) / (1 - writeShare + rowsPerQuery * writeShare);
}

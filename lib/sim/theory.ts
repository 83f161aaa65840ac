import { countTerms } from './theory-work';
import { groupedHitRate } from './zipf';

/**
 * Closed-form queueing and caching results the engine is checked against (and the UI overlays).
 * Units: rates per second, times in ms, as everywhere in lib/sim.
 */

/** Mean-value results of a queue. */
export interface QueueTheory {
  /** Utilisation per server. */
  rho: number;
  meanWaitMs: number;
  meanResponseMs: number;
  /** Mean number in system (L = λW). */
  meanInSystem: number;
  /** Mean number waiting (Lq = λWq). */
  meanQueueLength: number;
}

/**
 * Little's law: mean number in system L = λ·W (λ in req/s, W in ms).
 *
 * @example
 * littlesLaw(100, 50); // 5
 */
export function littlesLaw(ratePerSec: number, meanTimeMs: number): number {
  return (ratePerSec * meanTimeMs) / 1000;
}

function fromWait(lambda: number, serviceMs: number, c: number, wq: number): QueueTheory {
  const w = wq + serviceMs;
  return { rho: (lambda * serviceMs) / 1000 / c, meanWaitMs: wq, meanResponseMs: w, meanInSystem: littlesLaw(lambda, w), meanQueueLength: littlesLaw(lambda, wq) };
}

/**
 * M/M/1: Poisson arrivals, exponential service, one server. Infinite means if ρ ≥ 1.
 *
 * @example
 * mm1(80, 10).meanResponseMs; // 50 = 10 / (1 − 0.8)
 */
export function mm1(ratePerSec: number, serviceMs: number): QueueTheory {
  const rho = (ratePerSec * serviceMs) / 1000;
  if (rho >= 1) return fromWait(ratePerSec, serviceMs, 1, Infinity);
  return fromWait(ratePerSec, serviceMs, 1, (rho * serviceMs) / (1 - rho));
}

/**
 * q-quantile of the M/M/1 response time, which is exponential with rate μ − λ.
 *
 * @example
 * mm1ResponsePercentile(80, 10, 0.99); // ≈ 230 ms
 */
export function mm1ResponsePercentile(ratePerSec: number, serviceMs: number, q: number): number {
  const mu = 1000 / serviceMs;
  if (ratePerSec >= mu) return Infinity;
  return (-Math.log(1 - q) / (mu - ratePerSec)) * 1000;
}

/**
 * Erlang B: blocking probability of M/M/c/c with offered load a = λ/μ (erlangs).
 *
 * @example
 * erlangB(2, 1); // 0.2
 */
export function erlangB(c: number, a: number): number {
  let b = 1;
  countTerms(c);
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/**
 * Erlang C: probability that an arrival waits in M/M/c (a = λ/μ erlangs, needs a < c).
 *
 * @example
 * erlangC(1, 0.8); // 0.8
 */
export function erlangC(c: number, a: number): number {
  if (a >= c) return 1;
  const b = erlangB(c, a);
  return b / (1 - (a / c) * (1 - b));
}

/**
 * M/M/c: mean wait = C(c, a) / (cμ − λ), mean response = wait + 1/μ.
 *
 * @example
 * mmc(160, 10, 2).meanWaitMs; // ≈ 17.8
 */
export function mmc(ratePerSec: number, serviceMs: number, c: number): QueueTheory {
  const a = (ratePerSec * serviceMs) / 1000;
  if (a >= c) return fromWait(ratePerSec, serviceMs, c, Infinity);
  const pw = erlangC(c, a);
  const mu = 1000 / serviceMs;
  return fromWait(ratePerSec, serviceMs, c, (pw / (c * mu - ratePerSec)) * 1000);
}

/**
 * M/G/1 by Pollaczek–Khinchine: Wq = ρ·(1 + cs²)/2 · E[S]/(1 − ρ), cs² = squared coefficient of
 * variation of service time (1 exponential, 0 constant).
 *
 * @example
 * mg1(80, 10, 0).meanWaitMs; // 20 (M/D/1)
 */
export function mg1(ratePerSec: number, serviceMs: number, scv: number): QueueTheory {
  const rho = (ratePerSec * serviceMs) / 1000;
  if (rho >= 1) return fromWait(ratePerSec, serviceMs, 1, Infinity);
  return fromWait(ratePerSec, serviceMs, 1, (rho * (1 + scv) * serviceMs) / (2 * (1 - rho)));
}

/**
 * M/D/1 (constant service): Pollaczek–Khinchine with cs² = 0.
 *
 * @example
 * md1(80, 10).meanResponseMs; // 30
 */
export function md1(ratePerSec: number, serviceMs: number): QueueTheory {
  return mg1(ratePerSec, serviceMs, 0);
}

/** Results of a finite queue. */
export interface FiniteQueueTheory extends QueueTheory {
  /** Probability an arrival is refused (system full). */
  blocking: number;
  /** Accepted arrivals per second. */
  acceptedRate: number;
}

/**
 * Σ x^i and Σ i·x^i for i = 0…m−1, for 0 ≤ x ≤ 1 given with `oneMinusX` = 1 − x computed where it
 * is exact (x a hair below 1 must not round to 1). Closed forms; a Taylor series in ln x when
 * m·|ln x| is tiny, where the closed forms would cancel.
 */
function geometricSums(x: number, oneMinusX: number, m: number): { s0: number; s1: number } {
  if (m <= 0) return { s0: 0, s1: 0 };
  if (x === 0) return { s0: 1, s1: 0 };
  const lnX = Math.log1p(-oneMinusX);
  if (m * Math.abs(lnX) < 1e-4) {
    // Σ i^k for k = 0…3 over i = 0…m−1
    const p1 = (m * (m - 1)) / 2;
    const p2 = ((m - 1) * m * (2 * m - 1)) / 6;
    const p3 = p1 * p1;
    return { s0: m + lnX * p1 + ((lnX * lnX) / 2) * p2, s1: p1 + lnX * p2 + ((lnX * lnX) / 2) * p3 };
  }
  const xm = Math.exp(m * lnX);
  const s0 = -Math.expm1(m * lnX) / oneMinusX;
  // x·d/dx of s0
  return { s0, s1: (x * (s0 - (m * xm) / x)) / oneMinusX };
}

/**
 * M/M/c/K: c servers and room for K jobs in total (K ≥ c; queue limit = K − c). Means are per
 * accepted job. The birth–death chain's probabilities are a^n/n! up to c and then geometric with
 * ratio a/c, so the queue's part is summed in closed form: the work is c terms whatever K is (a
 * queue limit of ten million costs what one of ten does). Every term is taken relative to the
 * largest, so nothing overflows however large a or K.
 *
 * @example
 * mmck(100, 10, 1, 1).blocking; // 0.5 (Erlang B with c = 1, a = 1)
 */
export function mmck(ratePerSec: number, serviceMs: number, c: number, K: number): FiniteQueueTheory {
  const a = (ratePerSec * serviceMs) / 1000;
  const m = K - c;
  countTerms(c + 1);
  // z = Σ p_n, L = Σ n·p_n, Lq = Σ (n − c)·p_n, busy = Σ min(n, c)·p_n and pK = p_K, in one common scale.
  let z = 0;
  let L = 0;
  let Lq = 0;
  let busy = 0;
  let pK = 0;
  /** Adds p_n = weight·(a^n/n!)/(a^c/c!) for n = 0…c, walking down from c (each term ≤ the one above when a ≥ n). */
  const head = (weight: number) => {
    let t = weight;
    for (let n = c; n >= 0 && t > 0; n--) {
      z += t;
      L += n * t;
      busy += n * t;
      t *= n / a;
    }
  };
  if (a > c) {
    // The queue's probabilities grow towards K: scale so p_K = 1; the rest falls geometrically by u = c/a.
    const u = c / a;
    const { s0, s1 } = geometricSums(u, (a - c) / a, m); // Σ u^i, Σ i·u^i over i = 0…m−1 (i = K − n)
    const queued = m * s0 - s1; // Σ (n − c) over the queue's states, weighted
    z += s0;
    L += c * s0 + queued;
    Lq += queued;
    busy += c * s0;
    pK = 1;
    head(Math.exp(m * Math.log1p(-(a - c) / a))); // p_c = u^m (1 when K = c)
  } else {
    // a ≤ c: the largest a^n/n! is at n = ⌊a⌋; scale so it is 1 and walk both ways from it.
    const mode = Math.floor(a);
    let t = 1;
    for (let n = mode; n <= c; n++) {
      z += t;
      L += n * t;
      busy += n * t;
      if (n < c) t *= a / (n + 1);
    }
    const pc = t;
    for (let n = mode - 1, down = mode > 0 ? mode / a : 0; n >= 0 && down > 0; n--) {
      z += down;
      L += n * down;
      busy += n * down;
      down *= n / a;
    }
    // Queue: p_{c+j} = p_c·r^j for j = 1…m with r = a/c ≤ 1.
    const r = a / c;
    const { s0, s1 } = geometricSums(r, (c - a) / c, m); // over i = 0…m−1, j = i + 1
    const sumR = pc * r * s0;
    const sumJR = pc * r * (s1 + s0);
    z += sumR;
    L += c * sumR + sumJR;
    Lq += sumJR;
    busy += c * sumR;
    pK = m > 0 ? pc * Math.exp(m * Math.log1p(-(c - a) / c)) : pc;
  }
  const blocking = pK / z;
  const acc = ratePerSec * (1 - blocking);
  return {
    rho: busy / z / c,
    meanWaitMs: (Lq / z / acc) * 1000,
    meanResponseMs: (L / z / acc) * 1000,
    meanInSystem: L / z,
    meanQueueLength: Lq / z,
    blocking,
    acceptedRate: acc,
  };
}

/**
 * Zipf popularity: p_k ∝ 1/(k+1)^s for k = 0..n−1.
 *
 * @example
 * zipfProbabilities(3, 0); // [1/3, 1/3, 1/3]
 */
export function zipfProbabilities(n: number, s: number): Float64Array {
  const p = new Float64Array(n);
  countTerms(n);
  let sum = 0;
  for (let k = 0; k < n; k++) sum += p[k] = Math.pow(k + 1, -s);
  for (let k = 0; k < n; k++) p[k] = (p[k] as number) / sum;
  return p;
}

/**
 * Solves Σ occ(p_k·T) = C for T by Newton's method from T = 0. The fill is increasing and concave
 * in T, so every tangent lies above it: the iterates rise monotonically to the root, never past it,
 * and converge quadratically (a handful of passes over the keys instead of ~80 for bisection).
 */
function solveCharacteristicTime(p: Float64Array, capacity: number, occ: (x: number) => number, slope: (x: number) => number): number {
  let t = 0;
  for (let i = 0; i < 200; i++) {
    countTerms(p.length);
    let fill = 0;
    let d = 0;
    for (let k = 0; k < p.length; k++) {
      const pk = p[k] as number;
      fill += occ(pk * t);
      d += pk * slope(pk * t);
    }
    const next = t + (capacity - fill) / d;
    if (!(next > t) || next - t <= 1e-13 * next) return Math.max(t, next);
    t = next;
  }
  return t;
}

/**
 * LRU hit rate under the independent reference model by Che's approximation: find T with
 * Σ(1 − e^(−p_k·T)) = C; hit rate = Σ p_k(1 − e^(−p_k·T)).
 *
 * @example
 * cheLruHitRate(zipfProbabilities(1000, 0.8), 100); // ≈ 0.5
 */
export function cheLruHitRate(p: Float64Array, capacity: number): number {
  if (capacity >= p.length) return 1;
  if (capacity <= 0) return 0;
  const occ = (x: number) => 1 - Math.exp(-x);
  const t = solveCharacteristicTime(p, capacity, occ, (x) => Math.exp(-x));
  let h = 0;
  for (let k = 0; k < p.length; k++) h += (p[k] as number) * occ((p[k] as number) * t);
  return h;
}

/**
 * FIFO and RANDOM hit rate under the independent reference model (they are equal; Che-type
 * approximation of Gelenbe's result): Σ p_k·T/(1 + p_k·T) = C; hit = Σ p_k · p_k·T/(1 + p_k·T).
 *
 * @example
 * fifoHitRate(zipfProbabilities(1000, 0.8), 100); // a little below the LRU value
 */
export function fifoHitRate(p: Float64Array, capacity: number): number {
  if (capacity >= p.length) return 1;
  if (capacity <= 0) return 0;
  const occ = (x: number) => x / (1 + x);
  const t = solveCharacteristicTime(p, capacity, occ, (x) => 1 / ((1 + x) * (1 + x)));
  let h = 0;
  for (let k = 0; k < p.length; k++) h += (p[k] as number) * occ((p[k] as number) * t);
  return h;
}

/**
 * Ideal LFU under the independent reference model: the C most popular keys stay cached.
 *
 * @example
 * lfuHitRate(zipfProbabilities(4, 0), 2); // 0.5
 */
export function lfuHitRate(p: Float64Array, capacity: number): number {
  countTerms(p.length);
  const sorted = Float64Array.from(p).sort(); // ascending, native numeric sort
  let h = 0;
  for (let k = sorted.length - 1; k >= Math.max(0, sorted.length - capacity); k--) h += sorted[k] as number;
  return h;
}

/**
 * Predicted hit rate for a policy over n Zipf(s) keys with capacity C (independent reference
 * model), over keys grouped by rank so it costs the same for a million keys as for a thousand.
 *
 * @example
 * cacheHitRate('lru', 1000, 0.8, 100);
 */
export function cacheHitRate(policy: 'lru' | 'lfu' | 'fifo' | 'random', n: number, s: number, capacity: number): number {
  return groupedHitRate(policy, n, s, capacity);
}

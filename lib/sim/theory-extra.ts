/**
 * Further published queueing results the engine is verified against (lib/sim/verify). Kept apart
 * from theory.ts, which the UI overlays use. Units: rates per second, times in ms.
 */
import { erlangC, mmc } from './theory';

/** Smallest x in [lo, hi] with f(x) ≤ target for a decreasing f (bisection, 100 steps). */
function invertDecreasing(f: (x: number) => number, target: number, lo: number, hi: number): number {
  while (f(hi) > target) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * M/M/c waiting time tail: P(W > t) = C(c, a)·e^(−(cμ−λ)t) (Kleinrock vol. 1, §3.5).
 *
 * @example
 * mmcWaitTail(80, 10, 1, 0); // 0.8 = ρ for M/M/1
 */
export function mmcWaitTail(ratePerSec: number, serviceMs: number, c: number, tMs: number): number {
  const mu = 1000 / serviceMs;
  return erlangC(c, (ratePerSec * serviceMs) / 1000) * Math.exp((-(c * mu - ratePerSec) * tMs) / 1000);
}

/**
 * M/M/c response (wait + service) tail: with θ = cμ − λ,
 * P(T > t) = e^(−μt) + C·μ·(e^(−μt) − e^(−θt))/(θ − μ) (limit e^(−μt)(1 + Cμt) when θ = μ).
 *
 * @example
 * mmcResponseTail(80, 10, 1, 50); // e^(−1): M/M/1 response is exponential with mean 50 ms
 */
export function mmcResponseTail(ratePerSec: number, serviceMs: number, c: number, tMs: number): number {
  const mu = 1000 / serviceMs;
  const theta = c * mu - ratePerSec;
  const C = erlangC(c, (ratePerSec * serviceMs) / 1000);
  const t = tMs / 1000;
  if (Math.abs(theta - mu) < 1e-9 * mu) return Math.exp(-mu * t) * (1 + C * mu * t);
  return Math.exp(-mu * t) + (C * mu * (Math.exp(-mu * t) - Math.exp(-theta * t))) / (theta - mu);
}

/**
 * q-quantile of the M/M/c response time (inverts {@link mmcResponseTail}).
 *
 * @example
 * mmcResponseQuantile(350, 10, 4, 0.99);
 */
export function mmcResponseQuantile(ratePerSec: number, serviceMs: number, c: number, q: number): number {
  return invertDecreasing((t) => mmcResponseTail(ratePerSec, serviceMs, c, t), 1 - q, 0, serviceMs);
}

/**
 * Allen–Cunneen approximation of the G/G/c mean wait: Wq ≈ Wq(M/M/c)·(ca² + cs²)/2. Exact for
 * M/M/c and (with c = 1, ca² = 1) for M/G/1; for c = 1 it is Kingman's heavy-traffic formula.
 *
 * @example
 * allenCunneenWaitMs(80, 10, 1, 1, 0); // 20 = M/D/1
 */
export function allenCunneenWaitMs(ratePerSec: number, serviceMs: number, c: number, ca2: number, cs2: number): number {
  return (mmc(ratePerSec, serviceMs, c).meanWaitMs * (ca2 + cs2)) / 2;
}

/**
 * Kingman's G/G/1 approximation Wq ≈ ρ/(1−ρ)·(ca² + cs²)/2·E[S] (exact for M/G/1).
 *
 * @example
 * kingmanWaitMs(80, 10, 1, 1); // 40 = M/M/1
 */
export function kingmanWaitMs(ratePerSec: number, serviceMs: number, ca2: number, cs2: number): number {
  const rho = (ratePerSec * serviceMs) / 1000;
  return ((rho / (1 - rho)) * ((ca2 + cs2) / 2)) * serviceMs;
}

/**
 * Root σ in (0, 1) of the G/M/1 equation σ = A*(μ(1 − σ)) for Erlang-k interarrival times with
 * mean k/λ, i.e. A*(s) = (λ/(λ + s))^k: each of k round-robin servers fed by a Poisson stream λ
 * (Kleinrock vol. 1, §6.4). Fixed-point iteration from 0 converges monotonically when ρ < 1.
 *
 * @example
 * erlangGm1Sigma(1, 80, 10); // 0.8 (M/M/1: σ = ρ)
 */
export function erlangGm1Sigma(k: number, ratePerSec: number, serviceMs: number): number {
  const mu = 1000 / serviceMs;
  let s = 0;
  for (let i = 0; i < 100_000; i++) {
    const next = Math.pow(ratePerSec / (ratePerSec + mu * (1 - s)), k);
    if (Math.abs(next - s) < 1e-15) return next;
    s = next;
  }
  return s;
}

/**
 * E_k/M/1 (round robin over k exponential servers, Poisson λ in total): the response time is
 * exponential with rate μ(1 − σ); the mean wait is σ/(μ(1 − σ)).
 *
 * @example
 * roundRobinTheory(4, 300, 10).meanResponseMs; // below M/M/1 at 75 % (40 ms)
 */
export function roundRobinTheory(servers: number, ratePerSec: number, serviceMs: number) {
  const sigma = erlangGm1Sigma(servers, ratePerSec, serviceMs);
  const meanResponseMs = serviceMs / (1 - sigma);
  return { sigma, meanResponseMs, meanWaitMs: sigma * meanResponseMs, quantile: (q: number) => -Math.log(1 - q) * meanResponseMs };
}

/**
 * Supermarket model (Mitzenmacher 2001; Vvedenskaya et al. 1996): N → ∞ servers, each arrival
 * joins the shortest of d sampled queues. The fraction of servers with ≥ i jobs is
 * ρ^((dⁱ − 1)/(d − 1)); the mean jobs per server is their sum over i ≥ 1.
 *
 * @example
 * supermarketMeanJobs(0.5, 1); // 1 = ρ/(1−ρ), M/M/1
 */
export function supermarketMeanJobs(rho: number, d: number): number {
  let sum = 0;
  for (let i = 1; i < 10_000; i++) {
    const exponent = d === 1 ? i : (Math.pow(d, i) - 1) / (d - 1);
    const s = Math.pow(rho, exponent);
    sum += s;
    if (s < 1e-16) break;
  }
  return sum;
}

/**
 * Exact Mean Value Analysis (Reiser & Lavenberg 1980) of a closed network: `users` customers,
 * think time Z (delay), and single-server FCFS exponential stations with service demands D_i.
 * R_i(n) = D_i(1 + Q_i(n−1)), X(n) = n/(Z + ΣR_i(n)), Q_i(n) = X(n)R_i(n).
 *
 * @example
 * mva(1, 1000, [10]).throughputPerSec; // 1/(1.01 s)
 */
export function mva(users: number, thinkMs: number, demandsMs: number[]) {
  const q = demandsMs.map(() => 0);
  let x = 0;
  let r = demandsMs.map(() => 0);
  for (let n = 1; n <= users; n++) {
    r = demandsMs.map((d, i) => d * (1 + (q[i] as number)));
    const total = r.reduce((a, b) => a + b, 0);
    x = n / (thinkMs + total);
    r.forEach((ri, i) => (q[i] = x * ri));
  }
  return { throughputPerSec: x * 1000, responseMs: r.reduce((a, b) => a + b, 0), queueLengths: q.slice() };
}

/**
 * Root σ of σ = A*(μ(1 − σ)) for a G/M/1 queue (Kleinrock vol. 1, §6.4), by fixed-point iteration
 * from 0 (monotone when ρ < 1). `lst` is the interarrival Laplace–Stieltjes transform, s in 1/ms.
 *
 * @example
 * gm1Sigma((s) => 0.08 / (0.08 + s), 10); // 0.8 (M/M/1)
 */
export function gm1Sigma(lst: (sPerMs: number) => number, serviceMs: number): number {
  const mu = 1 / serviceMs;
  let s = 0;
  for (let i = 0; i < 1_000_000; i++) {
    const next = lst(mu * (1 - s));
    if (Math.abs(next - s) < 1e-15) return next;
    s = next;
  }
  return s;
}

/**
 * On/off bursty Poisson source as the queue model draws it (an interrupted Poisson process: rate b·λ
 * while ON, 0 while OFF, exponential ON and OFF periods of mean cycle/b and cycle·(b − 1)/b). Its
 * gaps are i.i.d. hyperexponential (Kuczura 1973) with LST
 * A*(s) = λ₁(s + β)/(s² + s(λ₁ + α + β) + λ₁β), λ₁ = bλ, α = 1/ON, β = 1/OFF; so a single
 * exponential server behind it is an exact G/M/1: response exponential with rate μ(1 − σ).
 *
 * @example
 * burstyMm1Theory(50, 10, 4, 1000).meanResponseMs; // > 20 ms, the plain M/M/1 value
 */
export function burstyMm1Theory(ratePerSec: number, serviceMs: number, burstiness: number, cycleMs: number) {
  const l1 = (burstiness * ratePerSec) / 1000;
  const alpha = burstiness / cycleMs;
  const beta = burstiness / (cycleMs * (burstiness - 1));
  const sigma = gm1Sigma((s) => (l1 * (s + beta)) / (s * s + s * (l1 + alpha + beta) + l1 * beta), serviceMs);
  const meanResponseMs = serviceMs / (1 - sigma);
  return { sigma, meanResponseMs, meanWaitMs: sigma * meanResponseMs, quantile: (q: number) => -Math.log(1 - q) * meanResponseMs };
}

/**
 * Squared coefficient of variation of the gaps of the on/off source of {@link burstyMm1Theory}
 * (interrupted Poisson): ca² = 1 + 2λ₁α/(α + β)² (Kuczura 1973). 1 for b = 1 (Poisson).
 *
 * @example
 * burstyArrivalScv(60, 2, 200); // 7
 */
export function burstyArrivalScv(ratePerSec: number, burstiness: number, cycleMs: number): number {
  if (burstiness <= 1) return 1;
  const l1 = (burstiness * ratePerSec) / 1000;
  const alpha = burstiness / cycleMs;
  const beta = burstiness / (cycleMs * (burstiness - 1));
  return 1 + (2 * l1 * alpha) / (alpha + beta) ** 2;
}

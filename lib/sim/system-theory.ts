import { CLASSES, classShares, sessionModeOf, systemLayout, type RequestClass, type TierId } from './models/system-layout';
import type { SystemParams } from './models/system-schema';
import { maxRate } from './models/system-traffic';
import { mmc } from './theory';
import { groupedHitRate } from './zipf';

/** Theory for one tier: offered load, utilisation and the M/M/c mean response of one visit. */
export interface TierTheory {
  tier: TierId;
  label: string;
  /** λ_tier = Σ class rate × visits (req/s, whole tier). */
  arrivalRatePerSec: number;
  machines: number;
  /** Servers c of the M/M/c at each machine. */
  workersPerMachine: number;
  /** Mean service time of a visit at this tier (ms, after the machine's speed). */
  meanServiceMs: number;
  /** ρ = λ·S / (machines·c); ≥ 1 means the tier cannot keep up. */
  utilization: number;
  /** Mean wait + mean service of one visit (ms); Infinity when ρ ≥ 1. */
  meanResponseMs: number;
}

/** Whole-system theory: an open Jackson-network approximation with one M/M/c per machine. */
export interface SystemTheory {
  ratePerSec: number;
  cacheHitRate: number;
  tiers: TierTheory[];
  /** Sum over the class's path of (wait at the tier + its own service there), ms. */
  perClass: { class: RequestClass; ratePerSec: number; meanResponseMs: number }[];
  /** The tier with the highest utilisation: the first to reach ρ = 1 as traffic grows. */
  bottleneck: TierId;
  /** Arrival rate (req/s) at which the bottleneck's utilisation reaches 1. */
  saturatesAtRatePerSec: number;
  /** What the numbers assume, in one line (shown beside them). */
  assumes: string;
}

const hitMemo = new Map<string, number>();
function hitRate(p: SystemParams): number {
  const k = `${p.cachePolicy}|${p.products}|${p.zipf}|${p.cacheCapacity}`;
  let v = hitMemo.get(k);
  if (v === undefined) {
    v = groupedHitRate(p.cachePolicy, p.products, p.zipf, Math.min(p.cacheCapacity, p.products));
    if (hitMemo.size > 200) hitMemo.clear();
    hitMemo.set(k, v);
  }
  return v;
}

/**
 * Per-tier offered load, utilisation and M/M/c response, summed along each class's path, at
 * `ratePerSec` shopper requests per second (default: the day's highest rate, sale included).
 * Assumes Poisson flows split evenly over a tier's machines, exponential service, a warm cache
 * at its steady-state (independent-reference) hit rate, no errors and no faults.
 *
 * @example
 * systemTheory(systemSchema.parse({ stage: 'one-box', peakRate: 40 })).bottleneck; // 'app'
 */
export function systemTheory(p: SystemParams, ratePerSec = maxRate(p)): SystemTheory {
  const layout = systemLayout(p);
  const [browse, login, checkout] = classShares(p).map((s) => s * ratePerSec) as [number, number, number];
  const hasCache = layout.some((t) => t.id === 'cache');
  const hit = hasCache ? hitRate(p) : 0;
  const hasWorkers = layout.some((t) => t.id === 'workers');
  const classRate = [browse, login, checkout, hasWorkers ? checkout : 0];
  const shared = sessionModeOf(p) === 'shared';
  /** Visits of class c to tier t per request of that class. */
  const visits = (t: TierId, c: number): number => {
    if (t === 'app') return c < 3 ? 1 : 0;
    if (t === 'sessions') return shared && (c === 1 || c === 2) ? 1 : 0;
    if (t === 'cache') return c === 0 ? 1 : 0;
    if (t === 'db') return c === 2 ? 1 : c === 0 ? 1 - hit : 0;
    if (t === 'replicas') return c === 0 ? 1 - hit : 0;
    return c === 3 ? 1 : 0;
  };
  const waits: Partial<Record<TierId, number>> = {};
  const tiers: TierTheory[] = layout.map((t) => {
    let lambda = 0;
    let work = 0;
    for (let c = 0; c < 4; c++) {
      const l = (classRate[c] as number) * visits(t.id, c) * ((t.demandMs[c] as number) > 0 ? 1 : 0);
      lambda += l;
      work += l * (t.demandMs[c] as number);
    }
    const meanServiceMs = lambda > 0 ? work / lambda / t.speed : 0;
    const c = t.id === 'workers' ? p.workers : t.workersPerMachine;
    const perMachine = lambda / t.machines;
    const q = meanServiceMs > 0 ? mmc(perMachine, meanServiceMs, c) : null;
    waits[t.id] = q ? q.meanWaitMs : 0;
    return {
      tier: t.id,
      label: t.label,
      arrivalRatePerSec: lambda,
      machines: t.machines,
      workersPerMachine: c,
      meanServiceMs,
      utilization: (perMachine * meanServiceMs) / 1000 / c,
      meanResponseMs: q ? q.meanResponseMs : 0,
    };
  });
  const perClass = CLASSES.map((name, c) => {
    let total = 0;
    for (const t of layout) {
      const v = visits(t.id, c) * ((t.demandMs[c] as number) > 0 ? 1 : 0);
      if (v > 0) total += v * ((waits[t.id] ?? 0) + (t.demandMs[c] as number) / t.speed);
    }
    return { class: name, ratePerSec: classRate[c] as number, meanResponseMs: total };
  });
  const top = tiers.reduce((a, b) => (b.utilization > a.utilization ? b : a), tiers[0] as TierTheory);
  return {
    ratePerSec,
    cacheHitRate: hit,
    tiers,
    perClass,
    bottleneck: top.tier,
    saturatesAtRatePerSec: top.utilization > 0 ? ratePerSec / top.utilization : Infinity,
    assumes: 'theory (assumes Poisson flows, exponential service, a warm cache and no faults)',
  };
}

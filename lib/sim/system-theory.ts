import { inCacheProbability, keyGrid, zipfMass } from './design/che';
import { designTheory } from './design/theory';
import { crumbDesign, CRUMB_IDS } from './models/system-design';
import { CLASSES, TIERS, type RequestClass, type TierId } from './models/system-layout';
import type { SystemParams } from './models/system-schema';
import { maxRate } from './models/system-traffic';

/**
 * Theory for one tier: offered load, utilisation and the M/M/c mean response of one visit.
 *
 * @example
 * const t: TierTheory | undefined = systemTheory(systemSchema.parse({})).tiers[0];
 */
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

/**
 * Whole-system theory: an open Jackson-network approximation with one M/M/c per machine.
 *
 * @example
 * const t: SystemTheory = systemTheory(systemSchema.parse({ stage: 'one-box' }));
 */
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

/**
 * Independent-reference hit rate of `policy` over Zipf(s) keys (Che's approximation for LRU, its
 * FIFO/random variant, the top-C mass for ideal LFU) on the design theory's grouped keys.
 *
 * @example
 * groupedHitRate('lru', 10_000, 0.9, 1_000); // ≈ cacheHitRate('lru', 10_000, 0.9, 1_000)
 */
export function groupedHitRate(policy: SystemParams['cachePolicy'], n: number, s: number, capacity: number): number {
  if (capacity >= n) return 1;
  if (capacity <= 0) return 0;
  const grid = keyGrid(n);
  const mass = zipfMass(grid, n, s);
  const read = Float64Array.from(mass, (m, i) => m / (grid.count[i] as number));
  const p = inCacheProbability(policy, grid, { read, invalidate: new Float64Array(read.length), update: new Float64Array(read.length) }, capacity, 0);
  let h = 0;
  for (let i = 0; i < mass.length; i++) h += (mass[i] as number) * (p[i] as number);
  return h;
}

/** Where each tier lives in Crumb & Co's design. */
const TIER_AT: Record<TierId, { id: string; role: 'main' | 'primary' | 'replica' }> = {
  app: { id: CRUMB_IDS.app, role: 'main' },
  sessions: { id: CRUMB_IDS.sessions, role: 'main' },
  cache: { id: CRUMB_IDS.cache, role: 'main' },
  db: { id: CRUMB_IDS.db, role: 'primary' },
  replicas: { id: CRUMB_IDS.db, role: 'replica' },
  workers: { id: CRUMB_IDS.workers, role: 'main' },
};
const LABELS: Record<TierId, string> = { app: 'App clones', sessions: 'Session store', cache: 'Cache', db: 'Database', replicas: 'Read replicas', workers: 'Email workers' };

/**
 * Per-tier offered load, utilisation and M/M/c response, summed along each class's path, at
 * `ratePerSec` shopper requests per second (default: the day's envelope, peak × the sale's
 * multiplier): the design theory of Crumb & Co's design ({@link designTheory}). The cache's hit
 * rate counts the checkouts' invalidations of their products. Assumes Poisson flows split evenly
 * over a tier's machines, exponential service, a warm cache at its steady-state hit rate, no
 * errors and no faults.
 *
 * @example
 * systemTheory(systemSchema.parse({ stage: 'one-box', peakRate: 40 })).bottleneck; // 'app'
 */
export function systemTheory(p: SystemParams, ratePerSec = maxRate(p)): SystemTheory {
  const t = designTheory(crumbDesign(p).design, ratePerSec);
  const comp = (id: string) => t.perComponent.find((c) => c.id === id);
  const tiers: TierTheory[] = [];
  const hasReplicas = (comp(CRUMB_IDS.db)?.groups.length ?? 0) > 1;
  for (const tier of TIERS) {
    const at = TIER_AT[tier];
    const g = comp(at.id)?.groups.find((x) => x.role === at.role);
    if (!g) continue;
    tiers.push({
      tier,
      label: tier === 'app' && p.stage === 'one-box' ? 'One box (app + database)' : tier === 'db' && hasReplicas ? 'Database primary' : LABELS[tier],
      arrivalRatePerSec: g.arrivalRatePerSec,
      machines: g.machines,
      workersPerMachine: g.workersPerMachine,
      meanServiceMs: g.meanServiceMs,
      utilization: g.meanUtilization,
      meanResponseMs: g.arrivalRatePerSec > 0 ? g.meanResponseMs : 0,
    });
  }
  const checkout = t.perClass.find((c) => c.id === 'checkout');
  const perClass = CLASSES.map((name) => {
    if (name === 'email') return { class: name, ratePerSec: checkout?.jobsPerSec ?? 0, meanResponseMs: checkout?.jobMeanResponseMs ?? 0 };
    const c = t.perClass.find((x) => x.id === name);
    return { class: name, ratePerSec: c?.ratePerSec ?? 0, meanResponseMs: c?.meanResponseMs ?? 0 };
  });
  const top = tiers.reduce((a, b) => (b.utilization > a.utilization ? b : a), tiers[0] as TierTheory);
  return {
    ratePerSec,
    cacheHitRate: comp(CRUMB_IDS.cache)?.hitRate ?? 0,
    tiers,
    perClass,
    bottleneck: top.tier,
    saturatesAtRatePerSec: top.utilization > 0 ? ratePerSec / top.utilization : Infinity,
    assumes: 'theory (assumes Poisson flows, exponential service, a warm cache and no faults)',
  };
}

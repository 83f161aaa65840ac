import type { WorkEstimate } from './estimates';
import { classShares, systemLayout } from './system-layout';
import type { SystemParams } from './system-schema';
import { expectedArrivals } from './system-traffic';

/** What one system run will cost: the engine's {@link WorkEstimate} (`models.system.estimateWork`). */
export type SystemWorkEstimate = WorkEstimate;

/** Σ_{k=1..n} k^−s by the midpoint integral (exact enough for a work estimate). */
function harmonic(n: number, s: number): number {
  if (n <= 0) return 0;
  if (Math.abs(s - 1) < 1e-9) return Math.log(n + 0.5) - Math.log(0.5);
  return ((n + 0.5) ** (1 - s) - 0.5 ** (1 - s)) / (1 - s);
}

/**
 * Expected arrivals (the integral of the day's rate) × stations each class visits, plus the email
 * jobs; the cache hit share is the popularity mass of the `cacheCapacity` most popular products
 * (an upper bound on any policy's, so browse visits are not underestimated by much). Memory:
 * per-product and per-user arrays, the Zipf table, and every request that can wait at once.
 *
 * @example
 * estimateSystemWork(systemSchema.parse({})).events; // ≈ 1.3 M for the default day
 */
export function estimateSystemWork(p: SystemParams): SystemWorkEstimate {
  const n = expectedArrivals(p, 0, p.dayMs);
  const [browse, login, checkout] = classShares(p);
  const layout = systemLayout(p);
  const has = (id: string) => layout.some((t) => t.id === id);
  const hit = has('cache') ? Math.min(1, harmonic(Math.min(p.cacheCapacity, p.products), p.zipf) / harmonic(p.products, p.zipf)) : 0;
  // visits per request of each class (arrival event + one completion per station visited)
  const oneBox = layout.length === 1;
  const browseVisits = oneBox ? 1 : 1 + (has('cache') ? 1 + (1 - hit) : 1);
  const loginVisits = 1 + (has('sessions') ? 1 : 0);
  const checkoutVisits = oneBox ? 1 : 2 + (has('sessions') ? 1 : 0) + (has('workers') ? 1 : 0);
  const perRequest = 1 + browse * browseVisits + login * loginVisits + checkout * checkoutVisits;
  const events = n * perRequest;
  const machines = layout.reduce((a, t) => a + t.machines, 0);
  const waiting = layout.reduce((a, t) => a + t.machines * (t.workersPerMachine + (t.id === 'workers' ? 0 : p.queueLimit)), 0);
  const peakJobs = Math.min(n, waiting + (has('workers') ? n * checkout : 0));
  const replicas = layout.find((t) => t.id === 'replicas')?.machines ?? 0;
  const bytes = 2e6 + p.products * (8 + 8 * replicas + (has('cache') ? 17 : 0)) + p.users * 8 + peakJobs * 160 + machines * 4096;
  return {
    events,
    work: events,
    setup: p.products + p.users,
    bytes,
    simMs: p.dayMs,
    lowerWork: ['peakRate', 'dayMs', 'saleMultiplier', 'saleHours'],
    lowerBytes: ['products', 'users', 'replicas', 'queueLimit'],
  };
}

import { estimateDesignWork } from '../design/estimate';
import type { WorkEstimate } from './estimates';
import { crumbDesign } from './system-design';
import type { SystemParams } from './system-schema';

/**
 * What one system run will cost: the engine's {@link WorkEstimate} (`models.system.estimateWork`).
 *
 * @example
 * const w: SystemWorkEstimate = estimateSystemWork(systemSchema.parse({ peakRate: 2000 }));
 */
export type SystemWorkEstimate = WorkEstimate;

/**
 * The design model's estimate of Crumb & Co's design at these params, with the levers named in
 * the system model's parameters.
 *
 * @example
 * estimateSystemWork(systemSchema.parse({})).events; // ≈ 1.3 M for the default day
 */
export function estimateSystemWork(p: SystemParams): SystemWorkEstimate {
  const w = estimateDesignWork(crumbDesign(p).design);
  return { ...w, lowerWork: ['peakRate', 'dayMs', 'saleMultiplier', 'saleHours'], lowerBytes: ['products', 'users', 'replicas', 'queueLimit'] };
}

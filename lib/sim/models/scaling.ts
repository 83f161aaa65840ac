import { z } from 'zod';
import { int, num } from './common';

/** Parameters of the analytic scale-up vs scale-out explorer. */
export const scalingSchema = z.strictObject({
  demand: num(1, 10_000_000, 500, { label: 'Demand now', unit: 'req/s', description: 'Peak requests per second today.' }),
  growthPerMonth: num(0, 200, 10, { label: 'Growth', unit: '%/month', description: 'Demand growth per month (compounded).' }),
  months: int(1, 120, 24, { label: 'Horizon', unit: 'months', description: 'How far ahead to plan.' }),
  smallMachineCapacity: num(1, 1_000_000, 200, { label: 'Small machine capacity', unit: 'req/s', description: 'Requests per second one small machine handles.' }),
  smallMachineCost: num(0, 1_000_000, 100, { label: 'Small machine price', unit: '$/month', description: 'Monthly price of one small machine.' }),
  bigTiers: int(1, 12, 6, { label: 'Big machine tiers', unit: 'tiers', description: 'Vertical sizes: 2×, 4×… the small machine; the largest is the hard ceiling.' }),
  priceExponent: num(1, 3, 1.4, { label: 'Price exponent', unit: '', description: 'Price of a tier = small price × (capacity multiple)^exponent.', step: 0.05 }),
  loadBalancerCost: num(0, 1_000_000, 50, { label: 'Load balancer price', unit: '$/month', description: 'Monthly cost of the load balancer (scale-out only).' }),
  targetUtilization: num(0.05, 1, 0.7, { label: 'Target utilisation', unit: 'fraction', description: 'Plan so machines run at most this busy.', step: 0.05 }),
});
/** Parsed scaling parameters. */
export type ScalingParams = z.infer<typeof scalingSchema>;

/** One month of the plan. */
export interface ScalingMonth {
  month: number;
  demand: number;
  verticalCapacity: number;
  verticalCost: number;
  /**
   * Spare capacity as a share of demand, (capacity − demand) / demand: 0.5 = 50 % more than needed.
   * Negative means the machine is short of the demand by that share (past the ceiling: −0.2 =
   * 20 % of the demand cannot be served); it is a number, never a sentinel.
   */
  verticalHeadroom: number;
  verticalOverCeiling: boolean;
  /** Capacity left if the one big machine fails: always 0. */
  verticalCapacityAfterFailure: number;
  machines: number;
  horizontalCapacity: number;
  horizontalCost: number;
  horizontalHeadroom: number;
  horizontalCapacityAfterFailure: number;
  /** True if n − 1 machines still carry the demand. */
  horizontalSurvivesFailure: boolean;
}

/** Result of the scaling explorer. */
export interface ScalingResult {
  months: ScalingMonth[];
  /** First month the demand exceeds the biggest machine at target utilisation; `null` = never within the plan. */
  ceilingMonth: number | null;
  totalVerticalCost: number;
  totalHorizontalCost: number;
}

/**
 * Pure function: demand grows `growthPerMonth` % a month; vertical buys the smallest tier that
 * keeps utilisation ≤ target (capped at the largest); horizontal buys n = ⌈demand / (capacity·target)⌉
 * small machines plus a load balancer.
 *
 * @example
 * const r = runScaling(scalingSchema.parse({}));
 * r.months[0]?.machines; // 4
 */
export function runScaling(p: ScalingParams): ScalingResult {
  const months: ScalingMonth[] = [];
  let ceilingMonth: number | null = null;
  for (let m = 0; m <= p.months; m++) {
    const demand = p.demand * Math.pow(1 + p.growthPerMonth / 100, m);
    let tier = 1;
    while (tier < p.bigTiers && p.smallMachineCapacity * 2 ** tier * p.targetUtilization < demand) tier++;
    const vCap = p.smallMachineCapacity * 2 ** tier;
    const over = vCap * p.targetUtilization < demand;
    if (over && ceilingMonth === null) ceilingMonth = m;
    const n = Math.max(1, Math.ceil(demand / (p.smallMachineCapacity * p.targetUtilization)));
    const hCap = n * p.smallMachineCapacity;
    months.push({
      month: m,
      demand,
      verticalCapacity: vCap,
      verticalCost: p.smallMachineCost * Math.pow(2 ** tier, p.priceExponent),
      verticalHeadroom: (vCap - demand) / demand,
      verticalOverCeiling: over,
      verticalCapacityAfterFailure: 0,
      machines: n,
      horizontalCapacity: hCap,
      horizontalCost: n * p.smallMachineCost + p.loadBalancerCost,
      horizontalHeadroom: (hCap - demand) / demand,
      horizontalCapacityAfterFailure: hCap - p.smallMachineCapacity,
      horizontalSurvivesFailure: hCap - p.smallMachineCapacity >= demand,
    });
  }
  return {
    months,
    ceilingMonth,
    totalVerticalCost: months.slice(1).reduce((s, x) => s + x.verticalCost, 0),
    totalHorizontalCost: months.slice(1).reduce((s, x) => s + x.horizontalCost, 0),
  };
}

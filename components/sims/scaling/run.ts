import type { SimAction, Simulation } from '@/lib/sim/core/engine';
import { runScaling, type ScalingMonth, type ScalingParams, type ScalingResult } from '@/lib/sim/models/scaling';

/** Sim ms per month of the plan: at 1× speed a month passes every second. */
export const MONTH_MS = 1000;

/** What the explorer shows at one moment of the plan. */
export interface ScalingSnapshot {
  now: number;
  done: boolean;
  /** Month shown (0 = today). */
  month: number;
  current: ScalingMonth;
  /** True while the learner has taken one machine away. */
  machineLost: boolean;
  /** First month past the biggest machine; null = never within the plan. */
  ceilingMonth: number | null;
  /** Spent so far on each plan (sum of monthly prices of the months passed). */
  verticalSpent: number;
  horizontalSpent: number;
  totalVerticalCost: number;
  totalHorizontalCost: number;
}

/**
 * The analytic scaling model (`runScaling`, a pure function of the params) played out over time
 * so the page can animate "demand grows": sim time t is month ⌊t / MONTH_MS⌋. `act({type:'kill'})`
 * takes one machine away from each plan; `revive` gives it back.
 *
 * @example
 * const run = new ScalingRun(scalingSchema.parse({}));
 * run.advanceTo(12 * MONTH_MS);
 * run.snapshot().month; // 12
 */
export class ScalingRun implements Simulation<ScalingResult, ScalingSnapshot> {
  now = 0;
  done = false;
  private readonly plan: ScalingResult;
  private readonly endMs: number;
  private machineLost = false;

  constructor(p: ScalingParams) {
    this.plan = runScaling(p);
    this.endMs = p.months * MONTH_MS;
  }

  advanceTo(tMs: number): void {
    if (this.done) return;
    this.now = Math.min(Math.max(this.now, tMs), this.endMs);
    if (this.now >= this.endMs) this.done = true;
  }

  snapshot(): ScalingSnapshot {
    const month = Math.min(Math.floor(this.now / MONTH_MS), this.plan.months.length - 1);
    const passed = this.plan.months.slice(1, month + 1);
    return {
      now: this.now,
      done: this.done,
      month,
      current: this.plan.months[month] as ScalingMonth,
      machineLost: this.machineLost,
      ceilingMonth: this.plan.ceilingMonth,
      verticalSpent: passed.reduce((s, m) => s + m.verticalCost, 0),
      horizontalSpent: passed.reduce((s, m) => s + m.horizontalCost, 0),
      totalVerticalCost: this.plan.totalVerticalCost,
      totalHorizontalCost: this.plan.totalHorizontalCost,
    };
  }

  result(): ScalingResult {
    return this.plan;
  }

  runToEnd(): ScalingResult {
    this.advanceTo(Infinity);
    return this.plan;
  }

  act(a: SimAction): boolean {
    if (a.type === 'kill' && !this.machineLost) this.machineLost = true;
    else if (a.type === 'revive' && this.machineLost) this.machineLost = false;
    else return false;
    return true;
  }
}

/** Capacity left on each side right now (after the lost machine, if one is lost). */
export function capacityNow(s: ScalingSnapshot): { vertical: number; horizontal: number } {
  const m = s.current;
  return s.machineLost ? { vertical: m.verticalCapacityAfterFailure, horizontal: m.horizontalCapacityAfterFailure } : { vertical: m.verticalCapacity, horizontal: m.horizontalCapacity };
}

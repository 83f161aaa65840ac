/**
 * The design model's public API: an architecture as data (`designSchema`), run on the engine's
 * stations and network (`createDesignSim`, `runDesign`), its theory from the design alone
 * (`designTheory`), the cost of a run before it starts (`estimateDesignWork`) and the monthly
 * bill (`designBill`). Pure TypeScript, deterministic; numbers, never formatted strings (except
 * the bill's and the bottleneck's one-line explanations). See docs/SIMULATION.md, "Designs".
 *
 * @example
 * import { createDesignSim, designSchema } from '@/lib/sim/design';
 * const sim = createDesignSim(designSchema.parse(json));
 * sim.advanceTo(60_000);
 * sim.act({ type: 'kill-machine', target: 'app', machine: 0 });
 * const r = sim.runToEnd(); // r.perClass[0].peak.p99ResponseMs, r.bottleneck?.why, r.bill.total
 */
import type { Simulation } from '../core/engine';
import type { DesignRunOptions } from './compile';
import type { Design, DesignAction } from './parts';
import type { DesignResult, DesignSnapshot } from './result-types';
import { DesignSim } from './sim';

export * from './schema';
export { checkDesign, FAULT_KINDS, machinesOf } from './checks';
export { MACHINE_PRICE, REQUEST_PRICE_PER_MILLION, DAYS_PER_MONTH, designBill, type BillLine, type BillUsage, type DesignBill, type PriceOverrides } from './prices';
export { ERROR_CAUSES, type DesignErrorCause } from './jobs';
export type * from './result-types';
export { seriesColumns } from './series';
export { peakWindow, type PeakWindow } from './window';
export { designTraffic, type DesignRunOptions } from './compile';
export { dayRateAt, expectedArrivals, hourAt, msAtHour, peakRate, type DayTraffic } from './traffic';
export { designTheory, type DesignTheory, type ComponentTheory, type ClassTheory } from './theory';
export { estimateDesignWork } from './estimate';
export { designBudgetProblem } from './budget';
export { DesignSim };

/**
 * A steppable run of a parsed design (`advanceTo` / `snapshot` / `act` / `result` / `runToEnd`).
 * Check the cost first with {@link estimateDesignWork} (the page refuses what its budget does not
 * allow).
 *
 * @example
 * const sim = createDesignSim(designSchema.parse(json));
 * while (!sim.done) { sim.advanceTo(sim.now + 1000); draw(sim.snapshot()); }
 */
export function createDesignSim(design: Design, opts: DesignRunOptions = {}): Simulation<DesignResult, DesignSnapshot, DesignAction> {
  return new DesignSim(design, opts);
}

/**
 * Runs a parsed design to the end of its day (and the drain of its queues).
 *
 * @example
 * runDesign(designSchema.parse(json)).perClass.map((c) => c.p99ResponseMs);
 */
export function runDesign(design: Design, opts: DesignRunOptions = {}): DesignResult {
  return new DesignSim(design, opts).runToEnd();
}

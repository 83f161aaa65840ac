import { createDesignSim, designBudgetProblem, designTraffic, expectedArrivals, type DesignResult } from '../sim/design';
import type { Design } from '../sim/design/schema';
import type { WorkBudget } from '../sim/work';
import { PAGE_BUDGET } from '../sim/work';
import { FAULT_WINDOW_MS, type DesignRunner, type RunMeasures } from './measures';

/**
 * What one graded run may cost in the page's worker: a run is off the main thread, with progress
 * and Cancel, so it may build bigger models than a figure's first frame (a million-key Zipf table)
 * and simulate more events than a figure's run to the end.
 */
export const GRADE_BUDGET: WorkBudget = { ...PAGE_BUDGET, maxWork: 8e6, maxSetup: 4e6 };

/** Steps a run is cut into (progress and cancel points). */
const STEPS = 40;

/** Error causes as the report writes them. */
const CAUSE_WORDS: Record<string, string> = {
  'queue-full': 'queue full',
  'machine-down': 'machine down',
  'no-session': 'no session',
  'database-down': 'database down',
  timeout: 'timed out',
  'rate-limited': 'rate limited',
  partitioned: 'partitioned away',
  'external-error': 'provider error',
};

/**
 * The bill for the real day. The graded day holds the peak for most of its length, so its
 * usage-priced lines (CDN, object store, external calls) and autoscaled workers would bill the
 * peak all day; they are scaled to the problem's own day (`realDayShare` = real-day arrivals ÷
 * graded-day arrivals). Machines bill the same either way.
 */
function realDayBill(design: Design, r: DesignResult, realDayShare: number): { total: number; byId: Map<string, number> } {
  const byId = new Map<string, number>();
  for (const line of r.bill.lines) {
    let monthly = line.monthly;
    if (line.kind === 'cdn' || line.kind === 'object-store' || line.kind === 'external') monthly *= realDayShare;
    const comp = design.components.find((c) => c.id === line.id);
    const q = r.perComponent.find((c) => c.id === line.id)?.queue;
    if (comp?.kind === 'queue' && comp.autoscale && q && q.meanWorkers > 0) monthly = (line.monthly / q.meanWorkers) * Math.max(comp.workers, q.meanWorkers * realDayShare);
    byId.set(line.id, monthly);
  }
  return { total: [...byId.values()].reduce((a, b) => a + b, 0), byId };
}

/** Served and failed requests of a class in the fault window, from the run's per-second series. */
function faultWindow(design: Design, r: DesignResult, classId: string): { requests: number; errors: number; ms: number } | null {
  const first = design.faults.reduce<number | null>((m, f) => (m === null || f.atHour < m ? f.atHour : m), null);
  if (first === null) return null;
  const start = (first / 24) * design.run.dayMs;
  const t = r.series.t ?? [];
  const served = r.series[`throughput:${classId}`] ?? [];
  const failed = r.series[`errors:${classId}`] ?? [];
  const dt = design.run.sampleIntervalMs / 1000;
  let ok = 0;
  let bad = 0;
  t.forEach((at, i) => {
    // a sample covers the interval that ends at its time
    if (at <= start || at > start + FAULT_WINDOW_MS) return;
    ok += (served[i] ?? 0) * dt;
    bad += (failed[i] ?? 0) * dt;
  });
  return { requests: Math.round(ok + bad), errors: Math.round(bad), ms: Math.min(FAULT_WINDOW_MS, design.run.dayMs - start) };
}

/** The busiest group's mean time per visit, waiting included (ms). */
function meanVisitMs(c: DesignResult['perComponent'][number]): number | null {
  const used = c.groups.filter((g) => g.visits > 0);
  if (!used.length) return null;
  return used.reduce((m, g) => Math.max(m, g.meanResponseMs), 0);
}

/** The engine's result reduced to what grading reads (lib/problems/measures.ts): the peak window's numbers. */
export function toMeasures(design: Design, r: DesignResult, realDayShare = 1): RunMeasures {
  const bill = realDayBill(design, r, realDayShare);
  return {
    classes: r.perClass.map((c) => ({
      id: c.id,
      label: c.label,
      requests: c.peak.requests,
      errors: c.peak.errors,
      errorsByCause: Object.fromEntries(Object.entries(c.errorsByCause).map(([k, n]) => [CAUSE_WORDS[k] ?? k, n])),
      p99Ms: c.peak.requests - c.peak.errors > 0 && Number.isFinite(c.peak.p99ResponseMs) ? c.peak.p99ResponseMs : null,
      jobP99Ms: c.jobs && c.jobs.completed > 0 ? c.jobs.p99ResponseMs : null,
      day: { requests: c.requests, errors: c.errors, deadLettered: c.jobs?.deadLettered ?? 0 },
      faultWindow: faultWindow(design, r, c.id),
    })),
    components: r.perComponent.map((c) => ({ id: c.id, label: c.label, kind: c.kind, utilisation: c.peakUtilization, meanVisitMs: meanVisitMs(c), monthlyCost: bill.byId.get(c.id) ?? 0 })),
    bottleneck: r.bottleneck ? { id: r.bottleneck.id, label: r.bottleneck.label, why: r.bottleneck.why } : null,
    monthlyCost: bill.total,
    lostCommits: r.perComponent.reduce((n, c) => n + (c.database?.lostCommits ?? 0), 0),
  };
}

/**
 * Runs graded designs on the engine, in steps, refusing a run over `budget` before it starts.
 * `realDay` gives the problem's own day (peak, night share) for the bill's usage lines.
 *
 * @example
 * gradeDesign(spec, design, engineRunner(GRADE_BUDGET, spec.requirements.traffic));
 */
export function engineRunner(budget: WorkBudget, realDay?: { peakRps: number; nightShare: number; peakHour: number }): DesignRunner {
  return function* run(design: Design) {
    const over = designBudgetProblem(design, budget, 'grading');
    if (over) return { ok: false, error: over.message };
    const sim = createDesignSim(design);
    const end = design.run.dayMs;
    while (!sim.done) {
      sim.advanceTo(sim.now + end / STEPS);
      yield Math.min(1, sim.now / end);
    }
    const graded = designTraffic(design);
    const client = design.components.find((c) => c.kind === 'client');
    let share = 1;
    if (realDay && client?.kind === 'client') {
      const real = { ...graded, peakRps: realDay.peakRps * client.growth, nightShare: realDay.nightShare, peakHour: realDay.peakHour, growth: 1, spike: undefined };
      share = expectedArrivals(real, 0, graded.dayMs) / Math.max(1, expectedArrivals(graded, 0, graded.dayMs));
    }
    return { ok: true, measures: toMeasures(design, sim.result(), share) };
  };
}

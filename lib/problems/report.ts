import { FLOOR_METRICS, type Goal, type GoalMetric } from './goals';
import type { RunMeasures } from './measures';
import { blamedComponent, evidenceFor, nextSteps } from './evidence';
import type { GradingSpec } from './prepare';

/** One graded run: a scenario on a seed, with its measures or why it did not run. */
export interface GradedRun {
  scenarioId: string;
  seed: number;
  measures?: RunMeasures;
  error?: string;
  /** Whether the graded design's databases replicate asynchronously (for the lost-commits evidence). */
  asyncReplication?: boolean;
  /** Component ids on each class's path that its caller waits for (up to its queue, if any), to name what a slow class waits on. */
  paths?: Record<string, string[]>;
  /** Faults of the scenario that had nothing to hit in this design. */
  notes?: string[];
  /** Component ids on each class's whole path, queued part included. */
  jobPaths?: Record<string, string[]>;
  /** Per class, what its path waits on besides queues: a synchronous replica, a third-party call (words). */
  waits?: Record<string, string[]>;
}

/** A goal's verdict: pass only if it held on every seed of every scenario it names. */
export interface GoalResult {
  id: string;
  label: string;
  metric: GoalMetric;
  class?: string;
  target: number;
  pass: boolean;
  /** The worst measured value over its runs (null: a run gave nothing to measure). */
  worst: number | null;
  /** Where the worst value came from. */
  worstRun: { scenarioId: string; seed: number } | null;
  /** The component the engine named the bottleneck in that run (null: none, or the run failed). */
  worstBottleneck: string | null;
  /**
   * The component the evidence blames in that run: what limits the goal's class on its path
   * (null: nothing on it is saturated), or the engine's bottleneck for a goal of the whole design.
   */
  limitedBy?: string | null;
  /** The verdict in words, with the number behind it. */
  evidence: string;
  /** Every run's value, by scenario then seed (null where it could not be measured). */
  values: { scenarioId: string; seeds: number[]; values: (number | null)[] }[];
}

export interface GradeReport {
  problemId: string;
  passed: number;
  total: number;
  goals: GoalResult[];
  /** The design's monthly bill (worst scenario) against the budget. */
  cost: { monthly: number | null; budget: number | null; breakdown: { label: string; dollars: number }[] };
  /** What to look at next, from the failing goals' runs (or the tightest margin when all pass). */
  next: string[];
  /** Scenarios run, with their seeds, and runs that could not run. */
  scenarios: { id: string; label: string; growth: number; seeds: number[] }[];
  runErrors: { scenarioId: string; seed: number; error: string }[];
  /** Scenario faults that had nothing to hit in this design ("…so the restart-cache fault had nothing to hit"), by scenario label. */
  notes: string[];
}

/** The value a goal's metric takes in one run (null when it cannot be measured). */
export function measure(metric: GoalMetric, m: RunMeasures, classId?: string): number | null {
  const c = classId ? m.classes.find((x) => x.id === classId) : undefined;
  switch (metric) {
    case 'p99Ms':
      return c?.p99Ms ?? null;
    case 'jobP99Ms':
      // work with nothing queued is complete when it is answered
      return c ? (c.jobP99Ms ?? c.p99Ms) : null;
    case 'errorRate':
      return c && c.requests > 0 ? c.errors / c.requests : null;
    case 'availability': {
      // through a fault: the window after it; otherwise the whole peak
      const w = c?.faultWindow ?? (c ? { requests: c.requests, errors: c.errors } : null);
      return w && w.requests > 0 ? 1 - w.errors / w.requests : null;
    }
    case 'lossRate':
      return c && c.day.requests > 0 ? Math.min(1, (c.day.errors + c.day.deadLettered) / c.day.requests) : null;
    case 'lostCommits':
      return m.lostCommits;
    case 'monthlyCost':
      return m.monthlyCost;
  }
}

/** Whether a value meets a goal (a hair of slack for floating-point edges). */
export function meets(g: Pick<Goal, 'metric' | 'target'>, v: number | null): boolean {
  if (v === null || Number.isNaN(v)) return false;
  const eps = 1e-9 * Math.max(1, Math.abs(g.target));
  return FLOOR_METRICS.has(g.metric) ? v >= g.target - eps : v <= g.target + eps;
}

/** Whether `a` is worse than `b` for this goal (null, unmeasurable, is worst). */
function worse(g: Goal, a: number | null, b: number | null): boolean {
  if (a === null) return b !== null;
  if (b === null) return false;
  return FLOOR_METRICS.has(g.metric) ? a < b : a > b;
}

function evaluate(g: Goal, spec: GradingSpec, runs: GradedRun[]): GoalResult {
  const values: GoalResult['values'] = [];
  let worst: number | null = null;
  let worstRun: GradedRun | null = null;
  for (const sid of g.scenarios) {
    const mine = runs.filter((r) => r.scenarioId === sid);
    const vals = mine.map((r) => (r.measures ? measure(g.metric, r.measures, g.class) : null));
    values.push({ scenarioId: sid, seeds: mine.map((r) => r.seed), values: vals });
    mine.forEach((r, i) => {
      if (!worstRun || worse(g, vals[i] ?? null, worst)) {
        worst = vals[i] ?? null;
        worstRun = r;
      }
    });
  }
  const ran = values.reduce((n, v) => n + v.values.length, 0);
  const pass = ran > 0 && values.every((v) => v.values.every((x) => meets(g, x)));
  const w = worstRun as GradedRun | null;
  return {
    id: g.id,
    label: g.label,
    metric: g.metric,
    ...(g.class ? { class: g.class } : {}),
    target: g.target,
    pass,
    worst,
    worstRun: w ? { scenarioId: w.scenarioId, seed: w.seed } : null,
    worstBottleneck: w?.measures?.bottleneck?.id ?? null,
    limitedBy: w ? blamedComponent(g, w) : null,
    evidence: evidenceFor(g, spec, w, worst, pass, ran),
    values,
  };
}

/**
 * The report of a design's runs against a problem's goals: each goal passes only if it held on
 * every seed of every scenario it names, and says so with the worst number measured and why.
 */
export function buildReport(spec: GradingSpec, runs: GradedRun[]): GradeReport {
  const goals = spec.goals.map((g) => evaluate(g, spec, runs));
  const budgetGoal = spec.goals.find((g) => g.metric === 'monthlyCost');
  const costGoal = goals.find((g) => g.metric === 'monthlyCost');
  const costRun = costGoal?.worstRun ? runs.find((r) => r.scenarioId === costGoal.worstRun!.scenarioId && r.seed === costGoal.worstRun!.seed) : runs.find((r) => r.measures);
  const breakdown = (costRun?.measures?.components ?? [])
    .filter((c) => c.monthlyCost > 0)
    .map((c) => ({ label: c.label, dollars: c.monthlyCost }))
    .sort((a, b) => b.dollars - a.dollars);
  const used = new Set(spec.goals.flatMap((g) => g.scenarios));
  return {
    problemId: spec.id,
    passed: goals.filter((g) => g.pass).length,
    total: goals.length,
    goals,
    cost: { monthly: costRun?.measures?.monthlyCost ?? null, budget: budgetGoal?.target ?? null, breakdown },
    next: nextSteps(spec, goals, runs),
    scenarios: spec.scenarios.filter((s) => used.has(s.id) && runs.some((r) => r.scenarioId === s.id)).map((s) => ({ id: s.id, label: s.label, growth: s.growth, seeds: s.seeds })),
    runErrors: runs.filter((r) => r.error).map((r) => ({ scenarioId: r.scenarioId, seed: r.seed, error: r.error! })),
    notes: [...new Set(runs.flatMap((r) => (r.notes ?? []).map((n) => `${spec.scenarios.find((s) => s.id === r.scenarioId)?.label ?? r.scenarioId}: ${n}`)))],
  };
}

import { GOAL_METRICS, type Goal } from './goals';
import type { GradingSpec } from './prepare';
import type { Probe } from './schema';

/** The scenario id a probe's re-run uses. */
export const PROBE_SCENARIO = 'probe';

/**
 * A probe's re-run as a grading spec: one scenario (its faults and growth, on its one seed) and
 * one "goal" per number it reports, bounded by the problem's own goal on that metric and class
 * where there is one (so the answer reads "20 confirmed writes lost (goal at most 0 writes)"),
 * else unbounded (the number alone). Null for a probe without a re-run.
 *
 * @example
 * const s = probeSpec(problem.spec, problem.probes[1]); if (s) gradeAsync(s, myDesign);
 */
export function probeSpec(spec: GradingSpec, probe: Probe): GradingSpec | null {
  if (!probe.run) return null;
  const goals: Goal[] = probe.evidence.map((e) => {
    const own = spec.goals.find((g) => g.metric === e.metric && g.class === e.class);
    const cls = spec.requirements.classes.find((c) => c.id === e.class)?.label;
    const label = own?.label ?? `${METRIC_WORDS[e.metric]}${cls ? ` of '${cls}'` : ''}`;
    return { id: `${e.metric}${e.class ? `-${e.class}` : ''}`, label, metric: e.metric, ...(e.class ? { class: e.class } : {}), target: own?.target ?? (e.metric === 'availability' ? -Infinity : Infinity), scenarios: [PROBE_SCENARIO] };
  });
  const scenario = { id: PROBE_SCENARIO, label: probe.run.label, growth: probe.run.growth, faults: probe.run.faults, seeds: [probe.run.seed] };
  return { ...spec, goals, scenarios: [scenario] };
}

const METRIC_WORDS: Record<(typeof GOAL_METRICS)[number], string> = {
  p99Ms: 'p99',
  jobP99Ms: 'p99 until queued work is done',
  errorRate: 'failed share',
  availability: 'succeeded share',
  lossRate: 'share never completed',
  lostCommits: 'confirmed writes lost',
  monthlyCost: 'monthly bill',
};

import { CLASS_METRICS, FLOOR_METRICS, type FaultTarget, type ProblemFault } from './goals';
import { GRADED_DAY } from './graded-day';
import { FAULT_WINDOW_MS } from './measures';
import type { ProblemFrontmatter } from './schema';

/** Refinement context (zod 4's `superRefine` ctx), reduced to what the checks use. */
type Ctx = { addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void };

const list = (xs: Iterable<string>) => [...xs].join(', ') || 'none';

function duplicates(ctx: Ctx, items: readonly { id: string }[], key: string, what: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((x, i) => {
    if (seen.has(x.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `'${x.id}' names two ${what}; ids must be unique` });
    seen.add(x.id);
  });
  return seen;
}

/**
 * Cross-reference checks of a problem's frontmatter, each at its YAML path with a message that
 * names what is wrong and what is allowed: ids unique and resolvable, goals well-formed for their
 * metric, the probe chain in interview order, estimates whose worked steps end at the answer.
 */
export function checkProblem(p: ProblemFrontmatter, ctx: Ctx): void {
  const classes = duplicates(ctx, p.requirements.classes, 'requirements', 'request classes');
  const scenarios = duplicates(ctx, p.scenarios, 'scenarios', 'scenarios');
  const goals = duplicates(ctx, p.goals, 'goals', 'goals');
  const probes = duplicates(ctx, p.probes, 'probes', 'probes');
  duplicates(ctx, p.estimates, 'estimates', 'estimates');
  duplicates(ctx, p.rubric, 'rubric', 'rubric points');
  const given = new Set(p.given.map((g) => g.id));

  const share = p.requirements.classes.reduce((a, c) => a + c.share, 0);
  if (Math.abs(share - 1) > 1e-3) ctx.addIssue({ code: 'custom', path: ['requirements', 'classes'], message: `the classes' shares add up to ${Math.round(share * 1000) / 1000}; they must add up to 1` });

  p.goals.forEach((g, i) => {
    const at = ['goals', i];
    if (CLASS_METRICS.has(g.metric) && !g.class) ctx.addIssue({ code: 'custom', path: [...at, 'metric'], message: `a ${g.metric} goal is about one request class: add class (one of ${list(classes)})` });
    if (!CLASS_METRICS.has(g.metric) && g.class) ctx.addIssue({ code: 'custom', path: [...at, 'class'], message: `a ${g.metric} goal is about the whole design: remove class` });
    if (g.class && !classes.has(g.class)) ctx.addIssue({ code: 'custom', path: [...at, 'class'], message: `no request class '${g.class}' (classes: ${list(classes)})` });
    if ((g.metric === 'errorRate' || g.metric === 'lossRate' || FLOOR_METRICS.has(g.metric)) && g.target > 1) ctx.addIssue({ code: 'custom', path: [...at, 'target'], message: `a ${g.metric} target is a fraction between 0 and 1 (0.001 = 0.1 %), got ${g.target}` });
    g.scenarios.forEach((s, j) => {
      if (!scenarios.has(s)) ctx.addIssue({ code: 'custom', path: [...at, 'scenarios', j], message: `no scenario '${s}' (scenarios: ${list(scenarios)})` });
    });
  });
  for (const metric of ['p99Ms', 'monthlyCost'] as const)
    if (!p.goals.some((g) => g.metric === metric)) ctx.addIssue({ code: 'custom', path: ['goals'], message: `needs a ${metric} goal (${metric === 'monthlyCost' ? 'the monthly budget' : 'a p99 at peak'})` });
  if (p.goals.filter((g) => g.metric === 'monthlyCost').length > 1) ctx.addIssue({ code: 'custom', path: ['goals'], message: 'one monthlyCost goal only: it is the budget' });
  const graded = new Set(p.goals.flatMap((g) => g.scenarios));
  p.scenarios.forEach((s, i) => {
    if (!graded.has(s.id)) ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'id'], message: `no goal names scenario '${s.id}'; a scenario is run only for the goals that name it` });
  });
  const faulted = new Set(p.scenarios.filter((s) => s.faults.length > 0).map((s) => s.id));
  if (!p.goals.some((g) => (g.metric === 'availability' || g.metric === 'lostCommits') && g.scenarios.some((s) => faulted.has(s))))
    ctx.addIssue({ code: 'custom', path: ['goals'], message: 'needs an availability or lostCommits goal in a scenario with a fault (what must survive a failure)' });

  const checkFaults = (faults: readonly ProblemFault[], at: (string | number)[]) =>
    faults.forEach((f, i) => {
      if (f.atHour < GRADED_DAY.warmupHours) ctx.addIssue({ code: 'custom', path: [...at, i, 'atHour'], message: `faults happen after the graded day's warm-up: atHour must be at least ${GRADED_DAY.warmupHours}, got ${f.atHour}` });
      const dayMs = p.requirements.traffic.dayMs;
      const latest = Math.floor(((dayMs - FAULT_WINDOW_MS) / dayMs) * 24 * 100) / 100;
      if (f.type !== 'surge' && f.atHour > latest)
        ctx.addIssue({ code: 'custom', path: [...at, i, 'atHour'], message: `availability is measured in the ${FAULT_WINDOW_MS / 1000} s after a fault, which must end before the graded day does (${dayMs / 1000} s): atHour must be at most ${latest}, got ${f.atHour}` });
      if (f.type === 'surge') return;
      const t: FaultTarget = f.target;
      if ('class' in t && !classes.has(t.class)) ctx.addIssue({ code: 'custom', path: [...at, i, 'target', 'class'], message: `no request class '${t.class}' (classes: ${list(classes)})` });
      if ('id' in t && !given.has(t.id)) ctx.addIssue({ code: 'custom', path: [...at, i, 'target', 'id'], message: `a fault aimed by id must hit a component the problem gives (given: ${list(given)}); aim at a role with { class, kind } instead` });
    });
  p.scenarios.forEach((s, i) => checkFaults(s.faults, ['scenarios', i, 'faults']));

  p.wrong.forEach((w, i) => {
    if (!goals.has(w.fails)) ctx.addIssue({ code: 'custom', path: ['wrong', i, 'fails'], message: `no goal '${w.fails}' (goals: ${list(goals)})` });
  });
  checkProbes(p, ctx, classes, checkFaults);
  p.rubric.forEach((r, i) => {
    if (r.evidence && !goals.has(r.evidence) && !probes.has(r.evidence))
      ctx.addIssue({ code: 'custom', path: ['rubric', i, 'evidence'], message: `no goal or probe '${r.evidence}' (goals: ${list(goals)}; probes: ${list(probes)})` });
  });
  p.estimates.forEach((e, i) => {
    const last = e.steps[e.steps.length - 1];
    if (last && Math.abs(last.value - e.answer) > 1e-9 * Math.max(1, Math.abs(e.answer)))
      ctx.addIssue({ code: 'custom', path: ['estimates', i, 'answer'], message: `the worked steps end at ${last.value}, but answer is ${e.answer}; the last step must be the answer` });
  });
}

function checkProbes(p: ProblemFrontmatter, ctx: Ctx, classes: Set<string>, checkFaults: (f: readonly ProblemFault[], at: (string | number)[]) => void): void {
  const kinds = p.probes.map((x) => x.kind);
  if (kinds[0] !== 'numbers') ctx.addIssue({ code: 'custom', path: ['probes', 0, 'kind'], message: `the chain starts with the numbers (kind: numbers), got ${kinds[0]}` });
  if (!kinds.includes('fault')) ctx.addIssue({ code: 'custom', path: ['probes'], message: 'the chain needs a fault probe applied to the candidate’s design (kind: fault, with run)' });
  if (kinds[kinds.length - 1] !== 'change') ctx.addIssue({ code: 'custom', path: ['probes', kinds.length - 1, 'kind'], message: `the chain ends with a change of requirements (kind: change), got ${kinds[kinds.length - 1]}` });
  const order = { numbers: 0, fault: 1, change: 2 } as const;
  kinds.forEach((k, i) => {
    if (i > 0 && order[k] < order[kinds[i - 1]!]) ctx.addIssue({ code: 'custom', path: ['probes', i, 'kind'], message: `probes go numbers → fault → change; a ${k} probe cannot follow a ${kinds[i - 1]} one` });
  });
  p.probes.forEach((x, i) => {
    if (x.kind === 'fault' && (!x.run || x.run.faults.length === 0)) ctx.addIssue({ code: 'custom', path: ['probes', i, 'run'], message: 'a fault probe re-runs the candidate’s design: give run with at least one fault' });
    if (x.run && x.evidence.length === 0) ctx.addIssue({ code: 'custom', path: ['probes', i, 'evidence'], message: 'a probe that re-runs the design names what to report (evidence: [{ metric, class }])' });
    if (x.run) checkFaults(x.run.faults, ['probes', i, 'run', 'faults']);
    x.evidence.forEach((e, j) => {
      if (CLASS_METRICS.has(e.metric) !== Boolean(e.class)) ctx.addIssue({ code: 'custom', path: ['probes', i, 'evidence', j], message: `${e.metric} ${CLASS_METRICS.has(e.metric) ? 'needs a class' : 'is about the whole design: remove class'}` });
      if (e.class && !classes.has(e.class)) ctx.addIssue({ code: 'custom', path: ['probes', i, 'evidence', j, 'class'], message: `no request class '${e.class}' (classes: ${list(classes)})` });
    });
  });
}

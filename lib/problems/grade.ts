import type { Design } from '../sim/design/schema';
import type { DesignRunner } from './measures';
import { prepareRun, scenarioRun, type GradingSpec } from './prepare';
import { buildReport, type GradedRun, type GradeReport } from './report';

export type { GradeReport, GoalResult } from './report';

/** Which scenarios to run: those the goals name (or only `only`, e.g. the scenarios of the goal a wrong design must fail). */
export function scenariosToRun(spec: GradingSpec, only?: readonly string[]): GradingSpec['scenarios'] {
  const used = new Set(spec.goals.flatMap((g) => g.scenarios));
  return spec.scenarios.filter((s) => used.has(s.id) && (!only || only.includes(s.id)));
}

/** Runs a grade will make (scenarios × seeds), for progress text and budgets. */
export function gradeRunCount(spec: GradingSpec, only?: readonly string[]): number {
  return scenariosToRun(spec, only).reduce((n, s) => n + s.seeds.length, 0);
}

/**
 * Grades a design on a problem, in steps: every scenario the goals name, on each of its seeds,
 * with the problem's traffic and faults imposed (prepare.ts), run by `run`. Yields the fraction of
 * the whole grade done (0–1); returns the report. Pure given `run`: the worker, the CLI and the
 * content check give it the engine; tests give it fakes. Stop iterating to cancel.
 *
 * @example
 * const steps = gradeSteps(spec, design, engineRunner()); let r = steps.next(); while (!r.done) r = steps.next();
 * r.value.passed; // goals met
 */
export function* gradeSteps(spec: GradingSpec, design: Design, run: DesignRunner, only?: readonly string[]): Generator<number, GradeReport, void> {
  const scenarios = scenariosToRun(spec, only);
  const total = Math.max(1, gradeRunCount(spec, only));
  const runs: GradedRun[] = [];
  let done = 0;
  for (const s of scenarios) {
    for (const seed of s.seeds) {
      const prep = prepareRun(design, spec, scenarioRun(s, seed));
      if (!prep.ok) runs.push({ scenarioId: s.id, seed, error: prep.errors.join('; ') });
      else {
        const steps = run(prep.design);
        let r = steps.next();
        while (!r.done) {
          yield (done + Math.min(1, Math.max(0, r.value))) / total;
          r = steps.next();
        }
        // the caller waits for the path before its queue (the rest is the job's)
        const byId = new Map(prep.design.components.map((c) => [c.id, c]));
        const paths = Object.fromEntries(prep.design.classes.map((c) => {
          const q = c.path.findIndex((p) => byId.get(p.to)?.kind === 'queue');
          return [c.id, c.path.slice(0, q < 0 ? undefined : q).map((p) => p.to)];
        }));
        const jobPaths = Object.fromEntries(prep.design.classes.map((c) => [c.id, c.path.map((p) => p.to)]));
        const asyncReplication = prep.design.components.some((c) => c.kind === 'database' && c.replication === 'async');
        runs.push(r.value.ok ? { scenarioId: s.id, seed, measures: r.value.measures, paths, jobPaths, waits: waitsOf(prep.design), asyncReplication, notes: prep.notes } : { scenarioId: s.id, seed, error: r.value.error });
      }
      done++;
      yield done / total;
    }
  }
  return buildReport(spec, runs);
}

/** What each class's path waits on besides queues, in words: a synchronous replica, a third party's latency. */
export function waitsOf(d: Design): Record<string, string[]> {
  const byId = new Map(d.components.map((c) => [c.id, c]));
  return Object.fromEntries(
    d.classes.map((c) => {
      const waits: string[] = [];
      for (const s of c.path) {
        const comp = byId.get(s.to);
        if (comp?.kind === 'database' && s.op === 'write' && comp.replication === 'sync' && comp.replicas > 0) waits.push(`a replica of ${comp.label} confirming each write (synchronous replication, ${comp.replicationLagMs} ms mean lag)`);
        if (comp?.kind === 'external' || comp?.kind === 'object-store') waits.push(`${comp.label} (${comp.latencyMs} ms a call)`);
      }
      return [c.id, waits];
    }),
  );
}

/** Runs {@link gradeSteps} to the end where we are (CLI, content check, tests). */
export function gradeDesign(spec: GradingSpec, design: Design, run: DesignRunner, only?: readonly string[]): GradeReport {
  const steps = gradeSteps(spec, design, run, only);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

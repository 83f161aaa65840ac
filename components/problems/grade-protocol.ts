import { engineRunner, GRADE_BUDGET } from '@/lib/problems/engine';
import { gradeSteps, type GradeReport } from '@/lib/problems/grade';
import type { GradingSpec } from '@/lib/problems/prepare';
import type { Design } from '@/lib/sim/design/schema';

// The grading job as a pure function, the same in the page's worker (components/sims/framework/
// sim.worker.ts) and on the main thread. Kept apart from grade-runner.ts: the worker must not
// import the module that creates it.

/** A grade, or why it could not be made (never thrown: the page shows it). */
export type GradeOutcome = { ok: true; report: GradeReport } | { ok: false; error: string };

/**
 * Grades a design on the engine, in steps: yields the fraction of all the runs done, returns the
 * outcome; stop iterating to cancel. `only` limits it to some scenarios (a probe's re-run).
 */
export function* gradeJobSteps(spec: GradingSpec, design: Design, only?: readonly string[]): Generator<number, GradeOutcome, void> {
  try {
    return { ok: true, report: yield* gradeSteps(spec, design, engineRunner(GRADE_BUDGET, spec.requirements.traffic), only) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

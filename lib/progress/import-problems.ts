import { readDesign } from '@/lib/problems/read-design';
import type { GradingSpec } from '@/lib/problems/prepare';
import type { ProgressData } from './schema';

/**
 * What an imported file's design-problem entries are checked against: each problem's goals,
 * rubric points, estimates, and what a design must carry to be gradable on it (its classes and
 * their work times, the components it gives).
 */
export interface ProblemRule {
  id: string;
  title: string;
  goalIds: readonly string[];
  rubricIds: readonly string[];
  estimateIds: readonly string[];
  spec: Pick<GradingSpec, 'requirements' | 'given'>;
}

/** The problems a course outline knows, as import rules. */
export type ProblemRules = ReadonlyMap<string, ProblemRule>;

/** Why a saved best grade cannot be real, or null. */
function bestProblem(rule: ProblemRule, best: NonNullable<ProgressData['problems']>[string]['best']): string | null {
  if (!best) return null;
  const ids = Object.keys(best.goals);
  const unknown = ids.find((g) => !rule.goalIds.includes(g));
  if (unknown) return `a grade on unknown goal "${unknown}"`;
  if (best.total !== rule.goalIds.length || ids.length !== rule.goalIds.length) return `a grade of ${best.total} goals, but the problem has ${rule.goalIds.length}`;
  const passed = Object.values(best.goals).filter(Boolean).length;
  if (passed !== best.passed) return `${best.passed} goals met, but its goal list says ${passed}`;
  const d = readDesign(best.design, rule.spec);
  return d.ok ? null : `its graded design is not gradable (${d.errors[0]})`;
}

/**
 * Design problems in an imported file: entries for unknown problems are left out; a best grade
 * that cannot be real (goals not the problem's, counts that disagree, a design that is not gradable
 * on it) is dropped, and so is a working design that is not gradable, each with a line in `skipped`;
 * estimates and rubric ticks keep only the problem's own ids. Mock interviews on a problem keep only
 * its rubric points. Nothing else is touched.
 */
export function checkProblemImport(data: ProgressData, rules: ProblemRules): { data: ProgressData; skipped: string[] } {
  const skipped: string[] = [];
  const problems: NonNullable<ProgressData['problems']> = {};
  for (const [id, entry] of Object.entries(data.problems ?? {})) {
    const rule = rules.get(id);
    if (!rule) {
      skipped.push(`design problem "${id}": not in this course`);
      continue;
    }
    const next = { ...entry };
    const why = bestProblem(rule, entry.best);
    if (why) {
      skipped.push(`best grade of "${rule.title}": ${why}`);
      delete next.best;
    }
    if (entry.design !== undefined && !readDesign(entry.design, rule.spec).ok) {
      skipped.push(`design on the board for "${rule.title}": not gradable on this problem`);
      delete next.design;
    }
    next.estimates = Object.fromEntries(Object.entries(entry.estimates).filter(([k]) => rule.estimateIds.includes(k)));
    if (entry.rubric) next.rubric = Object.fromEntries(Object.entries(entry.rubric).filter(([k]) => rule.rubricIds.includes(k)));
    problems[id] = next;
  }
  const mockHistory = data.mockHistory.map((m) => {
    const rule = m.problem ? rules.get(m.scenarioId) : undefined;
    if (!m.problem || !rule) return m;
    return { ...m, problem: { ...m.problem, points: Object.fromEntries(Object.entries(m.problem.points).filter(([k]) => rule.rubricIds.includes(k))) } };
  });
  return { data: { ...data, problems, mockHistory }, skipped };
}

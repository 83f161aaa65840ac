import fs from 'node:fs';
import type { ContentProblem } from '../content/problem';
import { CLI_BUDGET } from '../sim/work';
import { engineRunner } from './engine';
import { gradeDesign } from './grade';
import { cachedGrade } from './grade-cache';
import { loadProblemsLenient, problemsDir } from './load';
import { verifyProblem } from './verify';

/**
 * The content check's engine part: every problem's references graded on every scenario and seed,
 * every tempting wrong design on the scenarios of the goal it must fail, every probe's re-run.
 * Grades come from the on-disk cache when the design, the problem and the engine are unchanged.
 * A draft's findings are warnings.
 */
export function verifyAllProblems(root?: string): { problems: ContentProblem[]; count: number; grades: number; cached: number } {
  const { problems } = loadProblemsLenient({ dir: root ? problemsDir(root) : undefined, includeDrafts: true });
  const out: ContentProblem[] = [];
  let grades = 0;
  let cached = 0;
  for (const p of problems) {
    const source = fs.readFileSync(p.file, 'utf8');
    const found = verifyProblem(p, source, (spec, design, only) => {
      const r = cachedGrade(spec, design, () => gradeDesign(spec, design, engineRunner(CLI_BUDGET, spec.requirements.traffic), only), only);
      grades++;
      if (r.cached) cached++;
      return r.report;
    });
    out.push(...found.map((f) => (p.frontmatter.draft ? { ...f, severity: 'warning' as const } : f)));
  }
  return { problems: out, count: problems.length, grades, cached };
}

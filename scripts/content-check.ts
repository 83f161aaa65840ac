/**
 * `npm run content:check`: validates every chapter, design problem and data file under content/ in
 * one pass and prints each problem as `path:line:column  message`: errors first (a chapter that
 * does not parse at the top), then the checks skipped because of it, then warnings (such as a
 * setting's code name in prose), which do not fail the check. Exit 1 on any error. No build; the
 * design problems' designs run on the engine (references must pass their goals, tempting wrong
 * designs must fail theirs), cached in .cache/ by design, problem and engine source.
 */
import { componentPropSchemas } from '@/components/mdx/registry';
import { figureRules } from '@/components/sims/figure-rules';
import { checkContent } from '@/lib/content/check';
import { listChapterFiles } from '@/lib/content/chapters';
import { chaptersDir, contentDir } from '@/lib/content/paths';
import { formatProblem, isError } from '@/lib/content/problem';
import { verifyAllProblems } from '@/lib/problems/verify-all';

const started = process.hrtime.bigint();
const content = checkContent({ components: componentPropSchemas, figures: figureRules });
// Problems that do not load are already reported; the engine runs the ones that do.
const graded = await verifyAllProblems();
const all = [...content, ...graded.problems];
const problems = all.filter(isError);
const skipped = all.filter((p) => p.severity === 'skipped');
for (const p of problems) console.error(formatProblem(p));
for (const p of skipped) console.error(formatProblem(p));
for (const w of all.filter((p) => p.severity === 'warning')) console.warn(formatProblem(w));
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const files = listChapterFiles(chaptersDir(contentDir())).length;
const what = `${files} chapter(s) and ${graded.count} design problem(s)`;
const runs = `${graded.grades} grade(s), ${graded.cached} from the cache`;
if (problems.length > 0) {
  const waiting = skipped.length ? `; ${skipped.length} file(s) not fully checked until it parses` : '';
  console.error(`\ncontent check: ${problems.length} problem(s) in ${what}${waiting} (${ms.toFixed(0)} ms; ${runs})`);
  process.exit(1);
}
console.log(`content check: ${what} OK (${ms.toFixed(0)} ms; ${runs})`);

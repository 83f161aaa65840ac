import type { ContentProblem } from '../content/problem';
import type { Design } from '../sim/design/schema';
import type { ProblemSource } from './load';
import { gradingSpec, type GradingSpec } from './prepare';
import { probeSpec } from './probe';
import type { GradeReport } from './report';

/** Grades a design (the content check passes a cached engine grade). */
export type Grader = (spec: GradingSpec, design: Design, only?: readonly string[]) => GradeReport;

function lineOf(source: string, needle: string): number {
  const i = source.split(/\r?\n/).findIndex((l) => l.includes(needle));
  return i < 0 ? 1 : i + 1;
}

/**
 * Runs a problem's designs on the engine and reports, at the frontmatter line that names each:
 * a reference that fails any goal on any seed of any scenario (with the evidence), a tempting
 * wrong design that meets the goal it is said to fail (or fails it with another component limiting
 * it than the one named: what limits the goal's class on its path, not the run's busiest part),
 * and a probe whose re-run cannot run on the reference.
 */
export function verifyProblem(p: ProblemSource, source: string, grade: Grader): ContentProblem[] {
  const out: ContentProblem[] = [];
  const fm = p.frontmatter;
  const spec = gradingSpec(p.id, fm);
  const at = (needle: string, message: string) => out.push({ file: p.file, line: lineOf(source, needle), column: 1, message });
  for (const r of fm.references) {
    const design = p.designs[r.design];
    if (!design) continue;
    const report = grade(spec, design);
    for (const g of report.goals.filter((x) => !x.pass)) at(`design: ${r.design}`, `reference ${r.design} fails '${g.label}': ${g.evidence}`);
  }
  for (const w of fm.wrong) {
    const design = p.designs[w.design];
    const goal = fm.goals.find((g) => g.id === w.fails);
    if (!design || !goal) continue;
    const result = grade(spec, design, goal.scenarios).goals.find((g) => g.id === w.fails);
    if (!result) continue;
    if (result.pass) at(`design: ${w.design}`, `tempting wrong design ${w.design} should fail '${goal.label}' but meets it: ${result.evidence}`);
    else if (w.bottleneck && result.limitedBy !== w.bottleneck) {
      const found = result.limitedBy ? `the engine finds '${result.limitedBy}' limiting it` : goal.class ? 'nothing on its path is saturated' : 'the engine names no bottleneck';
      at(`design: ${w.design}`, `tempting wrong design ${w.design} fails '${goal.label}', but ${found}, not '${w.bottleneck}' as its reason says: ${result.evidence}`);
    }
  }
  const reference = p.designs[fm.references[0]?.design ?? ''];
  for (const probe of fm.probes) {
    const ps = probeSpec(spec, probe);
    if (!ps || !reference) continue;
    for (const e of grade(ps, reference).runErrors) at(`id: ${probe.id}`, `probe '${probe.id}' cannot re-run the reference: ${e.error}`);
  }
  return out;
}

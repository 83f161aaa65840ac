import 'server-only';
import { cache } from 'react';
import { engineRunner, GRADE_BUDGET } from './engine';
import { gradeDesign } from './grade';
import { cachedGrade } from './grade-cache';
import { getProblem } from './index.server';
import { gradingSpec } from './prepare';
import type { GradeReport } from './report';

/**
 * The first reference design's grade, computed on the server at build time (the content check has
 * usually cached it already) so the page shows it without running anything in the browser.
 */
export const getReferenceReport = cache((id: string): GradeReport | null => {
  const p = getProblem(id);
  const ref = p?.frontmatter.references[0];
  const design = ref ? p?.designs[ref.design] : undefined;
  if (!p || !design) return null;
  const spec = gradingSpec(p.id, p.frontmatter);
  return cachedGrade(spec, design, () => gradeDesign(spec, design, engineRunner(GRADE_BUDGET, spec.requirements.traffic))).report;
});

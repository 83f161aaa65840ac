import 'server-only';
import { getCourseOutline } from '@/lib/practice/outline.server';
import { getProblems } from '@/lib/problems/index.server';
import type { ProblemRule } from './import-problems';
import type { CourseOutline } from './summary';

/** The course outline with the design problems, for the page that imports progress (the rules check designs against them). */
export function getImportOutline(): CourseOutline {
  const problems: ProblemRule[] = getProblems().map((p) => {
    const f = p.frontmatter;
    return { id: p.id, title: f.title, goalIds: f.goals.map((g) => g.id), rubricIds: f.rubric.map((r) => r.id), estimateIds: f.estimates.map((e) => e.id), spec: { requirements: f.requirements, given: f.given } };
  });
  return { ...getCourseOutline(), problems };
}

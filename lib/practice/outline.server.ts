import 'server-only';
import type { CourseOutline } from '@/lib/progress/summary';
import { getQuestionBank } from './bank.server';
import { CHALLENGE_OUTLINE } from './challenges';
import { SIM_CARDS } from './sim-cards';
import { getProblems } from '@/lib/problems/index.server';
import type { ProblemRule } from '@/lib/progress/import-problems';

/** The course as progress summaries need it (small: ids and titles only); a chapter's flashcards are its questions and simulation cards. */
export function getCourseOutline(): CourseOutline {
  const bank = getQuestionBank();
  return {
    chapters: bank.chapters.map((c) => ({ slug: c.slug, title: c.title, order: c.order, questionIds: [...c.questionIds, ...SIM_CARDS.filter((s) => s.chapter === c.slug).map((s) => s.id)] })),
    challenges: CHALLENGE_OUTLINE.filter((x) => bank.chapters.some((c) => c.slug === x.chapter)),
  };
}

/** The course outline with the design problems, for the page that imports progress (the rules check designs against them). */
export function getImportOutline(): CourseOutline {
  const problems: ProblemRule[] = getProblems().map((p) => {
    const f = p.frontmatter;
    return { id: p.id, title: f.title, goalIds: f.goals.map((g) => g.id), rubricIds: f.rubric.map((r) => r.id), estimateIds: f.estimates.map((e) => e.id), spec: { requirements: f.requirements, given: f.given } };
  });
  return { ...getCourseOutline(), problems };
}

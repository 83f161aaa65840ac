import 'server-only';
import type { CourseOutline } from '@/lib/progress/summary';
import { getQuestionBank } from './bank.server';
import { CHALLENGE_OUTLINE } from './challenges';

/** The course as progress summaries need it (small: ids and titles only). */
export function getCourseOutline(): CourseOutline {
  const bank = getQuestionBank();
  return {
    chapters: bank.chapters.map((c) => ({ slug: c.slug, title: c.title, order: c.order, questionIds: c.questionIds })),
    challenges: CHALLENGE_OUTLINE.filter((x) => bank.chapters.some((c) => c.slug === x.chapter)),
  };
}

import 'server-only';
import type { CourseOutline } from './outline';
import { getQuestionBank } from './bank.server';
import { CHALLENGE_OUTLINE } from './challenges';
import { SIM_CARDS } from './sim-cards';

/** The course as progress summaries need it (small: ids and titles only); a chapter's flashcards are its questions and simulation cards. */
export function getCourseOutline(): CourseOutline {
  const bank = getQuestionBank();
  return {
    chapters: bank.chapters.map((c) => ({ slug: c.slug, title: c.title, order: c.order, questionIds: [...c.questionIds, ...SIM_CARDS.filter((s) => s.chapter === c.slug).map((s) => s.id)] })),
    challenges: CHALLENGE_OUTLINE.filter((x) => bank.chapters.some((c) => c.slug === x.chapter)),
  };
}


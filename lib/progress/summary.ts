import { dailyWork } from '@/lib/practice/daily';
import { countDue } from '@/lib/practice/scheduler';
import type { CourseOutline as PracticeOutline } from '@/lib/practice/outline';
import type { ProblemRule } from './import-problems';
import type { ProgressData } from './schema';

/** The course as progress needs it: chapters with their flashcard ids, the challenges, and (for import checks) the design problems. */
export interface CourseOutline extends PracticeOutline {
  /** The design problems, as import checks need them (optional: pages that do not import leave it out). */
  problems?: ProblemRule[];
}

/** A suggestion for the learner's next step. */
export interface NextStep {
  kind: 'review' | 'read' | 'learn' | 'challenge' | 'mock';
  label: string;
  href: string;
}

/** Counts for the progress pages. */
export interface ProgressSummary {
  chaptersRead: number;
  chapters: number;
  cardsSeen: number;
  cards: number;
  /** New cards the daily limit still allows today (an allowance, not work owed: never added to the reviews due). */
  newToday: number;
  /** Seen cards whose review is due. */
  reviewsDue: number;
  challengesPassed: number;
  challenges: number;
  stars: number;
  mockInterviews: number;
  drillsDone: number;
  drillsCorrect: number;
  simsExplored: number;
  predictions: number;
  /** 0–1: chapters read, cards seen and challenges passed, equally weighted. */
  overall: number;
  next: NextStep;
}

/**
 * What the learner has done, and what to do next: reviews that are due first (memory decays),
 * then the next unread chapter, then new cards from chapters already read, then challenges, then
 * a mock interview.
 */
export function summarizeProgress(course: CourseOutline, data: ProgressData, now: Date): ProgressSummary {
  const ids = course.chapters.flatMap((c) => c.questionIds);
  const seen = ids.filter((id) => data.cards[id]);
  const today = dailyWork(ids, data.cards, data.reviewLog, data.settings.newCardsPerDay, now);
  const reviewsDue = countDue(seen, data.cards, now);
  const read = course.chapters.filter((c) => data.chaptersRead[c.slug]);
  const passed = course.challenges.filter((c) => data.challenges[c.id]);
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 1);
  const overall = (ratio(read.length, course.chapters.length) + ratio(seen.length, ids.length) + ratio(passed.length, course.challenges.length)) / 3;

  const unread = course.chapters.find((c) => !data.chaptersRead[c.slug]);
  const allowedToday = new Set(today.newToday);
  const newFromRead = read.flatMap((c) => c.questionIds).filter((id) => allowedToday.has(id)).length;
  const openChallenge = course.challenges.find((c) => data.chaptersRead[c.chapter] && !data.challenges[c.id]);
  let next: NextStep;
  if (reviewsDue > 0) next = { kind: 'review', label: `Review ${reviewsDue} due ${reviewsDue === 1 ? 'card' : 'cards'}`, href: '/practice/review' };
  else if (unread) next = { kind: 'read', label: `Read chapter ${unread.order}: ${unread.title}`, href: `/learn/${unread.slug}` };
  else if (newFromRead > 0) next = { kind: 'learn', label: `Learn ${newFromRead} new ${newFromRead === 1 ? 'card' : 'cards'}`, href: '/practice/review' };
  else if (openChallenge) next = { kind: 'challenge', label: 'Try a scored challenge', href: `/practice/challenges#${openChallenge.id}` };
  else next = { kind: 'mock', label: 'Run a mock interview', href: '/practice/mock' };

  return {
    chaptersRead: read.length,
    chapters: course.chapters.length,
    cardsSeen: seen.length,
    cards: ids.length,
    newToday: today.newToday.length,
    reviewsDue,
    challengesPassed: passed.length,
    challenges: course.challenges.length,
    stars: passed.reduce((n, c) => n + (data.challenges[c.id]?.stars ?? 0), 0),
    mockInterviews: data.mockHistory.length,
    drillsDone: data.drillAttempts.length,
    drillsCorrect: data.drillAttempts.filter((a) => a.correct).length,
    simsExplored: Object.keys(data.simsExplored).length,
    predictions: Object.keys(data.predictions).length,
    overall,
    next,
  };
}

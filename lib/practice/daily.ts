import type { ReviewLogEntry, StoredCard } from './records';
import { isDue } from './scheduler';

/** "2026-03-01": the learner's local calendar day of `d` (the daily limit resets at local midnight). */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** How many distinct cards were seen for the first time on `now`'s local day. */
export function newIntroducedToday(log: readonly ReviewLogEntry[], now: Date): number {
  const today = localDay(now);
  const ids = new Set<string>();
  for (const e of log) if (e.stateBefore === 0 && localDay(new Date(e.at)) === today) ids.add(e.questionId);
  return ids.size;
}

/** Today's work in a deck: seen cards whose review is due, and the new cards the daily limit still allows. */
export interface DailyWork {
  /** Seen cards due now, most overdue first. */
  reviews: string[];
  /** Unseen cards allowed today, in course order. */
  newToday: string[];
  /** Unseen cards held back by the limit (they come on later days). */
  newHeldBack: number;
  /** Reviews first, then new cards: the order the session shows them. */
  queue: string[];
}

/**
 * The cards to study now: every due review (reviews are never limited: skipping them is what
 * makes memories fade) plus at most `newPerDay` new cards a day, minus those already started today.
 *
 * @example
 * dailyWork(ids, {}, [], 10, now).newToday.length; // 10 for a new learner, not all 41
 */
export function dailyWork(questionIds: readonly string[], cards: Readonly<Record<string, StoredCard>>, log: readonly ReviewLogEntry[], newPerDay: number, now: Date): DailyWork {
  const reviews = dueReviews(questionIds, cards, now);
  const unseen = questionIds.filter((id) => !cards[id]);
  const allowed = Math.max(0, newPerDay - newIntroducedToday(log, now));
  const newToday = unseen.slice(0, allowed);
  return { reviews, newToday, newHeldBack: unseen.length - newToday.length, queue: [...reviews, ...newToday] };
}

/** Seen cards among `questionIds` whose review is due at `now`, most overdue first (never unseen ones). */
export function dueReviews(questionIds: readonly string[], cards: Readonly<Record<string, StoredCard>>, now: Date): string[] {
  const reviews = questionIds.filter((id) => cards[id] && isDue(cards[id], now));
  return reviews.sort((a, b) => new Date(cards[a]!.due).getTime() - new Date(cards[b]!.due).getTime());
}

/**
 * Today's flashcard work in words: "3 reviews due · up to 10 new cards today", "Nothing due".
 * New cards are "up to": the limit is what the day allows, not work that is owed.
 */
export function describeCardsToday(reviewsDue: number, newToday: number): string {
  if (reviewsDue === 0 && newToday === 0) return 'Nothing due';
  const parts = [];
  if (reviewsDue > 0) parts.push(`${reviewsDue} ${reviewsDue === 1 ? 'review' : 'reviews'} due`);
  if (newToday > 0) parts.push(`${parts.length ? 'up' : 'Up'} to ${newToday} new ${newToday === 1 ? 'card' : 'cards'} today`);
  return parts.join(' · ');
}

/** `describeCardsToday` of a deck's daily work. */
export function describeDailyWork(w: Pick<DailyWork, 'reviews' | 'newToday'>): string {
  return describeCardsToday(w.reviews.length, w.newToday.length);
}

/**
 * One chapter's line on the course map: only its own reviews that are due ("3 cards due"), "No
 * cards due" once some are seen, and nothing before any is: the daily allowance of new cards is
 * shared by the whole course, so it is told once for the course, never per chapter.
 */
export function chapterCardsBadge(questionIds: readonly string[], cards: Readonly<Record<string, StoredCard>>, now: Date): { text: string; due: number } | null {
  const due = dueReviews(questionIds, cards, now).length;
  if (due > 0) return { text: `${due} ${due === 1 ? 'card' : 'cards'} due`, due };
  return questionIds.some((id) => cards[id]) ? { text: 'No cards due', due: 0 } : null;
}

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
  const reviews = questionIds.filter((id) => cards[id] && isDue(cards[id], now));
  reviews.sort((a, b) => new Date(cards[a]!.due).getTime() - new Date(cards[b]!.due).getTime());
  const unseen = questionIds.filter((id) => !cards[id]);
  const allowed = Math.max(0, newPerDay - newIntroducedToday(log, now));
  const newToday = unseen.slice(0, allowed);
  return { reviews, newToday, newHeldBack: unseen.length - newToday.length, queue: [...reviews, ...newToday] };
}

/** "3 reviews · 10 new today", "Nothing due". */
export function describeDailyWork(w: Pick<DailyWork, 'reviews' | 'newToday'>): string {
  const r = w.reviews.length;
  const n = w.newToday.length;
  if (r === 0 && n === 0) return 'Nothing due';
  const parts = [];
  if (r > 0) parts.push(`${r} ${r === 1 ? 'review' : 'reviews'} due`);
  if (n > 0) parts.push(`${n} new today`);
  return parts.join(' · ');
}

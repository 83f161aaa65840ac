import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './records';

/** The four recall ratings, in key order (1–4). */
export const RATINGS = [
  { key: '1', name: 'again', label: 'Again', grade: Rating.Again, hint: 'I could not recall it' },
  { key: '2', name: 'hard', label: 'Hard', grade: Rating.Hard, hint: 'Recalled with real effort' },
  { key: '3', name: 'good', label: 'Good', grade: Rating.Good, hint: 'Recalled after a moment' },
  { key: '4', name: 'easy', label: 'Easy', grade: Rating.Easy, hint: 'Instant, complete answer' },
] as const satisfies readonly { key: string; name: string; label: string; grade: Grade; hint: string }[];
export type RatingName = (typeof RATINGS)[number]['name'];

// Default FSRS-6 weights, 90% target retention, no fuzz: the same reviews always give the same schedule.
const scheduler = fsrs({ enable_fuzz: false });

function toCard(s: StoredCard): Card {
  return {
    ...s,
    due: new Date(s.due),
    last_review: s.last_review ? new Date(s.last_review) : undefined,
  } as Card;
}

function toStored(c: Card): StoredCard {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
  };
}

/** A card never reviewed, due now. */
export function newCard(now: Date): StoredCard {
  return toStored(createEmptyCard(now));
}

/**
 * The card's state after a review at `now` (FSRS via ts-fsrs). A missing card is a new one.
 *
 * @example
 * let c = rateCard(undefined, 'good', now); // learning: due again in 10 minutes
 */
export function rateCard(card: StoredCard | undefined, rating: RatingName, now: Date): StoredCard {
  const grade = RATINGS.find((r) => r.name === rating)!.grade;
  return toStored(scheduler.next(card ? toCard(card) : createEmptyCard(now), now, grade).card);
}

/** When each rating would bring the card back, for the rating buttons ("10 min", "3 days"). */
export function previewIntervals(card: StoredCard | undefined, now: Date): Record<RatingName, number> {
  const out = {} as Record<RatingName, number>;
  for (const r of RATINGS) out[r.name] = new Date(rateCard(card, r.name, now).due).getTime() - now.getTime();
  return out;
}

/** Whether a card is due: never reviewed, or its due time has come. */
export function isDue(card: StoredCard | undefined, now: Date): boolean {
  return !card || new Date(card.due).getTime() <= now.getTime();
}

/** How many of `questionIds` are due at `now`. */
export function countDue(questionIds: readonly string[], cards: Readonly<Record<string, StoredCard>>, now: Date): number {
  let n = 0;
  for (const id of questionIds) if (isDue(cards[id], now)) n++;
  return n;
}

/**
 * The due questions in review order: overdue reviews first (most overdue first), then new cards in
 * course order, so a learner meets questions in the order the course teaches them.
 */
export function dueQueue(questionIds: readonly string[], cards: Readonly<Record<string, StoredCard>>, now: Date): string[] {
  const seen = questionIds.filter((id) => cards[id] && isDue(cards[id], now));
  seen.sort((a, b) => new Date(cards[a]!.due).getTime() - new Date(cards[b]!.due).getTime());
  return [...seen, ...questionIds.filter((id) => !cards[id])];
}

/** The next time any of `questionIds` becomes due, or null if none is scheduled. */
export function nextDueAt(questionIds: readonly string[], cards: Readonly<Record<string, StoredCard>>): Date | null {
  let best = Infinity;
  for (const id of questionIds) {
    const c = cards[id];
    if (c) best = Math.min(best, new Date(c.due).getTime());
  }
  return Number.isFinite(best) ? new Date(best) : null;
}

/** "in 10 min", "in 3 days": an interval in words. */
export function formatInterval(ms: number): string {
  const min = Math.max(1, Math.round(ms / 60_000));
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h} h`;
  const d = Math.round(h / 24);
  if (d < 60) return `${d} ${d === 1 ? 'day' : 'days'}`;
  const mo = Math.round(d / 30);
  return mo < 24 ? `${mo} mo` : `${Math.round(d / 365)} y`;
}

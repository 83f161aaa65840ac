import { describe, expect, it } from 'vitest';
import { chapterCardsBadge, dailyWork, describeCardsToday, describeDailyWork, localDay, newIntroducedToday } from './daily';
import { rateCard } from './scheduler';

const now = new Date(2026, 2, 1, 15, 0, 0);
const ids = Array.from({ length: 41 }, (_, i) => `q${i}`);
const at = (d: Date) => d.toISOString();

describe('daily new-card limit', () => {
  it('a brand-new learner sees up to 10 new cards today, not 41 due', () => {
    const w = dailyWork(ids, {}, [], 10, now);
    expect(w.reviews).toEqual([]);
    expect(w.newToday).toEqual(ids.slice(0, 10));
    expect(w.newHeldBack).toBe(31);
    expect(describeDailyWork(w)).toBe('Up to 10 new cards today');
  });

  it('new cards started today use up the limit; reviews are never limited', () => {
    const cards: Record<string, ReturnType<typeof rateCard>> = {};
    const log = [];
    for (const id of ids.slice(0, 4)) {
      cards[id] = rateCard(undefined, 'again', now); // due again in a minute: a review
      log.push({ questionId: id, at: at(now), rating: 1, stateBefore: 0 });
    }
    // the same card reviewed twice today counts once
    log.push({ questionId: 'q0', at: at(now), rating: 3, stateBefore: 1 });
    const later = new Date(now.getTime() + 10 * 60_000);
    const w = dailyWork(ids, cards, log, 10, later);
    expect(w.reviews.sort()).toEqual(['q0', 'q1', 'q2', 'q3']);
    expect(w.newToday).toEqual(ids.slice(4, 10));
    expect(describeDailyWork(w)).toBe('4 reviews due · up to 6 new cards today');
    expect(newIntroducedToday(log, later)).toBe(4);
  });

  it('resets at local midnight and follows the adjustable limit', () => {
    const log = ids.slice(0, 10).map((questionId) => ({ questionId, at: at(now), rating: 3, stateBefore: 0 }));
    const cards = Object.fromEntries(ids.slice(0, 10).map((id) => [id, rateCard(undefined, 'easy', now)]));
    expect(dailyWork(ids, cards, log, 10, now).newToday).toEqual([]);
    expect(dailyWork(ids, cards, log, 15, now).newToday).toHaveLength(5);
    expect(dailyWork(ids, cards, log, 0, now).newToday).toEqual([]);
    const tomorrow = new Date(2026, 2, 2, 0, 0, 1);
    expect(localDay(tomorrow)).toBe('2026-03-02');
    expect(dailyWork(ids, cards, log, 10, tomorrow).newToday).toEqual(ids.slice(10, 20));
  });

  it('says when nothing is due', () => {
    expect(describeDailyWork({ reviews: [], newToday: [] })).toBe('Nothing due');
    expect(describeDailyWork({ reviews: ['a'], newToday: [] })).toBe('1 review due');
    expect(describeCardsToday(0, 1)).toBe('Up to 1 new card today');
  });
});

describe('cards due per chapter (the course map)', () => {
  // Six chapters of seven cards each, as on the course map.
  const chapters = Array.from({ length: 6 }, (_, c) => Array.from({ length: 7 }, (_, i) => `ch${c}-q${i}`));
  const all = chapters.flat();

  it('a new learner: no chapter claims cards due; the new-card allowance is told once for the course', () => {
    expect(chapters.map((ids) => chapterCardsBadge(ids, {}, now))).toEqual([null, null, null, null, null, null]);
    expect(describeDailyWork(dailyWork(all, {}, [], 10, now))).toBe('Up to 10 new cards today');
  });

  it('after three reviews in chapter 0, only chapter 0 shows them, and only once they are due', () => {
    const reviewed = chapters[0]!.slice(0, 3);
    const cards = Object.fromEntries(reviewed.map((id) => [id, rateCard(undefined, 'good', now)]));
    const log = reviewed.map((questionId) => ({ questionId, at: at(now), rating: 3, stateBefore: 0 }));
    // Just reviewed: nothing is due yet anywhere; the five chapters never opened say nothing.
    expect(chapters.map((ids) => chapterCardsBadge(ids, cards, now))).toEqual([{ text: 'No cards due', due: 0 }, null, null, null, null, null]);
    expect(describeDailyWork(dailyWork(all, cards, log, 10, now))).toBe('Up to 7 new cards today');
    // A day later the three learning cards are due: chapter 0 says 3, the others still nothing.
    const tomorrow = new Date(now.getTime() + 86_400_000);
    expect(chapters.map((ids) => chapterCardsBadge(ids, cards, tomorrow)?.text ?? null)).toEqual(['3 cards due', null, null, null, null, null]);
    expect(describeDailyWork(dailyWork(all, cards, log, 10, tomorrow))).toBe('3 reviews due · up to 10 new cards today');
  });
});

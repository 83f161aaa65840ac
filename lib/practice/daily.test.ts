import { describe, expect, it } from 'vitest';
import { dailyWork, describeDailyWork, localDay, newIntroducedToday } from './daily';
import { rateCard } from './scheduler';

const now = new Date(2026, 2, 1, 15, 0, 0);
const ids = Array.from({ length: 41 }, (_, i) => `q${i}`);
const at = (d: Date) => d.toISOString();

describe('daily new-card limit', () => {
  it('a brand-new learner sees 10 new today, not 41 due', () => {
    const w = dailyWork(ids, {}, [], 10, now);
    expect(w.reviews).toEqual([]);
    expect(w.newToday).toEqual(ids.slice(0, 10));
    expect(w.newHeldBack).toBe(31);
    expect(describeDailyWork(w)).toBe('10 new today');
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
    expect(describeDailyWork(w)).toBe('4 reviews due · 6 new today');
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
  });
});

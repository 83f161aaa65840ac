import { describe, expect, it } from 'vitest';
import { cardsByState, retention, reviewsPerDay } from './review-stats';
import { rateCard } from './scheduler';

const now = new Date(2026, 2, 10, 18, 0, 0);
const on = (daysAgo: number, rating: number, stateBefore: number, questionId = 'q') => ({ questionId, at: new Date(2026, 2, 10 - daysAgo, 9, 0, 0).toISOString(), rating, stateBefore });

describe('review statistics', () => {
  it('counts reviews per local day, with empty days', () => {
    const log = [on(0, 3, 0), on(0, 1, 1), on(2, 3, 2), on(20, 3, 2)];
    const days = reviewsPerDay(log, now, 4);
    expect(days.map((d) => d.reviews)).toEqual([0, 1, 0, 2]);
    expect(days.at(-1)!.day).toBe('2026-03-10');
  });

  it('retention counts only reviews of graduated cards, Again as forgotten', () => {
    expect(retention([on(0, 3, 0), on(0, 1, 1)]).rate).toBeNull();
    const r = retention([on(0, 3, 2), on(0, 1, 2), on(0, 4, 2), on(0, 2, 2), on(0, 1, 0)]);
    expect(r).toEqual({ recalled: 3, reviews: 4, rate: 0.75 });
  });

  it('sorts cards by FSRS state, unseen as new', () => {
    const learning = rateCard(undefined, 'good', now);
    const review = rateCard(undefined, 'easy', now);
    expect(cardsByState(['a', 'b', 'c'], { b: learning, c: review })).toEqual({ new: 1, learning: 1, review: 1, relearning: 0 });
  });
});

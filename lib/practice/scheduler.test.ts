import { describe, expect, it } from 'vitest';
import { countDue, dueQueue, formatInterval, isDue, newCard, nextDueAt, previewIntervals, rateCard } from './scheduler';

const start = new Date('2026-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(start.getTime() + ms);

describe('FSRS scheduling', () => {
  it('repeated "good" reviews, each when due, give strictly increasing intervals', () => {
    let card = rateCard(undefined, 'good', start);
    let now = start;
    const intervals: number[] = [];
    for (let i = 0; i < 8; i++) {
      const due = new Date(card.due);
      intervals.push(due.getTime() - now.getTime());
      now = due;
      card = rateCard(card, 'good', now);
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    // after a week of good answers the gap is measured in weeks, not minutes
    expect(intervals.at(-1)!).toBeGreaterThan(7 * 24 * 3600_000);
  });

  it('orders the preview: again < hard < good < easy', () => {
    const reviewed = rateCard(rateCard(undefined, 'good', start), 'good', at(10 * 60_000));
    const p = previewIntervals(reviewed, new Date(reviewed.due));
    expect(p.again).toBeLessThan(p.hard);
    expect(p.hard).toBeLessThan(p.good);
    expect(p.good).toBeLessThan(p.easy);
  });

  it('"again" on a review card counts a lapse and brings it back within minutes', () => {
    let card = rateCard(undefined, 'easy', start);
    const due = new Date(card.due);
    card = rateCard(card, 'again', due);
    expect(card.lapses).toBe(1);
    expect(new Date(card.due).getTime() - due.getTime()).toBeLessThanOrEqual(10 * 60_000);
  });

  it('counts unseen cards and cards whose time has come as due', () => {
    const cards = { a: rateCard(undefined, 'good', start), b: { ...newCard(start), due: at(-1).toISOString() } };
    expect(isDue(undefined, start)).toBe(true);
    expect(countDue(['a', 'b', 'c'], cards, start)).toBe(2);
    expect(countDue(['a', 'b', 'c'], cards, at(3600_000))).toBe(3);
    expect(dueQueue(['c', 'a', 'b'], cards, at(3600_000))).toEqual(['b', 'a', 'c']);
    expect(nextDueAt(['a', 'b'], cards)?.toISOString()).toBe(at(-1).toISOString());
    expect(nextDueAt(['c'], cards)).toBeNull();
  });

  it('formats intervals for people', () => {
    expect(formatInterval(10 * 60_000)).toBe('10 min');
    expect(formatInterval(5 * 3600_000)).toBe('5 h');
    expect(formatInterval(86400_000)).toBe('1 day');
    expect(formatInterval(3 * 86400_000)).toBe('3 days');
  });
});

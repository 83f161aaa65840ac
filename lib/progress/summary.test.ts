import { describe, expect, it } from 'vitest';
import { rateCard } from '@/lib/practice/scheduler';
import { emptyProgress } from './schema';
import { summarizeProgress, type CourseOutline } from './summary';

const course: CourseOutline = {
  chapters: [
    { slug: 'a', title: 'A', order: 0, questionIds: ['a1', 'a2'] },
    { slug: 'b', title: 'B', order: 1, questionIds: ['b1'] },
  ],
  challenges: [{ id: 'ca', chapter: 'a' }],
};
const now = new Date('2026-03-01T10:00:00.000Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);
const T = now.toISOString();

describe('progress summary and next step', () => {
  it('a fresh learner: nothing due for review, new cards allowed, read the first chapter', () => {
    const s = summarizeProgress(course, emptyProgress(), now);
    expect(s).toMatchObject({ newToday: 3, reviewsDue: 0, chaptersRead: 0, overall: 0 });
    expect(s).not.toHaveProperty('due');
    expect(s.next).toEqual({ kind: 'read', label: 'Read chapter 0: A', href: '/learn/a' });
  });

  it('suggests the next unread chapter, then new cards once every chapter is read', () => {
    const readA = { ...emptyProgress(), chaptersRead: { a: T } };
    expect(summarizeProgress(course, readA, now).next.kind).toBe('read');
    const readAll = { ...emptyProgress(), chaptersRead: { a: T, b: T } };
    expect(summarizeProgress(course, readAll, now).next).toMatchObject({ kind: 'learn', label: 'Learn 3 new cards' });
  });

  it('reviews that are due come first; then challenges; then a mock interview', () => {
    const cards = { a1: rateCard(undefined, 'good', now), a2: rateCard(undefined, 'good', now), b1: rateCard(undefined, 'good', now) };
    const data = { ...emptyProgress(), chaptersRead: { a: T, b: T }, cards };
    expect(summarizeProgress(course, data, later(1)).next).toMatchObject({ kind: 'review', label: 'Review 3 due cards' });
    expect(summarizeProgress(course, data, now).next).toMatchObject({ kind: 'challenge', href: '/practice/challenges#ca' });
    const done = { ...data, challenges: { ca: { stars: 2, cost: 5, values: {}, at: T } } };
    const s = summarizeProgress(course, done, now);
    expect(s.next.kind).toBe('mock');
    expect(s).toMatchObject({ overall: 1, stars: 2, cardsSeen: 3, reviewsDue: 0, newToday: 0 });
  });
});

describe('the daily new-card limit in the summary', () => {
  it('counts only the new cards today’s limit allows, and drill results', () => {
    const ids = Array.from({ length: 41 }, (_, i) => `c${i}`);
    const big: CourseOutline = { chapters: [{ slug: 'a', title: 'A', order: 0, questionIds: ids }], challenges: [] };
    const s = summarizeProgress(big, { ...emptyProgress(), drillAttempts: [{ templateId: 'avg-rps', seed: 1, at: T, guess: 1, correct: true }] }, now);
    expect(s).toMatchObject({ newToday: 10, reviewsDue: 0, drillsDone: 1, drillsCorrect: 1 });
    const five = summarizeProgress(big, { ...emptyProgress(), settings: { newCardsPerDay: 5 } }, now);
    expect(five.newToday).toBe(5);
  });
});

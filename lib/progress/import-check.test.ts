import { describe, expect, it } from 'vitest';
import { CHALLENGE_OUTLINE, CHALLENGES } from '@/lib/practice/challenges';
import { DRILL_TEMPLATES, fmt, makeDrill } from '@/lib/practice/drills';
import { checkImport } from './import-check';
import { buildImportRules } from './import-rules';
import { emptyProgress, type ProgressData } from './schema';
import { importProgress, skippedMessage } from './transfer';
import { toEnvelope } from './migrate';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const T = '2026-02-20T10:00:00.000Z';
const course = { chapters: [{ slug: 'clones', title: 'Clones', order: 1, questionIds: ['q-a'] }], challenges: CHALLENGE_OUTLINE };
const rules = buildImportRules(course, CHALLENGES);
const card = { due: '2026-03-04T10:00:00.000Z', stability: 3.2, difficulty: 5.1, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: T };
// A setting of "survive-a-failure" as a real best attempt records it: eight 1× machines, $800 a month, 3 stars (≤ $800).
const best = { stars: 3, cost: 800, values: { servers: 8, serverSpeeds: 1 }, at: T };
const mock = { id: 'm1', scenarioId: 'second-server-sessions', at: T, elapsedSec: 1800, stepsDone: ['clarify'], scores: { requirements: 3 } };

function data(over: Partial<ProgressData>): ProgressData {
  return { ...emptyProgress(), ...over };
}

describe('checkImport', () => {
  it('keeps everything a real learner of this course could have', () => {
    const good = data({ chaptersRead: { clones: T }, cards: { 'q-a': card }, challenges: { 'survive-a-failure': best }, mockHistory: [mock] });
    expect(checkImport(good, rules, NOW)).toEqual({ data: good, skipped: [] });
  });

  it('drops unknown question and challenge ids, impossible stars and a mock interview from 2099, and says why', () => {
    const bad = data({
      chaptersRead: { clones: T, 'no-such-chapter': T },
      cards: { 'q-a': card, 'no-such-question': card },
      challenges: { 'survive-a-failure': { ...best, cost: 0 }, 'no-such-challenge': best },
      mockHistory: [mock, { ...mock, id: 'm2', at: '2099-01-01T00:00:00.000Z', elapsedSec: 999_999_999_960 }],
    });
    const { data: kept, skipped } = checkImport(bad, rules, NOW);
    expect(Object.keys(kept.cards)).toEqual(['q-a']);
    expect(kept.challenges).toEqual({});
    expect(kept.chaptersRead).toEqual({ clones: T });
    expect(kept.mockHistory).toEqual([mock]);
    expect(skipped).toEqual([
      'chapter read: no chapter "no-such-chapter" in this course',
      'card for unknown question "no-such-question"',
      'challenge "survive-a-failure": 3 stars at $0, but its settings cost $800',
      'challenge result for unknown challenge "no-such-challenge"',
      'mock interview of 2099-01-01: dated in the future',
    ]);
  });

  it('drops a mock interview that lasted longer than a day, stars that its cost does not earn and settings out of range', () => {
    const bad = data({
      challenges: { 'survive-a-failure': { ...best, cost: 1_000, values: { servers: 10, serverSpeeds: 1 } }, 'balance-1200': { stars: 3, cost: 40, values: { servers: 40, algorithm: 'round-robin' }, at: T } },
      mockHistory: [{ ...mock, elapsedSec: 999_999_999_960 }],
      cards: { 'q-a': { ...card, due: '2400-01-01T00:00:00.000Z' } },
    });
    const { skipped } = checkImport(bad, rules, NOW);
    expect(skipped).toEqual([
      'card "q-a": due 2400-01-01, further out than any schedule (36500 days)',
      'challenge "survive-a-failure": 3 stars, but $1,000 earns 2',
      'challenge "balance-1200": its settings are not possible (servers must be between 1 and 12, got 40)',
      'mock interview of 2026-02-20: lasted 16,666,666,666 minutes (at most 24 hours)',
    ]);
  });
});

describe('importProgress with the course rules', () => {
  it('imports what fits and reports what was left out', () => {
    const text = JSON.stringify(toEnvelope(data({ cards: { 'q-a': card, ghost: card } })));
    const r = importProgress(text, 'backup.json', { rules, now: NOW });
    expect(r.ok && Object.keys(r.data.cards)).toEqual(['q-a']);
    expect(r.ok && skippedMessage(r.skipped)).toBe(' Left out 1 entry that cannot come from this course: card for unknown question "ghost".');
  });
});

describe('drills, reviews, the interview in progress and reading time', () => {
  const t = DRILL_TEMPLATES[0]!;
  const drill = makeDrill(t, 7);
  const right = { templateId: t.id, seed: 7, at: T, guess: drill.answer, correct: true };
  const review = { questionId: 'q-a', at: T, rating: 3, stateBefore: 0 };
  const draft = { scenarioId: 'second-server-sessions', startedAt: T, phase: 0, phaseMs: {}, runningSince: null, notes: { clarify: 'x' }, followUpShown: false };

  it('keeps real answers, reviews and an interview in progress', () => {
    const good = data({ drillAttempts: [right, { ...right, guess: drill.answer * 1000, correct: false }], reviewLog: [review], mockDraft: draft, readingMs: { clones: 30_000 } });
    expect(checkImport(good, rules, NOW)).toEqual({ data: good, skipped: [] });
  });

  it('leaves out 300 answers of a drill that does not exist, dated 2999, and 300 reviews from 2999, and counts every one', () => {
    const future = '2999-01-01T00:00:00.000Z';
    const forged = data({
      drillAttempts: Array.from({ length: 300 }, (_, i) => ({ templateId: 'no-such-drill', seed: i, at: future, guess: 1, correct: true })),
      reviewLog: Array.from({ length: 300 }, () => ({ ...review, at: future })),
    });
    const r = importProgress(JSON.stringify(toEnvelope(forged)), 'forged.json', { rules, now: NOW });
    if (!r.ok) throw new Error(r.message);
    expect(r.data.drillAttempts).toEqual([]);
    expect(r.data.reviewLog).toEqual([]);
    expect(r.skipped).toHaveLength(600);
    expect(skippedMessage(r.skipped)).toMatch(/^ Left out 600 entries that cannot come from this course: drill answer for unknown drill "no-such-drill"; .*; and 595 more\.$/);
    expect(r.skipped).toContain('review of "q-a" on 2999-01-01, in the future');
  });

  it('grades each answer again: a verdict its guess does not earn is left out', () => {
    const { data: kept, skipped } = checkImport(
      data({ drillAttempts: [right, { ...right, guess: drill.answer * 1000 }, { ...right, templateId: t.id, at: '2999-01-01T00:00:00.000Z' }], reviewLog: [{ ...review, questionId: 'ghost' }] }),
      rules,
      NOW,
    );
    expect(kept.drillAttempts).toEqual([right]);
    expect(skipped).toEqual([
      `drill "${t.id}" of 2026-02-20: marked right, but ${fmt(drill.answer * 1000)} ${drill.unit} is outside the tolerance (answer ${fmt(drill.answer)})`,
      'drill answer of 2999-01-01: dated in the future',
      'review of unknown card "ghost"',
    ]);
  });

  it('leaves out an interview in progress on an unknown scenario or from the future, and reading time of an unknown chapter', () => {
    for (const [mockDraft, line] of [
      [{ ...draft, scenarioId: 'gone' }, 'interview in progress: no scenario "gone"'],
      [{ ...draft, startedAt: '2999-01-01T00:00:00.000Z' }, 'interview in progress started 2999-01-01, in the future'],
    ] as const) {
      const { data: kept, skipped } = checkImport(data({ mockDraft, readingMs: { clones: 1, nowhere: 2 } }), rules, NOW);
      expect(kept.mockDraft).toBeNull();
      expect(kept.readingMs).toEqual({ clones: 1 });
      expect(skipped).toEqual(['reading time: no chapter "nowhere" in this course', line]);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHALLENGE_OUTLINE, CHALLENGES } from '@/lib/practice/challenges';
import { DRILL_TEMPLATES, gradeGuess, makeDrill, MAX_SEED } from '@/lib/practice/drills';
import { checkImport } from './import-check';
import { buildImportRules } from './import-rules';
import { progressSchema, type ProgressData } from './schema';
import { exportProgress, importProgress } from './transfer';

// Property tests of import: whatever a file holds, every entry is either kept or counted in
// "Left out N entries", what is kept obeys the course and the clock, and checking again finds nothing.

const NOW = new Date('2026-03-01T10:00:00.000Z');
const LATEST = NOW.getTime() + 24 * 3600 * 1000; // the clock skew import-check tolerates
const course = {
  chapters: [
    { slug: 'clones', title: 'Clones', order: 1, questionIds: ['q-a', 'q-b'] },
    { slug: 'cache', title: 'Cache', order: 2, questionIds: ['q-c'] },
  ],
  challenges: CHALLENGE_OUTLINE,
};
const rules = buildImportRules(course, CHALLENGES);
const chapterSlugs = course.chapters.map((c) => c.slug);
const questionIds = course.chapters.flatMap((c) => c.questionIds);
const templateIds = DRILL_TEMPLATES.map((t) => t.id);

/** A known id or, as often, something else. */
const idFrom = (known: readonly string[]) => fc.oneof(fc.constantFrom(...known), fc.string({ minLength: 1, maxLength: 12 }));
/** Dates from 2000 to 3000: most in the past, some in the future. */
const iso = fc.date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('3000-01-01T00:00:00.000Z'), noInvalidDate: true }).map((d) => d.toISOString());
const record = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>) => fc.dictionary(key, value, { maxKeys: 6 });

const card = fc.record({
  due: iso,
  stability: fc.double({ min: 0, max: 50_000, noNaN: true }),
  difficulty: fc.double({ min: 0, max: 12, noNaN: true }),
  elapsed_days: fc.nat(1000),
  scheduled_days: fc.nat(1000),
  learning_steps: fc.nat(3),
  reps: fc.nat(50),
  lapses: fc.nat(50),
  state: fc.integer({ min: 0, max: 3 }),
  last_review: iso,
});
const drillAttempt = fc
  .record({ templateId: idFrom(templateIds), seed: fc.nat(MAX_SEED), at: iso, guessScale: fc.constantFrom(0.001, 0.5, 0.9, 1, 1.1, 2, 1000), correct: fc.boolean() })
  .map(({ guessScale, ...a }) => {
    const t = DRILL_TEMPLATES.find((x) => x.id === a.templateId);
    // Near the real answer as often as not, so both honest and forged verdicts occur.
    return { ...a, guess: t ? makeDrill(t, a.seed).answer * guessScale : guessScale };
  });
const review = fc.record({ questionId: idFrom(questionIds), at: iso, rating: fc.integer({ min: 1, max: 4 }), stateBefore: fc.integer({ min: 0, max: 3 }) });
const mock = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  scenarioId: idFrom(rules.scenarioIds),
  at: iso,
  elapsedSec: fc.nat(200_000),
  stepsDone: fc.array(idFrom(rules.stepIds), { maxLength: 3 }),
  scores: record(idFrom(rules.rubricIds), fc.integer({ min: 1, max: 4 })),
});
const draft = fc.record({
  scenarioId: idFrom(rules.scenarioIds),
  startedAt: iso,
  phase: fc.nat(4),
  phaseMs: fc.constant({}),
  runningSince: fc.option(iso, { nil: null }),
  notes: fc.constant({ clarify: 'notes' }),
  followUpShown: fc.boolean(),
});
const challengeBest = fc.record({ stars: fc.integer({ min: 1, max: 3 }), cost: fc.nat(2000), values: fc.constant({ servers: 8, serverSpeeds: 1 }), at: iso });

const progress: fc.Arbitrary<ProgressData> = fc.record({
  chaptersRead: record(idFrom(chapterSlugs), iso),
  simsExplored: record(fc.string({ minLength: 1, maxLength: 8 }), iso),
  predictions: record(fc.string({ minLength: 1, maxLength: 8 }), fc.record({ verdict: fc.constantFrom('right', 'close', 'off'), at: iso })),
  cards: record(idFrom(questionIds), card),
  mockHistory: fc.array(mock, { maxLength: 4 }),
  challenges: record(idFrom(CHALLENGE_OUTLINE.map((c) => c.id)), challengeBest),
  drillAttempts: fc.array(drillAttempt, { maxLength: 12 }),
  reviewLog: fc.array(review, { maxLength: 12 }),
  mockDraft: fc.option(draft, { nil: null }),
  settings: fc.record({ newCardsPerDay: fc.integer({ min: 0, max: 200 }) }),
  readingMs: record(idFrom(chapterSlugs), fc.nat(1e9)),
});

/** Entries a file can hold, each of which import keeps or counts. */
function entries(d: ProgressData): number {
  const keys = (r: object | undefined) => (r ? Object.keys(r).length : 0);
  return (
    keys(d.chaptersRead) + keys(d.simsExplored) + keys(d.predictions) + keys(d.cards) + keys(d.challenges) + keys(d.readingMs) + d.mockHistory.length + d.drillAttempts.length + d.reviewLog.length + (d.mockDraft ? 1 : 0)
  );
}

const inThePast = (iso: string | null | undefined) => iso == null || Date.parse(iso) <= LATEST;

describe('import (property tests)', () => {
  it('generated files are valid progress (the schema), so the checks below see every kind of entry', () => {
    fc.assert(fc.property(progress, (d) => progressSchema.safeParse(d).success));
  });

  it('every entry is kept or counted in what was left out', () => {
    fc.assert(
      fc.property(progress, (d) => {
        const { data, skipped } = checkImport(d, rules, NOW);
        expect(entries(data) + skipped.length).toBe(entries(d));
      }),
    );
  });

  it('what is kept belongs to this course, is dated no later than now, and earns its verdict', () => {
    fc.assert(
      fc.property(progress, (d) => {
        const { data } = checkImport(d, rules, NOW);
        for (const [slug, at] of Object.entries(data.chaptersRead)) expect(chapterSlugs.includes(slug) && inThePast(at)).toBe(true);
        for (const [id, c] of Object.entries(data.cards)) expect(questionIds.includes(id) && inThePast(c.last_review)).toBe(true);
        for (const r of data.reviewLog) expect(questionIds.includes(r.questionId) && inThePast(r.at)).toBe(true);
        for (const a of data.drillAttempts) {
          const t = DRILL_TEMPLATES.find((x) => x.id === a.templateId);
          expect(t && inThePast(a.at)).toBeTruthy();
          expect(gradeGuess(makeDrill(t!, a.seed), a.guess).correct).toBe(a.correct);
        }
        for (const m of data.mockHistory) expect(rules.scenarioIds.includes(m.scenarioId) && inThePast(m.at)).toBe(true);
        if (data.mockDraft) expect(rules.scenarioIds.includes(data.mockDraft.scenarioId) && inThePast(data.mockDraft.startedAt) && inThePast(data.mockDraft.runningSince)).toBe(true);
        for (const k of Object.keys(data.readingMs ?? {})) expect(chapterSlugs).toContain(k);
        for (const [id, best] of Object.entries(data.challenges)) expect(rules.challenges.get(id)?.(best)).toBeNull();
        expect(progressSchema.safeParse(data).success).toBe(true);
      }),
    );
  });

  it('checking what was kept again leaves nothing out, and its export imports unchanged', () => {
    fc.assert(
      fc.property(progress, (d) => {
        const { data } = checkImport(d, rules, NOW);
        expect(checkImport(data, rules, NOW)).toEqual({ data, skipped: [] });
        const r = importProgress(exportProgress(data, NOW).text, 'export.json', { rules, now: NOW });
        expect(r).toEqual({ ok: true, data, skipped: [] });
      }),
    );
  });

  it('any text at all is imported or refused with a message, never thrown', () => {
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      fc.tuple(fc.integer({ min: -1, max: 5 }), progress).map(([version, state]) => JSON.stringify({ app: 'prepup-progress', version, state })),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = importProgress(t, 'x.json', { rules, now: NOW });
        if (!r.ok) expect(r.message).toMatch(/^Could not import x\.json: .*Your current progress is unchanged\.$/);
      }),
    );
  });
});

import '@/lib/zod-csp';
import { z } from 'zod';
import { idSchema as id, isoDateSchema as isoDate, mockDraftSchema, NOTES_MAX_CHARS, reviewLogEntrySchema, storedCardSchema } from '@/lib/practice/records';

// The records practice writes (cards, reviews, the interview draft) are defined with practice, so
// that lib/practice never imports lib/progress; re-exported for code that reads saved progress.
export { mockDraftSchema, NOTES_MAX_CHARS, reviewLogEntrySchema, storedCardSchema, type MockDraft, type ReviewLogEntry, type StoredCard } from '@/lib/practice/records';

/**
 * The saved-progress schemas, one per stored version. The current version is the last one; older
 * ones stay here, frozen, so that `migrate.ts` can read what earlier releases wrote.
 * Dates are ISO 8601 strings so an exported file stays readable.
 */

/** Self-scores of one mock interview, 1–4 per rubric criterion. */
export const mockResultSchema = z.strictObject({
  id,
  scenarioId: id,
  at: isoDate,
  elapsedSec: z.number().nonnegative(),
  stepsDone: z.array(id).max(20),
  scores: z.record(id, z.number().int().min(1).max(4)),
});
export type MockResult = z.infer<typeof mockResultSchema>;

/** The best passing attempt at one scored challenge. */
export const challengeBestSchema = z.strictObject({
  stars: z.number().int().min(1).max(3),
  cost: z.number().nonnegative(),
  values: z.record(id, z.union([z.number(), z.string(), z.boolean()])),
  at: isoDate,
});
export type ChallengeBest = z.infer<typeof challengeBestSchema>;

/** Outcome of one "predict, then run" question. */
export const predictionSchema = z.strictObject({
  verdict: z.enum(['right', 'close', 'off']),
  at: isoDate,
});
export type Prediction = z.infer<typeof predictionSchema>;

/** Version 1 (first release): cards were a flat list with camelCase fields and no learning step. */
export const progressV1Schema = z.strictObject({
  chaptersRead: z.record(id, isoDate),
  cards: z.array(
    z.strictObject({
      questionId: id,
      due: isoDate,
      stability: z.number().nonnegative(),
      difficulty: z.number().nonnegative(),
      elapsedDays: z.number().nonnegative(),
      scheduledDays: z.number().nonnegative(),
      reps: z.number().int().nonnegative(),
      lapses: z.number().int().nonnegative(),
      state: z.number().int().min(0).max(3),
      lastReview: isoDate.optional(),
    }),
  ),
  mockHistory: z.array(mockResultSchema),
  challenges: z.record(id, challengeBestSchema),
});
export type ProgressV1 = z.infer<typeof progressV1Schema>;

/** Version 2: cards keyed by question id; simulations explored and predictions made. */
export const progressV2Schema = z.strictObject({
  chaptersRead: z.record(id, isoDate),
  simsExplored: z.record(id, isoDate),
  predictions: z.record(id, predictionSchema),
  cards: z.record(id, storedCardSchema),
  mockHistory: z.array(mockResultSchema).max(500),
  challenges: z.record(id, challengeBestSchema),
  /** Read tracking: active reading time so far (ms) of chapters not yet read. Optional, so data saved without it stays valid. */
  readingMs: z.record(id, z.number().nonnegative().max(1e10)).optional(),
});

/** Version 2: cards keyed by question id; simulations explored and predictions made. */
export type ProgressV2 = z.infer<typeof progressV2Schema>;

/** One estimation drill answered: which template, which seed (the drill can be replayed), the guess and the verdict. */
export const drillAttemptSchema = z.strictObject({
  templateId: id,
  seed: z.number().int().nonnegative(),
  at: isoDate,
  guess: z.number(),
  correct: z.boolean(),
});
export type DrillAttempt = z.infer<typeof drillAttemptSchema>;

/** A scored mock interview, with the notes taken (v3). */
export const mockResultV3Schema = mockResultSchema.extend({
  notes: z.record(id, z.string().max(NOTES_MAX_CHARS)).optional(),
  followUp: z.boolean().optional(),
  /** A mock on a design problem: the rubric points the candidate ticked, the follow-ups reached and the design's grade. */
  problem: z
    .strictObject({
      points: z.record(id, z.boolean()),
      probes: z.number().int().min(0).max(10),
      passed: z.number().int().min(0).max(20).nullable(),
      total: z.number().int().min(1).max(20),
    })
    .optional(),
});

/**
 * A graded design problem's best result: goals met of the goals graded, the monthly bill, which
 * goals passed (by id), and the design that earned it (checked with the design schema where it is
 * used and on import, so a design saved by an older format never makes the whole progress unreadable).
 */
export const problemBestSchema = z.strictObject({
  passed: z.number().int().min(0).max(20),
  total: z.number().int().min(1).max(20),
  monthlyCost: z.number().nonnegative().nullable(),
  goals: z.record(id, z.boolean()),
  design: z.unknown(),
  at: isoDate,
});
export type ProblemBest = z.infer<typeof problemBestSchema>;

/** One design problem as the learner left it: the estimates typed, the design on the board, the best grade and the rubric self-score. */
export const problemProgressSchema = z.strictObject({
  estimates: z.record(id, z.number()),
  /** Whether the estimates have been checked (the worked steps shown). */
  estimatesChecked: z.boolean(),
  design: z.unknown().optional(),
  best: problemBestSchema.optional(),
  /** Rubric points the learner says they covered, by rubric id. */
  rubric: z.record(id, z.boolean()).optional(),
  at: isoDate,
});
export type ProblemProgress = z.infer<typeof problemProgressSchema>;

/** A scored mock interview as kept in history (v3). */
export type MockRecord = z.infer<typeof mockResultV3Schema>;

/** Learner settings. */
export const settingsSchema = z.strictObject({
  /** New flashcards introduced per day (reviews are never limited). */
  newCardsPerDay: z.number().int().min(0).max(200),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_NEW_CARDS_PER_DAY = 10;

/** Version 3 (current): v2 plus estimation drills, a review log, the mock interview in progress and settings. */
export const progressV3Schema = z.strictObject({
  chaptersRead: z.record(id, isoDate),
  simsExplored: z.record(id, isoDate),
  predictions: z.record(id, predictionSchema),
  cards: z.record(id, storedCardSchema),
  mockHistory: z.array(mockResultV3Schema).max(500),
  challenges: z.record(id, challengeBestSchema),
  drillAttempts: z.array(drillAttemptSchema).max(1_000),
  reviewLog: z.array(reviewLogEntrySchema).max(5_000),
  mockDraft: mockDraftSchema.nullable(),
  settings: settingsSchema,
  /** Read tracking: active reading time so far (ms) of chapters not yet read. Optional, so data saved without it stays valid. */
  readingMs: z.record(id, z.number().nonnegative().max(1e10)).optional(),
  /** Design problems by id. Optional, so data saved before problems existed stays valid. */
  problems: z.record(id, problemProgressSchema).optional(),
});

/** The current stored version. */
export const PROGRESS_VERSION = 3;
export const progressSchema = progressV3Schema;
/** Everything the learner has done, as saved in the browser. */
export type ProgressData = z.infer<typeof progressSchema>;

/** A fresh learner. */
export function emptyProgress(): ProgressData {
  return {
    chaptersRead: {},
    simsExplored: {},
    predictions: {},
    cards: {},
    mockHistory: [],
    challenges: {},
    drillAttempts: [],
    reviewLog: [],
    mockDraft: null,
    settings: { newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY },
    readingMs: {},
    problems: {},
  };
}

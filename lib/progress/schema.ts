import '@/lib/zod-csp';
import { z } from 'zod';

/**
 * The saved-progress schemas, one per stored version. The current version is the last one; older
 * ones stay here, frozen, so that `migrate.ts` can read what earlier releases wrote.
 * Dates are ISO 8601 strings so an exported file stays readable.
 */

const isoDate = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);

/** FSRS memory state of one card, as ts-fsrs v5 defines it (dates as ISO strings). */
export const storedCardSchema = z.strictObject({
  due: isoDate,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsed_days: z.number().nonnegative(),
  scheduled_days: z.number().nonnegative(),
  learning_steps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  /** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs `State`). */
  state: z.number().int().min(0).max(3),
  last_review: isoDate.optional(),
});
export type StoredCard = z.infer<typeof storedCardSchema>;

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

/** One flashcard review, for the daily new-card limit and the statistics (reviews per day, retention). */
export const reviewLogEntrySchema = z.strictObject({
  questionId: id,
  at: isoDate,
  /** 1 again, 2 hard, 3 good, 4 easy. */
  rating: z.number().int().min(1).max(4),
  /** The card's FSRS state before this review (0 = it was new). */
  stateBefore: z.number().int().min(0).max(3),
});
export type ReviewLogEntry = z.infer<typeof reviewLogEntrySchema>;

/** Longest note kept per interview phase (characters). */
export const NOTES_MAX_CHARS = 20_000;

/** A mock interview still in progress: survives a reload or a click away until it is scored or abandoned. */
export const mockDraftSchema = z.strictObject({
  scenarioId: id,
  startedAt: isoDate,
  /** Index into the interview phases. */
  phase: z.number().int().min(0).max(20),
  /** Milliseconds spent in each phase so far (by phase id), not counting the running stretch. */
  phaseMs: z.record(id, z.number().nonnegative()),
  /** When the clock last started (ISO), or null while paused. */
  runningSince: isoDate.nullable(),
  notes: z.record(id, z.string().max(NOTES_MAX_CHARS)),
  /** Whether the interviewer's follow-up has been given. */
  followUpShown: z.boolean(),
  /** A mock on a design problem (scenarioId is then the problem's id): its whiteboard and its follow-up chain. */
  problem: z
    .strictObject({
      /** The design on the whiteboard (checked with the design schema where it is used, so an older format never makes progress unreadable). */
      board: z.unknown(),
      /** Index of the follow-up being asked (-1: not started). */
      probe: z.number().int().min(-1).max(10),
      /** Why the follow-ups started: the candidate finished the design, or the clock reached the problem's minute; null before. */
      followUps: z.enum(['design-done', 'time']).nullable(),
      /** The candidate's answer to each follow-up, by probe id. */
      answers: z.record(id, z.string().max(NOTES_MAX_CHARS)),
      /** The engine's numbers from each follow-up's re-run, by probe id (sentences). */
      evidence: z.record(id, z.array(z.string().max(1_000)).max(8)),
    })
    .optional(),
});
export type MockDraft = z.infer<typeof mockDraftSchema>;

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

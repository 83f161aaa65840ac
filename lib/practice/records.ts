import '@/lib/zod-csp';
import { z } from 'zod';

/**
 * What practice writes down: a flashcard's memory state, one review, a mock interview in progress.
 * The saved-progress schema (lib/progress/schema.ts) stores these as they are; they live here so
 * that practice (scheduling, daily limits, the interview clock) never depends on how progress is
 * saved, and lib/progress may use practice without a cycle.
 */

/** An ISO 8601 date with offset: exported files stay readable. */
export const isoDateSchema = z.iso.datetime({ offset: true });
/** A question, scenario, chapter or challenge id. */
export const idSchema = z.string().min(1).max(200);

/** FSRS memory state of one card, as ts-fsrs v5 defines it (dates as ISO strings). */
export const storedCardSchema = z.strictObject({
  due: isoDateSchema,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsed_days: z.number().nonnegative(),
  scheduled_days: z.number().nonnegative(),
  learning_steps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  /** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs `State`). */
  state: z.number().int().min(0).max(3),
  last_review: isoDateSchema.optional(),
});
export type StoredCard = z.infer<typeof storedCardSchema>;

/** One flashcard review, for the daily new-card limit and the statistics (reviews per day, retention). */
export const reviewLogEntrySchema = z.strictObject({
  questionId: idSchema,
  at: isoDateSchema,
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
  scenarioId: idSchema,
  startedAt: isoDateSchema,
  /** Index into the interview phases. */
  phase: z.number().int().min(0).max(20),
  /** Milliseconds spent in each phase so far (by phase id), not counting the running stretch. */
  phaseMs: z.record(idSchema, z.number().nonnegative()),
  /** When the clock last started (ISO), or null while paused. */
  runningSince: isoDateSchema.nullable(),
  notes: z.record(idSchema, z.string().max(NOTES_MAX_CHARS)),
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
      answers: z.record(idSchema, z.string().max(NOTES_MAX_CHARS)),
      /** The engine's numbers from each follow-up's re-run, by probe id (sentences). */
      evidence: z.record(idSchema, z.array(z.string().max(1_000)).max(8)),
    })
    .optional(),
});
export type MockDraft = z.infer<typeof mockDraftSchema>;

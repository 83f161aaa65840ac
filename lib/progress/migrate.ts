import { z } from 'zod';
import { DEFAULT_NEW_CARDS_PER_DAY, PROGRESS_VERSION, progressSchema, progressV1Schema, progressV2Schema, type ProgressData, type ProgressV1, type ProgressV2 } from './schema';

/** Marks a JSON value (saved progress or an exported file) as Prepup progress. */
export const PROGRESS_APP_ID = 'prepup-progress';

/** The wrapper around saved state: what wrote it and in which schema version. */
export const envelopeSchema = z.object({
  app: z.literal(PROGRESS_APP_ID),
  version: z.number().int().min(1),
  exportedAt: z.string().optional(),
  state: z.unknown(),
});
export type ProgressEnvelope = z.infer<typeof envelopeSchema>;

/** Outcome of reading saved progress: the current-version data, or why it could not be read. */
export type ReadResult = { ok: true; data: ProgressData; migratedFrom?: number } | { ok: false; reason: string };

/** v1 → v2: the flat card list becomes a record keyed by question id (later duplicates win); FSRS v5 adds `learning_steps`. */
export function migrateV1toV2(v1: ProgressV1): ProgressV2 {
  const cards: ProgressData['cards'] = {};
  for (const c of v1.cards) {
    cards[c.questionId] = {
      due: c.due,
      stability: c.stability,
      difficulty: c.difficulty,
      elapsed_days: c.elapsedDays,
      scheduled_days: c.scheduledDays,
      // v1 kept no step; 0 restarts a learning card at its first step, which is what FSRS does for an unknown step.
      learning_steps: 0,
      reps: c.reps,
      lapses: c.lapses,
      state: c.state,
      ...(c.lastReview ? { last_review: c.lastReview } : {}),
    };
  }
  return { chaptersRead: v1.chaptersRead, simsExplored: {}, predictions: {}, cards, mockHistory: v1.mockHistory, challenges: v1.challenges };
}

/** v2 → v3: no drills, review log or interview in progress yet; the default daily new-card limit. */
export function migrateV2toV3(v2: ProgressV2): ProgressData {
  return { ...v2, drillAttempts: [], reviewLog: [], mockDraft: null, settings: { newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY } };
}

/** Each step reads one version with that version's own schema and returns the next version's state. */
const STEPS: Record<number, (state: unknown) => unknown> = {
  1: (state) => migrateV1toV2(progressV1Schema.parse(state)),
  2: (state) => migrateV2toV3(progressV2Schema.parse(state)),
};

/** "cards.q1.due: Invalid ISO datetime; …" — the first few zod issues, for people. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}

/**
 * Reads an envelope of any known version, migrates it step by step and validates the result.
 *
 * @example
 * readEnvelope({ app: 'prepup-progress', version: 3, state: emptyProgress() }); // { ok: true, data: … }
 */
export function readEnvelope(value: unknown): ReadResult {
  const env = envelopeSchema.safeParse(value);
  if (!env.success) return { ok: false, reason: 'it is not Prepup progress data (no "app": "prepup-progress" and version)' };
  const { version } = env.data;
  if (version > PROGRESS_VERSION) return { ok: false, reason: `it was saved by a newer version of Prepup (format ${version}; this one reads up to ${PROGRESS_VERSION})` };
  let state = env.data.state;
  try {
    for (let v = version; v < PROGRESS_VERSION; v++) {
      const step = STEPS[v];
      if (!step) return { ok: false, reason: `format ${version} can no longer be read` };
      state = step(state);
    }
  } catch (e) {
    return { ok: false, reason: e instanceof z.ZodError ? `format ${version} data is damaged: ${describeIssues(e)}` : String(e) };
  }
  const parsed = progressSchema.safeParse(state);
  if (!parsed.success) return { ok: false, reason: `the data is damaged: ${describeIssues(parsed.error)}` };
  return version < PROGRESS_VERSION ? { ok: true, data: parsed.data, migratedFrom: version } : { ok: true, data: parsed.data };
}

/** Parses JSON text and reads it as an envelope; a syntax error is reported, never thrown. */
export function readProgressText(text: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  return readEnvelope(value);
}

/** Wraps data in the current envelope. */
export function toEnvelope(data: ProgressData, extra: { exportedAt?: string } = {}): ProgressEnvelope {
  return { app: PROGRESS_APP_ID, version: PROGRESS_VERSION, ...extra, state: data };
}

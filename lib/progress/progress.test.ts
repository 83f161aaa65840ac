import { describe, expect, it } from 'vitest';
import { readEnvelope, readProgressText, toEnvelope } from './migrate';
import { emptyProgress, progressSchema, type ProgressV1 } from './schema';
import { BACKUP_PREFIX, memoryStorage, NOTICE_KEY, PROGRESS_KEY } from './storage';
import { createProgressStore } from './store';
import { exportProgress, importProgress } from './transfer';

const T = '2026-03-01T10:00:00.000Z';
const clock = () => new Date(T);

/** What release 1 wrote: cards as a flat list, camelCase, no learning step, no sims or predictions. */
const v1: ProgressV1 = {
  chaptersRead: { clones: T },
  cards: [
    { questionId: 'q-a', due: '2026-03-04T10:00:00.000Z', stability: 3.2, difficulty: 5.1, elapsedDays: 0, scheduledDays: 3, reps: 2, lapses: 0, state: 2, lastReview: T },
    { questionId: 'q-b', due: T, stability: 0.4, difficulty: 7, elapsedDays: 0, scheduledDays: 0, reps: 1, lapses: 1, state: 3 },
  ],
  mockHistory: [{ id: 'm1', scenarioId: 'sessions', at: T, elapsedSec: 1800, stepsDone: ['clarify'], scores: { clarify: 3 } }],
  challenges: { 'lb-1200': { stars: 2, cost: 5, values: { servers: 5 }, at: T } },
};
const v1Envelope = { app: 'prepup-progress', version: 1, state: v1 };

describe('migrations', () => {
  it('reads v1: cards keyed by id with snake_case FSRS fields, new sections empty', () => {
    const r = readEnvelope(v1Envelope);
    expect(r.ok && r.migratedFrom).toBe(1);
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.cards['q-a']).toEqual({ due: '2026-03-04T10:00:00.000Z', stability: 3.2, difficulty: 5.1, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: T });
    expect(r.data.cards['q-b']).not.toHaveProperty('last_review');
    expect(r.data.simsExplored).toEqual({});
    expect(r.data.predictions).toEqual({});
    expect(r.data.chaptersRead).toEqual(v1.chaptersRead);
    expect(r.data.mockHistory).toEqual(v1.mockHistory);
    expect(r.data.challenges).toEqual(v1.challenges);
    expect(progressSchema.safeParse(r.data).success).toBe(true);
  });

  it('reads v2 as v3: drills, review log and interview in progress empty, 10 new cards a day', () => {
    const v2 = { chaptersRead: { clones: T }, simsExplored: { QueueSim: T }, predictions: {}, cards: {}, mockHistory: v1.mockHistory, challenges: v1.challenges };
    const r = readEnvelope({ app: 'prepup-progress', version: 2, state: v2 });
    if (!r.ok) throw new Error(r.reason);
    expect(r.migratedFrom).toBe(2);
    expect(r.data).toEqual({ ...v2, drillAttempts: [], reviewLog: [], mockDraft: null, settings: { newCardsPerDay: 10 } });
    // v1 goes through both steps
    const from1 = readEnvelope(v1Envelope);
    expect(from1.ok && from1.data.settings.newCardsPerDay).toBe(10);
  });

  it('rejects a damaged v2 file with the v2 field that is wrong', () => {
    const r = readEnvelope({ app: 'prepup-progress', version: 2, state: { chaptersRead: {}, simsExplored: {}, predictions: {}, cards: {}, mockHistory: [], challenges: {}, drillAttempts: [] } });
    expect(!r.ok && r.reason).toMatch(/format 2 .*drillAttempts/);
  });

  it('reads the current version unchanged', () => {
    const data = { ...emptyProgress(), simsExplored: { QueueSim: T } };
    expect(readEnvelope(toEnvelope(data))).toEqual({ ok: true, data });
  });

  it('rejects damaged v1 data with the v1 field that is wrong', () => {
    const bad = { ...v1Envelope, state: { ...v1, cards: [{ ...v1.cards[0], reps: -1 }] } };
    const r = readEnvelope(bad);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/format 1 .*cards\.0\.reps/);
  });

  it('rejects a newer version instead of guessing', () => {
    const r = readEnvelope({ app: 'prepup-progress', version: 99, state: {} });
    expect(!r.ok && r.reason).toMatch(/newer version/);
  });
});

describe('storage recovery', () => {
  it('sets corrupt JSON aside under a backup key, starts fresh and leaves a notice', () => {
    const web = memoryStorage({ [PROGRESS_KEY]: '{"app":"prepup-progress", oops' });
    const store = createProgressStore(web, clock);
    void store.persist.rehydrate();
    expect(store.persist.hasHydrated()).toBe(true);
    expect(store.getState().cards).toEqual({});
    const [notice] = store.status.getState().asides;
    expect(notice?.reason).toMatch(/not valid JSON/);
    expect(notice?.held).toBe(false);
    expect(web.getItem(notice!.backupKey!)).toBe('{"app":"prepup-progress", oops');
    expect(notice!.backupKey!.startsWith(BACKUP_PREFIX)).toBe(true);
    expect(web.getItem(PROGRESS_KEY)).toBeNull();
    // the notice survives a reload until dismissed
    const again = createProgressStore(web, clock);
    void again.persist.rehydrate();
    expect(again.status.getState().asides.map((a) => a.reason)).toEqual([notice!.reason]);
    again.getState().dismissAside(notice!.id);
    expect(again.status.getState().asides).toEqual([]);
    expect(web.getItem(NOTICE_KEY)).toBeNull();
    expect(web.getItem(notice!.backupKey!)).not.toBeNull();
  });

  it('reads the notice an earlier release saved (one object, not a list)', () => {
    const web = memoryStorage({ [NOTICE_KEY]: JSON.stringify({ reason: 'Your saved progress could not be read: it is not valid JSON.', backupKey: `${BACKUP_PREFIX}${T}`, at: T }) });
    const store = createProgressStore(web, clock);
    void store.persist.rehydrate();
    expect(store.status.getState().asides).toMatchObject([{ what: 'progress', backupKey: `${BACKUP_PREFIX}${T}`, held: false }]);
  });

  it('sets aside valid JSON that is not progress (unknown shape) and invalid fields', () => {
    for (const raw of ['[1,2,3]', JSON.stringify(toEnvelope({ ...emptyProgress(), chaptersRead: { x: 'yesterday' } }))]) {
      const web = memoryStorage({ [PROGRESS_KEY]: raw });
      const store = createProgressStore(web, clock);
      void store.persist.rehydrate();
      expect(store.status.getState().asides).toHaveLength(1);
      expect(store.getState().chaptersRead).toEqual({});
    }
  });

  it('migrates v1 in storage and writes the current version back', () => {
    const web = memoryStorage({ [PROGRESS_KEY]: JSON.stringify(v1Envelope) });
    const store = createProgressStore(web, clock);
    void store.persist.rehydrate();
    expect(Object.keys(store.getState().cards)).toEqual(['q-a', 'q-b']);
    expect(JSON.parse(web.getItem(PROGRESS_KEY)!).version).toBe(3);
    expect(store.status.getState().asides).toEqual([]);
  });

  it('an action before hydration does not overwrite saved progress', () => {
    const saved = { ...emptyProgress(), chaptersRead: { clones: T } };
    const web = memoryStorage({ [PROGRESS_KEY]: JSON.stringify(toEnvelope(saved)) });
    const store = createProgressStore(web, clock);
    store.getState().markSimExplored('QueueSim');
    const after = readProgressText(web.getItem(PROGRESS_KEY)!);
    expect(after.ok && after.data.chaptersRead).toEqual({ clones: T });
    expect(after.ok && after.data.simsExplored).toEqual({ QueueSim: T });
  });

  it('keeps working in memory when storage throws, and says the change was not saved', () => {
    const broken = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); }, removeItem: () => {} };
    const store = createProgressStore(broken, clock);
    void store.persist.rehydrate();
    expect(store.getState().markChapterRead('clones')).toMatchObject({ saved: false, reason: 'blocked' });
    expect(store.getState().chaptersRead).toEqual({ clones: T });
  });
});

describe('drills, reviews, interview drafts and settings', () => {
  it('logs reviews, records drills, keeps and clears the interview in progress', () => {
    const store = createProgressStore(memoryStorage(), clock);
    const card = { due: T, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state: 1 };
    store.getState().reviewCard('q1', card, { at: T, rating: 3, stateBefore: 0 });
    expect(store.getState().cards.q1).toEqual(card);
    expect(store.getState().reviewLog).toEqual([{ questionId: 'q1', at: T, rating: 3, stateBefore: 0 }]);
    store.getState().recordDrill({ templateId: 'avg-rps', seed: 7, at: T, guess: 115, correct: true });
    expect(store.getState().drillAttempts).toHaveLength(1);
    const draft = { scenarioId: 's', startedAt: T, phase: 1, phaseMs: { clarify: 60_000 }, runningSince: T, notes: { clarify: 'DAU?' }, followUpShown: false };
    store.getState().saveMockDraft(draft);
    expect(store.getState().mockDraft).toEqual(draft);
    store.getState().recordMock({ id: 'm', scenarioId: 's', at: T, elapsedSec: 60, stepsDone: [], scores: { design: 3 }, notes: draft.notes });
    expect(store.getState().mockDraft).toBeNull();
    expect(store.getState().mockHistory[0]?.notes).toEqual({ clarify: 'DAU?' });
  });

  it('clamps the daily new-card limit to 0–200 whole cards', () => {
    const store = createProgressStore(memoryStorage(), clock);
    store.getState().setNewCardsPerDay(-3);
    expect(store.getState().settings.newCardsPerDay).toBe(0);
    store.getState().setNewCardsPerDay(12.6);
    expect(store.getState().settings.newCardsPerDay).toBe(13);
    store.getState().setNewCardsPerDay(10_000);
    expect(store.getState().settings.newCardsPerDay).toBe(200);
  });
});

describe('challenge bests', () => {
  it('keeps more stars, then lower cost', () => {
    const store = createProgressStore(memoryStorage(), clock);
    const rec = (stars: number, cost: number) => store.getState().recordChallenge('c', { stars, cost, values: {}, at: T }).kept;
    expect(rec(1, 6)).toBe(true);
    expect(rec(1, 7)).toBe(false);
    expect(rec(2, 9)).toBe(true);
    expect(rec(2, 8)).toBe(true);
    expect(rec(1, 1)).toBe(false);
    expect(store.getState().challenges.c).toMatchObject({ stars: 2, cost: 8 });
    store.getState().clearChallenge('c');
    expect(store.getState().challenges).toEqual({});
    expect(rec(1, 9)).toBe(true);
  });
});

describe('export and import', () => {
  const data = { ...emptyProgress(), chaptersRead: { clones: T }, predictions: { q: { verdict: 'close' as const, at: T } } };

  it('round-trips an export', () => {
    const { fileName, text } = exportProgress(data, new Date(T));
    expect(fileName).toBe('prepup-progress-2026-03-01.json');
    expect(importProgress(text)).toEqual({ ok: true, data, skipped: [] });
  });

  it('imports a v1 file through the migration', () => {
    const r = importProgress(JSON.stringify(v1Envelope));
    expect(r.ok && r.migratedFrom).toBe(1);
  });

  it.each([
    ['not JSON', 'hello', /is not valid JSON/],
    ['another app', '{"foo": 1}', /not Prepup progress data/],
    ['a bad field', JSON.stringify(toEnvelope({ ...data, cards: { q: { due: 'soon' } } } as never)), /damaged: cards\.q\./],
    ['a newer file', JSON.stringify({ app: 'prepup-progress', version: 4, state: {} }), /newer version/],
  ])('rejects %s with a clear message', (_name, text, pattern) => {
    const r = importProgress(text, 'backup.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(pattern);
    expect(r.message).toMatch(/^Could not import backup\.json: .*Your current progress is unchanged\.$/);
  });
});

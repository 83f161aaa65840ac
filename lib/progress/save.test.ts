import { describe, expect, it } from 'vitest';
import { readProgressText, toEnvelope } from './migrate';
import { emptyProgress, type MockDraft } from './schema';
import { claim, reasonText } from './status';
import { BACKUP_PREFIX, NOTICE_KEY, PROGRESS_KEY, unavailableStorage, type WebStorage } from './storage';
import { createProgressStore, INTERVIEW_ASIDE_PREFIX } from './store';

const T = '2026-03-01T10:00:00.000Z';
const clock = () => new Date(T);

/**
 * A Web Storage with a quota like a browser's: the characters of every key and value count, and a
 * write that would go over `quotaChars` throws QuotaExceededError and changes nothing.
 */
function quotaStorage(quotaChars: number, initial: Record<string, string> = {}): WebStorage & { map: Map<string, string>; fill(): void } {
  const map = new Map(Object.entries(initial));
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      const next = used() - (map.has(k) ? k.length + map.get(k)!.length : 0) + k.length + String(v).length;
      if (next > quotaChars) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, String(v));
    },
    removeItem: (k) => void map.delete(k),
    /** Fills what is left with filler keys, as the e2e tests do in a real browser. */
    fill() {
      let i = 0;
      for (let size = quotaChars; size >= 1; ) {
        try {
          this.setItem(`filler-${i++}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    },
  };
}

const saved = (web: WebStorage) => {
  const raw = web.getItem(PROGRESS_KEY);
  const r = raw === null ? null : readProgressText(raw);
  return r?.ok ? r.data : null;
};
const hydrated = (web: WebStorage) => {
  const store = createProgressStore(web, clock);
  void store.persist.rehydrate();
  return store;
};
const card = { due: T, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state: 1 };
const draft: MockDraft = { scenarioId: 'gone-scenario', startedAt: T, phase: 1, phaseMs: { clarify: 60_000 }, runningSince: null, notes: { clarify: 'DAU 10M, reads 100:1' }, followUpShown: false };

describe('a full browser storage', () => {
  it('every change says it was not saved, keeps it in memory, and the next write that fits saves it all', () => {
    const web = quotaStorage(20_000);
    const store = hydrated(web);
    web.fill();
    const s = store.getState();
    const outcomes = [
      s.markChapterRead('clones'),
      s.saveReadingTime('cache', 30_000),
      s.markSimExplored('QueueSim'),
      s.recordPrediction('q', 'right'),
      s.reviewCard('q1', card, { at: T, rating: 3, stateBefore: 0 }),
      s.saveCard('q2', card),
      s.recordDrill({ templateId: 'avg-rps', seed: 7, at: T, guess: 115, correct: true }),
      s.saveMockDraft(draft),
      s.recordMock({ id: 'm', scenarioId: 's', at: T, elapsedSec: 60, stepsDone: [], scores: { design: 3 } }),
      s.setNewCardsPerDay(12),
      s.recordChallenge('c', { stars: 2, cost: 5, values: {}, at: T }),
      s.clearChallenge('c'),
    ];
    for (const o of outcomes) expect(o).toMatchObject({ saved: false, reason: 'full' });
    expect(saved(web)).toBeNull();
    // a change that changes nothing still says the page's progress is not saved
    expect(store.getState().markChapterRead('clones').saved).toBe(false);
    expect(store.getState().chaptersRead).toEqual({ clones: T });

    for (const k of [...web.map.keys()].filter((k) => k.startsWith('filler-'))) web.removeItem(k);
    expect(store.getState().markSimExplored('CacheSim').saved).toBe(true);
    expect(saved(web)).toMatchObject({ chaptersRead: { clones: T }, drillAttempts: [{ templateId: 'avg-rps' }], settings: { newCardsPerDay: 12 } });
    expect(store.status.getState().last.saved).toBe(true);
  });

  it('a failure stays unclaimed (for the page-wide alert) until a component shows it', () => {
    const web = quotaStorage(5_000);
    const store = hydrated(web);
    web.fill();
    const outcome = store.getState().markSimExplored('QueueSim');
    expect(store.status.getState().unclaimed).toEqual({ seq: outcome.seq, reason: 'full' });
    claim(store.status, outcome);
    expect(store.status.getState().unclaimed).toBeNull();
    expect(reasonText('full')).toBe('your browser’s storage for this site is full');
  });

  it('import and reset are all or nothing: refused, nothing changes', () => {
    const web = quotaStorage(3_000);
    const store = hydrated(web);
    store.getState().markChapterRead('clones');
    const big = { ...emptyProgress(), predictions: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`question ${i}`, { verdict: 'right' as const, at: T }])) };
    const refused = store.getState().replaceAll(big);
    expect(refused).toMatchObject({ saved: false, reason: 'full' });
    expect(store.getState().predictions).toEqual({});
    expect(store.getState().chaptersRead).toEqual({ clones: T });
    // what the page shows is still what is saved
    expect(store.status.getState().last.saved).toBe(true);
    expect(store.getState().replaceAll({ ...emptyProgress(), simsExplored: { QueueSim: T } }).saved).toBe(true);
    expect(saved(web)?.simsExplored).toEqual({ QueueSim: T });
    expect(store.getState().chaptersRead).toEqual({});
  });

  it('with no localStorage at all, every change says so (blocked)', () => {
    const store = hydrated(unavailableStorage());
    expect(store.getState().recordDrill({ templateId: 'avg-rps', seed: 1, at: T, guess: 1, correct: false })).toMatchObject({ saved: false, reason: 'blocked' });
    expect(store.getState().reset()).toMatchObject({ saved: false, reason: 'blocked' });
  });
});

describe('corrupt saved progress is never overwritten before a copy exists', () => {
  const QUOTA = 10_000;
  const corrupt = (chars: number) => `{"app":"prepup-progress","version":3,"state":${'9'.repeat(chars)}`;

  for (const [name, chars, fill] of [
    ['half the quota (no room for a copy)', QUOTA / 2, false],
    ['the whole quota', QUOTA - PROGRESS_KEY.length - 60, false],
    ['small, with the storage full', 500, true],
  ] as const) {
    it(`${name}: held in place with a notice in memory; nothing written over it until downloaded`, () => {
      const raw = corrupt(chars);
      const web = quotaStorage(QUOTA, { [PROGRESS_KEY]: raw });
      if (fill) web.fill();
      const store = hydrated(web);
      const [notice] = store.status.getState().asides;
      expect(notice).toMatchObject({ what: 'progress', held: true, backupKey: null, text: raw });
      expect(notice!.reason).toMatch(/could not be read/);
      // no backup half-written, no notice saved: the original is all there is, untouched
      expect([...web.map.keys()].filter((k) => k.startsWith(BACKUP_PREFIX) || k === NOTICE_KEY)).toEqual([]);
      const outcome = store.getState().reviewCard('q1', card, { at: T, rating: 3, stateBefore: 0 });
      expect(outcome).toMatchObject({ saved: false, reason: 'held' });
      expect(store.getState().reset()).toMatchObject({ saved: false, reason: 'held' });
      expect(web.getItem(PROGRESS_KEY)).toBe(raw);

      // a reload (or another tab) finds it again and says so again
      const again = hydrated(web);
      expect(again.status.getState().asides).toMatchObject([{ held: true, text: raw }]);
      // a storage event re-reading the same text changes nothing
      void store.persist.rehydrate();
      expect(store.getState().cards.q1).toEqual(card);

      // downloaded: now the progress made meanwhile goes over it
      if (fill) for (const k of [...web.map.keys()].filter((k) => k.startsWith('filler-'))) web.removeItem(k);
      expect(store.getState().releaseAside(notice!.id, 'downloaded').saved).toBe(true);
      expect(saved(web)?.cards.q1).toEqual(card);
      expect(store.status.getState().asides).toMatchObject([{ id: notice!.id, held: false, text: raw }]);
    });
  }

  it('a copy that fits but no room for the notice: the copy is removed again and the original held', () => {
    const raw = corrupt(4_000);
    // room for the copy, not for the copy and the notice
    const web = quotaStorage(PROGRESS_KEY.length + raw.length + BACKUP_PREFIX.length + 24 + raw.length + 50, { [PROGRESS_KEY]: raw });
    const store = hydrated(web);
    expect(store.status.getState().asides).toMatchObject([{ held: true }]);
    expect([...web.map.keys()]).toEqual([PROGRESS_KEY]);
  });

  it('"start fresh" drops the notice and saves over the original', () => {
    const web = quotaStorage(QUOTA, { [PROGRESS_KEY]: corrupt(QUOTA / 2) });
    const store = hydrated(web);
    const [notice] = store.status.getState().asides;
    expect(store.getState().releaseAside(notice!.id, 'discarded').saved).toBe(true);
    expect(saved(web)).toEqual(emptyProgress());
    expect(store.status.getState().asides).toEqual([]);
  });
});

describe('an interview in progress whose scenario is gone', () => {
  const withDraft = (quota: number) => {
    const web = quotaStorage(quota, { [PROGRESS_KEY]: JSON.stringify(toEnvelope({ ...emptyProgress(), mockDraft: draft })) });
    return { web, store: hydrated(web) };
  };

  it('is kept aside with its notes and a notice, then cleared', () => {
    const { web, store } = withDraft(20_000);
    expect(store.getState().setMockDraftAside('Its scenario is no longer in the course.').saved).toBe(true);
    const [notice] = store.status.getState().asides;
    expect(notice).toMatchObject({ what: 'interview', held: false });
    expect(notice!.backupKey!.startsWith(INTERVIEW_ASIDE_PREFIX)).toBe(true);
    expect(JSON.parse(web.getItem(notice!.backupKey!)!).notes).toEqual(draft.notes);
    expect(saved(web)?.mockDraft).toBeNull();
    expect(hydrated(web).status.getState().asides).toMatchObject([{ id: notice!.id, what: 'interview' }]);
  });

  it('with no room for the copy, stays where it is until downloaded or discarded', () => {
    const { web, store } = withDraft(20_000);
    web.fill();
    store.getState().setMockDraftAside('gone');
    expect(store.status.getState().asides).toMatchObject([{ what: 'interview', held: true }]);
    expect(store.getState().mockDraft).toEqual(draft);
    // asking again (the page re-renders) keeps one notice
    store.getState().setMockDraftAside('gone');
    expect(store.status.getState().asides).toHaveLength(1);
    for (const k of [...web.map.keys()].filter((k) => k.startsWith('filler-'))) web.removeItem(k);
    store.getState().releaseAside(store.status.getState().asides[0]!.id, 'discarded');
    expect(saved(web)?.mockDraft).toBeNull();
    expect(store.status.getState().asides).toEqual([]);
  });
});

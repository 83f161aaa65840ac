import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyProgress, PROGRESS_VERSION, type ChallengeBest, type DrillAttempt, type MockDraft, type MockRecord, type Prediction, type ProblemBest, type ProblemProgress, type ProgressData, type ReviewLogEntry, type StoredCard } from './schema';
import { createSaveStatus, dropAside, publishAsides, saveStatus, type SaveOutcome, type SaveStatusStore } from './status';
import { createProgressStorage, forgetNotice, keepAside, memoryStorage, PROGRESS_KEY, unavailableStorage, type WebStorage } from './storage';

/** Mock interviews kept in history (oldest dropped first). */
export const MOCK_HISTORY_LIMIT = 100;
/** Drill attempts and flashcard reviews kept (oldest dropped first). */
export const DRILL_HISTORY_LIMIT = 1_000;
export const REVIEW_LOG_LIMIT = 5_000;

/**
 * What components can do to the learner's progress. Every change returns its {@link SaveOutcome}
 * (saved, or why it lives only in this page's memory) for the component to show where the learner
 * acted (components/progress/NotSaved.tsx); a failure no component shows reaches the page-wide alert.
 */
export interface ProgressActions {
  markChapterRead(slug: string): SaveOutcome;
  /** Read tracking: un-marks a chapter (the learner's own "not read yet"). */
  markChapterUnread(slug: string): SaveOutcome;
  /** Read tracking: the active reading time so far on a chapter not yet read (kept if larger than the saved one). */
  saveReadingTime(slug: string, totalMs: number): SaveOutcome;
  /** For simulations: the learner ran or changed this simulation (`id` = its MDX name or playground slug). */
  markSimExplored(id: string): SaveOutcome;
  recordPrediction(key: string, verdict: Prediction['verdict']): SaveOutcome;
  saveCard(questionId: string, card: StoredCard): SaveOutcome;
  /** Saves the card after a review and logs the review (for the daily new-card limit and the statistics). */
  reviewCard(questionId: string, card: StoredCard, log: Omit<ReviewLogEntry, 'questionId'>): SaveOutcome;
  recordMock(result: MockRecord): SaveOutcome;
  /** Saves (or with null, clears) the mock interview in progress. */
  saveMockDraft(draft: MockDraft | null): SaveOutcome;
  /**
   * Keeps the interview in progress aside (its scenario no longer exists): a copy and a notice,
   * then the draft is cleared. With no room for the copy it stays where it is, held, until the
   * learner downloads or discards it ({@link ProgressActions.releaseAside}).
   */
  setMockDraftAside(reason: string): SaveOutcome;
  recordDrill(attempt: DrillAttempt): SaveOutcome;
  setNewCardsPerDay(n: number): SaveOutcome;
  /** Keeps the attempt if it beats the best so far (more stars, then lower cost); `kept` says whether it did. */
  recordChallenge(challengeId: string, attempt: ChallengeBest): SaveOutcome & { kept: boolean };
  /** Forgets a best that today's rules refuse (a value off a slider's step, say). */
  clearChallenge(challengeId: string): SaveOutcome;
  /** Saves what the learner did on a design problem so far (estimates, the design, the rubric self-score). */
  saveProblemWork(problemId: string, patch: Partial<Pick<ProblemProgress, 'estimates' | 'estimatesChecked' | 'design' | 'rubric'>>): SaveOutcome;
  /** Keeps a grade if it beats the problem's best so far (more goals met, then a lower bill); `kept` says whether it did. */
  recordProblemGrade(problemId: string, grade: ProblemBest): SaveOutcome & { kept: boolean };
  /** Replaces everything (import). All or nothing: when the browser refuses the write, nothing changes. */
  replaceAll(data: ProgressData): SaveOutcome;
  /** Deletes everything. All or nothing, like {@link ProgressActions.replaceAll}. */
  reset(): SaveOutcome;
  /**
   * A held item was downloaded (or the learner chose to discard it): writes may go over it now.
   * A downloaded item stays listed (it can be downloaded again this visit); a discarded one goes.
   */
  releaseAside(id: string, how: 'downloaded' | 'discarded'): SaveOutcome;
  /** Forgets the notice of an item set aside (its copy stays in storage). */
  dismissAside(id: string): void;
}

/** The store's state: the saved data and the actions. */
export type ProgressState = ProgressData & ProgressActions;
/** A persisted progress store, with the status its writes report to. */
export type ProgressStore = StoreApi<ProgressState> & {
  persist: { rehydrate(): Promise<void>; hasHydrated(): boolean; onFinishHydration(fn: (s: ProgressState) => void): () => void };
  status: SaveStatusStore;
};

const DATA_KEYS = Object.keys(emptyProgress()) as (keyof ProgressData)[];

/** The saved part of the state. */
export function pickData(s: ProgressData): ProgressData {
  return Object.fromEntries(DATA_KEYS.map((k) => [k, s[k]])) as ProgressData;
}

/** Whether `a` beats `b`: more stars, or as many for less. */
export function isBetterAttempt(a: ChallengeBest, b: ChallengeBest | undefined): boolean {
  return !b || a.stars > b.stars || (a.stars === b.stars && a.cost < b.cost);
}

/** Key prefix of interviews in progress kept aside (their scenario is gone). */
export const INTERVIEW_ASIDE_PREFIX = 'prepup-interview-aside-';

/** Whether grade `a` beats `b`: more goals met, or as many for a lower monthly bill. */
export function isBetterGrade(a: ProblemBest, b: ProblemBest | undefined): boolean {
  if (!b) return true;
  const share = (g: ProblemBest) => g.passed / g.total;
  if (share(a) !== share(b)) return share(a) > share(b);
  return (a.monthlyCost ?? Infinity) < (b.monthlyCost ?? Infinity);
}

/**
 * Creates the progress store over a Web Storage (localStorage in the browser). Hydration is
 * manual (`persist.rehydrate()`) so the server HTML and the first client render agree; every
 * action hydrates first, because a write before hydration would overwrite saved progress.
 * Writes report to `status` (the page's shared one in the browser, a fresh one by default).
 *
 * @example
 * const store = createProgressStore(memoryStorage());
 * store.getState().markChapterRead('clones'); // { saved: true, seq: 1 }
 */
export function createProgressStore(web: WebStorage = memoryStorage(), clock: () => Date = () => new Date(), status: SaveStatusStore = createSaveStatus()): ProgressStore {
  const storage = createProgressStorage(web, status, clock);
  const store = createStore<ProgressState>()(
    persist(
      (set, get, api) => {
        const ready = () => {
          const p = (api as unknown as ProgressStore).persist;
          if (!p.hasHydrated()) void p.rehydrate();
        };
        const now = () => clock().toISOString();
        /** Whether the page's progress is saved now (the outcome of a change that changed nothing). */
        const current = () => status.getState().last;
        /** Applies a change; the persist middleware writes it and the storage publishes the outcome. */
        const commit = (patch: Partial<ProgressData>): SaveOutcome => {
          set(patch);
          return current();
        };
        /** All or nothing: writes first, and changes memory only if the browser took it. */
        const commitAtomic = (next: ProgressData): SaveOutcome => {
          const before = current();
          const outcome = storage.write(next);
          if (!outcome.saved) {
            // Memory still matches what is saved (or not) as before this attempt.
            status.setState({ last: { ...before, seq: outcome.seq } });
            return outcome;
          }
          return commit(next);
        };
        return {
          ...emptyProgress(),
          markChapterRead(slug) {
            ready();
            return get().chaptersRead[slug] ? current() : commit({ chaptersRead: { ...get().chaptersRead, [slug]: now() } });
          },
          markChapterUnread(slug) {
            ready();
            if (!get().chaptersRead[slug]) return current();
            return commit({ chaptersRead: Object.fromEntries(Object.entries(get().chaptersRead).filter(([k]) => k !== slug)) });
          },
          saveReadingTime(slug, totalMs) {
            ready();
            const saved = get().readingMs ?? {};
            if (get().chaptersRead[slug] || !(totalMs > (saved[slug] ?? 0))) return current();
            return commit({ readingMs: { ...saved, [slug.slice(0, 200)]: Math.min(1e10, Math.round(totalMs)) } });
          },
          markSimExplored(id) {
            ready();
            return get().simsExplored[id] ? current() : commit({ simsExplored: { ...get().simsExplored, [id]: now() } });
          },
          recordPrediction(key, verdict) {
            ready();
            return commit({ predictions: { ...get().predictions, [key.slice(0, 200)]: { verdict, at: now() } } });
          },
          saveCard(questionId, card) {
            ready();
            return commit({ cards: { ...get().cards, [questionId]: card } });
          },
          reviewCard(questionId, card, log) {
            ready();
            return commit({ cards: { ...get().cards, [questionId]: card }, reviewLog: [...get().reviewLog, { questionId, ...log }].slice(-REVIEW_LOG_LIMIT) });
          },
          recordMock(result) {
            ready();
            return commit({ mockHistory: [...get().mockHistory, result].slice(-MOCK_HISTORY_LIMIT), mockDraft: null });
          },
          saveMockDraft(draft) {
            ready();
            return commit({ mockDraft: draft });
          },
          setMockDraftAside(reason) {
            ready();
            const draft = get().mockDraft;
            if (!draft) return current();
            const id = `${INTERVIEW_ASIDE_PREFIX}${draft.scenarioId}-${draft.startedAt}`.slice(0, 300);
            const known = status.getState().asides.find((a) => a.id === id);
            if (known?.held) return current();
            const kept =
              known ??
              keepAside(web, status, {
                id,
                what: 'interview',
                reason,
                backupKey: id,
                at: now(),
                text: `${JSON.stringify(draft, null, 2)}\n`,
                fileName: `prepup-interview-${draft.scenarioId}-${draft.startedAt.slice(0, 10)}.json`,
              });
            return kept.held ? current() : commit({ mockDraft: null });
          },
          recordDrill(attempt) {
            ready();
            return commit({ drillAttempts: [...get().drillAttempts, attempt].slice(-DRILL_HISTORY_LIMIT) });
          },
          setNewCardsPerDay(n) {
            ready();
            return commit({ settings: { ...get().settings, newCardsPerDay: Math.max(0, Math.min(200, Math.round(n))) } });
          },
          recordChallenge(challengeId, attempt) {
            ready();
            if (!isBetterAttempt(attempt, get().challenges[challengeId])) return { ...current(), kept: false };
            return { ...commit({ challenges: { ...get().challenges, [challengeId]: attempt } }), kept: true };
          },
          clearChallenge(challengeId) {
            ready();
            if (!get().challenges[challengeId]) return current();
            const { [challengeId]: _dropped, ...rest } = get().challenges;
            void _dropped;
            return commit({ challenges: rest });
          },
          saveProblemWork(problemId, patch) {
            ready();
            const all = get().problems ?? {};
            const prev = all[problemId] ?? { estimates: {}, estimatesChecked: false };
            return commit({ problems: { ...all, [problemId]: { ...prev, ...patch, at: now() } } });
          },
          recordProblemGrade(problemId, grade) {
            ready();
            const all = get().problems ?? {};
            const prev = all[problemId] ?? { estimates: {}, estimatesChecked: false, at: now() };
            if (!isBetterGrade(grade, prev.best)) return { ...current(), kept: false };
            return { ...commit({ problems: { ...all, [problemId]: { ...prev, best: grade, at: now() } } }), kept: true };
          },
          replaceAll(data) {
            ready();
            return commitAtomic(pickData(data));
          },
          reset() {
            ready();
            return commitAtomic(emptyProgress());
          },
          releaseAside(id, how) {
            const aside = status.getState().asides.find((a) => a.id === id);
            if (!aside) return current();
            let outcome = current();
            if (aside.held && aside.what === 'progress') {
              storage.release();
              // Everything done meanwhile is saved now (over the unreadable original).
              outcome = commit({});
            } else if (aside.held) outcome = commit({ mockDraft: null });
            if (how === 'discarded') dropAside(status, id);
            else publishAsides(status, [{ ...aside, held: false }]);
            return outcome;
          },
          dismissAside(id) {
            forgetNotice(web, id);
            dropAside(status, id);
          },
        };
      },
      {
        name: PROGRESS_KEY,
        storage,
        version: PROGRESS_VERSION,
        skipHydration: true,
        partialize: (s) => pickData(s),
      },
    ),
  ) as unknown as ProgressStore;
  store.status = status;
  return store;
}

let browserStore: ProgressStore | undefined;

/** localStorage; in memory on the server; where the browser has none or blocks it, one that refuses every write (so each change says it was not saved). */
function browserStorage(): WebStorage {
  if (typeof window === 'undefined') return memoryStorage();
  try {
    if (window.localStorage) return window.localStorage;
  } catch {
    // SecurityError when storage is disabled
  }
  return unavailableStorage();
}

/** The one progress store of this page (created on first use). */
export function getProgressStore(): ProgressStore {
  if (browserStore) return browserStore;
  const store = createProgressStore(browserStorage(), undefined, saveStatus);
  browserStore = store;
  if (typeof window !== 'undefined') {
    // Another tab saved: read it, so this page's next write (reading time on leaving, say) does not put back what that tab replaced.
    window.addEventListener('storage', (e) => {
      if ((e.key === PROGRESS_KEY || e.key === null) && store.persist.hasHydrated()) void store.persist.rehydrate();
    });
  }
  return store;
}

/**
 * Marks a simulation as explored, from anywhere (no React needed).
 *
 * @example
 * markSimExplored('LoadBalancerSim');
 */
export function markSimExplored(id: string): SaveOutcome {
  return getProgressStore().getState().markSimExplored(id);
}

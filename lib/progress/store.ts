import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyProgress, PROGRESS_VERSION, type ChallengeBest, type DrillAttempt, type MockDraft, type MockRecord, type Prediction, type ProblemBest, type ProblemProgress, type ProgressData, type ReviewLogEntry, type StoredCard } from './schema';
import { clearNotice, createProgressStorage, memoryStorage, PROGRESS_KEY, readNotice, type RecoveryNotice, type WebStorage } from './storage';

/** Mock interviews kept in history (oldest dropped first). */
export const MOCK_HISTORY_LIMIT = 100;
/** Drill attempts and flashcard reviews kept (oldest dropped first). */
export const DRILL_HISTORY_LIMIT = 1_000;
export const REVIEW_LOG_LIMIT = 5_000;

/** What components can do to the learner's progress. */
export interface ProgressActions {
  markChapterRead(slug: string): void;
  /** Read tracking: un-marks a chapter (the learner's own "not read yet"). */
  markChapterUnread(slug: string): void;
  /** Read tracking: the active reading time so far on a chapter not yet read (kept if larger than the saved one). */
  saveReadingTime(slug: string, totalMs: number): void;
  /** For simulations: the learner ran or changed this simulation (`id` = its MDX name or playground slug). */
  markSimExplored(id: string): void;
  recordPrediction(key: string, verdict: Prediction['verdict']): void;
  saveCard(questionId: string, card: StoredCard): void;
  /** Saves the card after a review and logs the review (for the daily new-card limit and the statistics). */
  reviewCard(questionId: string, card: StoredCard, log: Omit<ReviewLogEntry, 'questionId'>): void;
  recordMock(result: MockRecord): void;
  /** Saves (or with null, clears) the mock interview in progress. */
  saveMockDraft(draft: MockDraft | null): void;
  recordDrill(attempt: DrillAttempt): void;
  setNewCardsPerDay(n: number): void;
  /** Keeps the attempt if it beats the best so far (more stars, then lower cost); returns whether it did. */
  recordChallenge(challengeId: string, attempt: ChallengeBest): boolean;
  /** Forgets a best that today's rules refuse (a value off a slider's step, say). */
  clearChallenge(challengeId: string): void;
  /** Saves what the learner did on a design problem so far (estimates, the design, the rubric self-score). */
  saveProblemWork(problemId: string, patch: Partial<Pick<ProblemProgress, 'estimates' | 'estimatesChecked' | 'design' | 'rubric'>>): void;
  /** Keeps a grade if it beats the problem's best so far (more goals met, then a lower bill); returns whether it did. */
  recordProblemGrade(problemId: string, grade: ProblemBest): boolean;
  /** Replaces everything (import). */
  replaceAll(data: ProgressData): void;
  reset(): void;
  dismissNotice(): void;
  /** Whether the last change reached browser storage (false: storage full or blocked, kept in memory only). */
  lastChangeSaved(): boolean;
}

/** The store's state: saved data, the (unsaved) recovery notice and the actions. */
export type ProgressState = ProgressData & ProgressActions & { notice: RecoveryNotice | null };
/** A persisted progress store. */
export type ProgressStore = StoreApi<ProgressState> & { persist: { rehydrate(): Promise<void>; hasHydrated(): boolean; onFinishHydration(fn: (s: ProgressState) => void): () => void } };

const DATA_KEYS = Object.keys(emptyProgress()) as (keyof ProgressData)[];

/** The saved part of the state. */
export function pickData(s: ProgressData): ProgressData {
  return Object.fromEntries(DATA_KEYS.map((k) => [k, s[k]])) as ProgressData;
}

/** Whether `a` beats `b`: more stars, or as many for less. */
export function isBetterAttempt(a: ChallengeBest, b: ChallengeBest | undefined): boolean {
  return !b || a.stars > b.stars || (a.stars === b.stars && a.cost < b.cost);
}

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
 *
 * @example
 * const store = createProgressStore(memoryStorage());
 * store.getState().markChapterRead('clones');
 */
export function createProgressStore(web: WebStorage = memoryStorage(), clock: () => Date = () => new Date()): ProgressStore {
  const storage = createProgressStorage(web, clock);
  const store = createStore<ProgressState>()(
    persist(
      (set, get, api) => {
        const ready = () => {
          const p = (api as unknown as ProgressStore).persist;
          if (!p.hasHydrated()) void p.rehydrate();
        };
        const now = () => clock().toISOString();
        return {
          ...emptyProgress(),
          notice: null,
          markChapterRead(slug) {
            ready();
            if (!get().chaptersRead[slug]) set({ chaptersRead: { ...get().chaptersRead, [slug]: now() } });
          },
          markChapterUnread(slug) {
            ready();
            if (!get().chaptersRead[slug]) return;
            set({ chaptersRead: Object.fromEntries(Object.entries(get().chaptersRead).filter(([k]) => k !== slug)) });
          },
          saveReadingTime(slug, totalMs) {
            ready();
            const saved = get().readingMs ?? {};
            if (get().chaptersRead[slug] || !(totalMs > (saved[slug] ?? 0))) return;
            set({ readingMs: { ...saved, [slug.slice(0, 200)]: Math.min(1e10, Math.round(totalMs)) } });
          },
          markSimExplored(id) {
            ready();
            if (!get().simsExplored[id]) set({ simsExplored: { ...get().simsExplored, [id]: now() } });
          },
          recordPrediction(key, verdict) {
            ready();
            set({ predictions: { ...get().predictions, [key.slice(0, 200)]: { verdict, at: now() } } });
          },
          saveCard(questionId, card) {
            ready();
            set({ cards: { ...get().cards, [questionId]: card } });
          },
          reviewCard(questionId, card, log) {
            ready();
            set({ cards: { ...get().cards, [questionId]: card }, reviewLog: [...get().reviewLog, { questionId, ...log }].slice(-REVIEW_LOG_LIMIT) });
          },
          recordMock(result) {
            ready();
            set({ mockHistory: [...get().mockHistory, result].slice(-MOCK_HISTORY_LIMIT), mockDraft: null });
          },
          saveMockDraft(draft) {
            ready();
            set({ mockDraft: draft });
          },
          recordDrill(attempt) {
            ready();
            set({ drillAttempts: [...get().drillAttempts, attempt].slice(-DRILL_HISTORY_LIMIT) });
          },
          setNewCardsPerDay(n) {
            ready();
            set({ settings: { ...get().settings, newCardsPerDay: Math.max(0, Math.min(200, Math.round(n))) } });
          },
          recordChallenge(challengeId, attempt) {
            ready();
            if (!isBetterAttempt(attempt, get().challenges[challengeId])) return false;
            set({ challenges: { ...get().challenges, [challengeId]: attempt } });
            return true;
          },
          clearChallenge(challengeId) {
            ready();
            if (!get().challenges[challengeId]) return;
            const { [challengeId]: _dropped, ...rest } = get().challenges;
            void _dropped;
            set({ challenges: rest });
          },
          saveProblemWork(problemId, patch) {
            ready();
            const all = get().problems ?? {};
            const prev = all[problemId] ?? { estimates: {}, estimatesChecked: false };
            set({ problems: { ...all, [problemId]: { ...prev, ...patch, at: now() } } });
          },
          recordProblemGrade(problemId, grade) {
            ready();
            const all = get().problems ?? {};
            const prev = all[problemId] ?? { estimates: {}, estimatesChecked: false, at: now() };
            if (!isBetterGrade(grade, prev.best)) return false;
            set({ problems: { ...all, [problemId]: { ...prev, best: grade, at: now() } } });
            return true;
          },
          replaceAll(data) {
            ready();
            set(pickData(data));
          },
          reset() {
            ready();
            set(emptyProgress());
          },
          dismissNotice() {
            clearNotice(web);
            set({ notice: null });
          },
          lastChangeSaved: () => storage.lastWriteSaved(),
        };
      },
      {
        name: PROGRESS_KEY,
        storage,
        version: PROGRESS_VERSION,
        skipHydration: true,
        partialize: (s) => pickData(s),
        // The storage sets unreadable data aside and leaves a notice; show it once hydrated.
        onRehydrateStorage: () => () => {
          const notice = readNotice(web);
          if (notice) store.setState({ notice });
        },
      },
    ),
  ) as unknown as ProgressStore;
  return store;
}

let browserStore: ProgressStore | undefined;

/** localStorage, or an in-memory stand-in where it is missing or blocked (server render, privacy modes). */
function browserStorage(): WebStorage {
  try {
    if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  } catch {
    // SecurityError when storage is disabled
  }
  return memoryStorage();
}

/** The one progress store of this page (created on first use). */
export function getProgressStore(): ProgressStore {
  browserStore ??= createProgressStore(browserStorage());
  return browserStore;
}

/**
 * Marks a simulation as explored, from anywhere (no React needed).
 *
 * @example
 * markSimExplored('LoadBalancerSim');
 */
export function markSimExplored(id: string): void {
  getProgressStore().getState().markSimExplored(id);
}

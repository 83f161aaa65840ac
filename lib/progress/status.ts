import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * Whether what the learner sees is saved, and what was set aside: the one channel every save
 * path reports through (see docs/PROGRESS.md). Deliberately tiny (no zod, no FSRS), so the page-wide
 * alerts can listen on every page without loading the progress store.
 */

/** Why a change lives only in this page's memory. */
export type NotSavedReason =
  /** The browser refused the write: its storage for this site is full (QuotaExceededError). */
  | 'full'
  /** Storage is switched off or blocked (private mode, site settings, no localStorage). */
  | 'blocked'
  /** Nothing is written over saved progress that could not be read until the learner downloads it or starts fresh. */
  | 'held';

/** Outcome of a change: saved means the browser's storage now holds everything the page shows. `seq` numbers the writes. */
export type SaveOutcome = { saved: true; seq: number } | { saved: false; reason: NotSavedReason; seq: number };

/** Something kept aside instead of being overwritten or deleted, with why. */
export interface SetAside {
  /** Stable id (the backup key, or what it is and when). */
  id: string;
  what: 'progress' | 'interview';
  /** For people: why it was set aside. */
  reason: string;
  /** Where the copy is kept in the browser's storage; null when it could not be written. */
  backupKey: string | null;
  at: string;
  /** The original stays where it is, and nothing is saved over it, until it is downloaded or discarded (no room for a copy). */
  held: boolean;
  /** The original text, kept in memory when there is no copy in storage (download it from here). */
  text?: string;
  /** File name offered for the download. */
  fileName: string;
}

/** A failure no component near the action has shown (the page-wide alert shows it instead). */
export interface UnclaimedFailure {
  seq: number;
  reason: NotSavedReason;
  /** A sentence for a write that is not progress (the theme), instead of the progress message. */
  message?: string;
}

export interface SaveStatus {
  /** The latest progress write: while it failed, the page shows changes the browser does not hold. */
  last: SaveOutcome;
  /** Seq of the latest write that saved everything (a failure with a lower seq is saved since). */
  savedSeq: number;
  unclaimed: UnclaimedFailure | null;
  asides: SetAside[];
}

export type SaveStatusStore = StoreApi<SaveStatus>;

/** A fresh status (one per progress store; the page's is {@link saveStatus}). */
export function createSaveStatus(): SaveStatusStore {
  return createStore<SaveStatus>()(() => ({ last: { saved: true, seq: 0 }, savedSeq: 0, unclaimed: null, asides: [] }));
}

/** The page's save status, shared by the progress store and the components that report to the learner. */
export const saveStatus: SaveStatusStore = createSaveStatus();

/** 'full' for a quota error (every browser's name for it), else 'blocked'. */
export function notSavedReason(error: unknown): Exclude<NotSavedReason, 'held'> {
  const e = error as { name?: unknown; code?: unknown } | null;
  const quota = e !== null && typeof e === 'object' && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014);
  return quota ? 'full' : 'blocked';
}

/** Whether a failed change is still unsaved (no write that saved everything came after it). */
export function stillUnsaved(status: SaveStatus, outcome: SaveOutcome | null): boolean {
  return outcome !== null && !outcome.saved && status.savedSeq < outcome.seq;
}

/** Records the outcome of a progress write; a failure stays unclaimed until a component shows it. */
export function publishWrite(status: SaveStatusStore, reason: NotSavedReason | null): SaveOutcome {
  const seq = status.getState().last.seq + 1;
  const last: SaveOutcome = reason === null ? { saved: true, seq } : { saved: false, reason, seq };
  status.setState(reason === null ? { last, savedSeq: seq } : { last, unclaimed: { seq, reason } });
  return last;
}

/** Memory and storage agree again (saved progress was just read back). */
export function publishInSync(status: SaveStatusStore): void {
  const { last } = status.getState();
  if (!last.saved) status.setState({ last: { saved: true, seq: last.seq + 1 }, savedSeq: last.seq + 1 });
}

/** A component near the action shows this outcome: the page-wide alert does not repeat it. */
export function claim(status: SaveStatusStore, outcome: SaveOutcome): void {
  if (!outcome.saved && status.getState().unclaimed?.seq === outcome.seq) status.setState({ unclaimed: null });
}

/** A write that is not progress failed (the theme): shown by the page-wide alert with `message`. */
export function reportUnclaimed(status: SaveStatusStore, reason: NotSavedReason, message: string): void {
  status.setState({ unclaimed: { seq: status.getState().last.seq, reason, message } });
}

/** Adds or replaces set-aside items (by id). */
export function publishAsides(status: SaveStatusStore, items: readonly SetAside[]): void {
  if (items.length === 0) return;
  const ids = new Set(items.map((a) => a.id));
  status.setState({ asides: [...status.getState().asides.filter((a) => !ids.has(a.id)), ...items] });
}

/** Forgets a set-aside item (the notice only; a copy in storage stays). */
export function dropAside(status: SaveStatusStore, id: string): void {
  status.setState({ asides: status.getState().asides.filter((a) => a.id !== id) });
}

/** Why nothing was saved, as the end of a sentence ("… could not be saved: <this>"). */
export function reasonText(reason: NotSavedReason): string {
  switch (reason) {
    case 'full':
      return 'your browser’s storage for this site is full';
    case 'blocked':
      return 'this browser does not let this site keep data (private browsing or a site setting)';
    case 'held':
      return 'your earlier saved progress could not be read and there is no room to keep a copy, so nothing is saved over it until you download it or start fresh (see the notice at the top of the page)';
  }
}

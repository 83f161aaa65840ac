'use client';

import Link from 'next/link';
import { useCallback, useState, useSyncExternalStore } from 'react';
import { claim, reasonText, saveStatus, stillUnsaved, type NotSavedReason, type SaveOutcome, type SaveStatus } from '@/lib/progress/status';

/** Reads the page's save status (no progress store needed: this stays out of first-load JavaScript). */
export function useSaveStatus<T>(select: (s: SaveStatus) => T): T {
  return useSyncExternalStore(
    saveStatus.subscribe,
    () => select(saveStatus.getState()),
    () => select(saveStatus.getInitialState()),
  );
}

/** True while everything the page shows is saved in the browser (false after a write it refused). */
export function useAllSaved(): boolean {
  return useSaveStatus((s) => s.last.saved);
}

/**
 * Where the learner acted: `track` each progress change's outcome; `failed` is the reason while
 * the last tracked change is still not saved (it clears once a later write saves everything).
 * A tracked failure is not repeated by the page-wide alert.
 *
 * @example
 * const report = useSaveReport();
 * const outcome = report.track(progressActions().recordDrill(attempt));
 * setText(outcome.saved ? 'Saved.' : 'Answered.');
 * return <NotSaved reason={report.failed} />;
 */
export function useSaveReport(): { failed: NotSavedReason | null; track<T extends SaveOutcome>(outcome: T): T } {
  const [tracked, setTracked] = useState<SaveOutcome | null>(null);
  const unsaved = useSaveStatus((s) => stillUnsaved(s, tracked));
  const track = useCallback(<T extends SaveOutcome>(outcome: T): T => {
    claim(saveStatus, outcome);
    setTracked(outcome.saved ? null : { ...outcome });
    return outcome;
  }, []);
  return { failed: unsaved && tracked && !tracked.saved ? tracked.reason : null, track };
}

/**
 * "Not saved: your browser’s storage for this site is full — export your progress", shown next to
 * what the learner just did. Renders nothing when `reason` is null.
 */
export function NotSaved({ reason, className = 'mt-2' }: { reason: NotSavedReason | null; className?: string }) {
  if (!reason) return null;
  return (
    <p role="alert" className={`${className} rounded-md border-l-4 border-rose-700 bg-rose-50 px-3 py-2 text-sm text-rose-950 dark:border-rose-400 dark:bg-rose-950/40 dark:text-rose-100`}>
      <span className="font-semibold">Not saved:</span> {reasonText(reason)}
      {reason === 'held' ? '.' : <ExportHint />}
    </p>
  );
}

/** " — export your progress", linking to the export (it includes what this page holds in memory). */
export function ExportHint() {
  return (
    <>
      {' — '}
      <Link href="/progress#your-data" className="font-medium underline underline-offset-2">
        export your progress
      </Link>{' '}
      to keep it.
    </>
  );
}

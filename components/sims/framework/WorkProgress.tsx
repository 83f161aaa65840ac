'use client';

const cancelBtn =
  'min-h-10 rounded-md border border-rose-700 bg-white px-3 text-sm font-medium text-rose-800 hover:bg-rose-50 dark:border-rose-300 dark:bg-slate-900 dark:text-rose-200 dark:hover:bg-slate-800';

/**
 * A long computation in the worker: a labelled <progress> (indeterminate while `fraction` is
 * null, i.e. queued), the progress in words, and a Cancel button. Used by runs to the end,
 * sweeps and practice challenge checks.
 *
 * @example
 * <WorkProgress fraction={0.45} label="Run to end progress" text="45 %" cancelLabel="Cancel run to end" onCancel={cancel} />
 */
export function WorkProgress({ fraction, label, text, cancelLabel, onCancel }: { fraction: number | null; label: string; text: string; cancelLabel: string; onCancel: () => void }) {
  return (
    <span className="no-print inline-flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      {fraction === null ? <progress max={1} aria-label={label} className="h-2 w-20 accent-sky-700" /> : <progress max={1} value={fraction} aria-label={label} className="h-2 w-20 accent-sky-700" />}
      <span className="font-mono tabular-nums" aria-hidden="true">
        {text}
      </span>
      <button type="button" className={cancelBtn} aria-label={cancelLabel} onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}

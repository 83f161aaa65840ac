/** Button and field classes shared by the practice widgets (same look as the rest of the site). */
export const btnPrimary =
  'inline-flex items-center justify-center gap-2 rounded-md bg-sky-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400';
export const btnSecondary =
  'inline-flex items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
export const field =
  'min-w-0 max-w-full rounded-md border border-slate-400 bg-white px-2.5 py-1.5 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';
export const card = 'rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900/40';
/**
 * A key on a shortcut hint. Shown only where the main pointer is fine (mouse, trackpad): a phone
 * has no keys to press, and a list of them there is noise.
 */
export const kbd = 'hidden pointer-fine:inline rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

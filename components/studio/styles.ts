/** Button looks shared by the studio's panels (44 px tall where a finger taps them). */
export const btn =
  'inline-flex min-h-10 items-center justify-center gap-1.5 rounded-md border border-slate-400 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
export const smallBtn =
  'inline-flex min-h-9 min-w-9 items-center justify-center rounded-md border border-slate-400 bg-white px-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
export const primaryBtn =
  'inline-flex min-h-10 items-center justify-center gap-1.5 rounded-md border border-sky-700 bg-sky-700 px-3 text-sm font-medium text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-50 dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200';
export const dangerBtn =
  'inline-flex min-h-10 items-center justify-center rounded-md border border-rose-700 bg-white px-3 text-sm font-medium text-rose-800 hover:bg-rose-50 dark:border-rose-300 dark:bg-slate-900 dark:text-rose-200 dark:hover:bg-slate-800';
export const select = 'h-9 max-w-full rounded-md border border-slate-400 bg-white px-1 text-sm dark:border-slate-500 dark:bg-slate-900';

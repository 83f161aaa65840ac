import type { ReactNode } from 'react';
import type { CalloutProps } from './schemas';

const STYLES = {
  note: { label: 'Note', icon: 'ℹ', box: 'border-sky-600/40 bg-sky-50 dark:bg-sky-950/40', head: 'text-sky-800 dark:text-sky-300' },
  tip: { label: 'Tip', icon: '✦', box: 'border-emerald-600/40 bg-emerald-50 dark:bg-emerald-950/40', head: 'text-emerald-800 dark:text-emerald-300' },
  warning: { label: 'Warning', icon: '!', box: 'border-amber-600/50 bg-amber-50 dark:bg-amber-950/40', head: 'text-amber-900 dark:text-amber-300' },
  interview: { label: 'In the interview', icon: '?', box: 'border-violet-600/40 bg-violet-50 dark:bg-violet-950/40', head: 'text-violet-800 dark:text-violet-300' },
} as const;

/** A highlighted aside: note, tip, warning, or what an interviewer wants to hear. */
export function Callout({ type = 'note', title, children }: CalloutProps & { children?: ReactNode }) {
  const s = STYLES[type];
  return (
    <aside className={`callout not-prose my-6 rounded-lg border-l-4 px-4 py-3 ${s.box}`} aria-label={title ?? s.label}>
      <p className={`mb-1 flex items-center gap-2 text-sm font-semibold ${s.head}`}>
        <span aria-hidden="true" className="inline-flex h-5 w-5 items-center justify-center rounded-full border border-current text-xs">
          {s.icon}
        </span>
        {title ?? s.label}
      </p>
      <div className="prose prose-slate max-w-none text-[0.95rem] dark:prose-invert prose-p:my-2">{children}</div>
    </aside>
  );
}

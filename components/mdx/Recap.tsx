import type { ReactNode } from 'react';
import type { RecapProps } from './schemas';

/** The chapter's summary in a few bullets. */
export function Recap({ title = 'Recap', children }: RecapProps & { children?: ReactNode }) {
  return (
    <section className="recap my-8 rounded-lg border border-emerald-600/30 bg-emerald-50/60 px-5 py-1 dark:bg-emerald-950/30" aria-label={title}>
      <p className="font-semibold text-emerald-900 dark:text-emerald-200">{title}</p>
      {children}
    </section>
  );
}

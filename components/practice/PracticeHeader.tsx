import Link from 'next/link';
import type { ReactNode } from 'react';

/** The top of every practice sub-page: a way back to /practice, the title and what the page is for. */
export function PracticeHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <p className="text-sm">
        <Link href="/practice" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          Practice
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{children}</p>
    </>
  );
}

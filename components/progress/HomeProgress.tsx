'use client';

import Link from 'next/link';
import { describeCardsToday } from '@/lib/practice/daily';
import type { CourseOutline } from '@/lib/progress/summary';
import { useProgressSummary } from './useProgressSummary';

const bar = 'inline-block h-4 animate-pulse rounded bg-slate-200 align-middle motion-reduce:animate-none dark:bg-slate-700';

/**
 * Home: overall progress, reviews due and new cards allowed today, and the next step. Every line has a fixed height and the
 * skeleton has the same lines, so swapping it in after hydration moves nothing.
 */
export function HomeProgress({ course }: { course: CourseOutline }) {
  const { summary: s } = useProgressSummary(course);
  const pct = s ? Math.round(s.overall * 100) : 0;
  return (
    <section aria-labelledby="your-progress" className="rounded-xl border border-slate-200 p-5 dark:border-slate-700">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="your-progress" className="text-lg font-semibold">
          Your progress
        </h2>
        <Link href="/progress" className="text-sm text-sky-800 underline underline-offset-2 dark:text-sky-300">
          Details, export and reset
        </Link>
      </div>
      <div className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[1fr_2fr_1fr]">
        <p className="h-6 leading-6">{s ? `${pct}% of the course` : <span className={`${bar} w-32`} aria-hidden="true" />}</p>
        <p className="h-6 truncate leading-6" data-testid="home-cards-today">
          {s ? describeCardsToday(s.reviewsDue, s.newToday) : <span className={`${bar} w-36`} aria-hidden="true" />}
        </p>
        <p className="h-6 leading-6">{s ? `${s.chaptersRead} of ${s.chapters} chapters read` : <span className={`${bar} w-32`} aria-hidden="true" />}</p>
      </div>
      <div className="mt-2 h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-700" aria-hidden="true">
        <div className="h-full bg-sky-600 dark:bg-sky-400" style={{ width: `${pct}%` }} />
      </div>
      <p className="mt-3 h-6 truncate leading-6">
        {s ? (
          <>
            <span className="font-medium">Next: </span>
            <Link href={s.next.href} className="font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300">
              {s.next.label}
            </Link>
          </>
        ) : (
          <span className={`${bar} w-64`} aria-hidden="true" />
        )}
      </p>
    </section>
  );
}

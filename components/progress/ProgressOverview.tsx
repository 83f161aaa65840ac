'use client';

import Link from 'next/link';
import type { CourseOutline } from '@/lib/progress/summary';
import { useProgressSummary } from './useProgressSummary';

/** Overall progress: the counts, per-chapter status and the suggested next step. */
export function ProgressOverview({ course }: { course: CourseOutline }) {
  // Until saved progress is read, the same layout with placeholders: nothing moves when it arrives.
  const {
    data: { chaptersRead, cards, challenges },
    summary: s,
  } = useProgressSummary(course);
  const pct = s ? Math.round(s.overall * 100) : 0;
  const stats: [string, string | undefined][] = [
    ['Chapters read', s && `${s.chaptersRead} of ${s.chapters}`],
    ['Cards seen', s && `${s.cardsSeen} of ${s.cards}`],
    ['Reviews due now', s && String(s.reviewsDue)],
    ['New cards today', s && (s.newToday ? `up to ${s.newToday}` : 'none left')],
    ['Challenges passed', s && `${s.challengesPassed} of ${s.challenges} (${s.stars} ★)`],
    ['Mock interviews', s && String(s.mockInterviews)],
    ['Estimation drills', s && (s.drillsDone ? `${s.drillsCorrect} of ${s.drillsDone} right` : 'none yet')],
    ['Simulations explored', s && String(s.simsExplored)],
    ['Predictions made', s && String(s.predictions)],
  ].map(([k, v]) => [k as string, v ?? undefined]);
  return (
    <div className="mt-6">
      <p className="text-sm font-medium">Overall: {s ? `${pct}%` : '—'}</p>
      <div className="mt-1 h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-700" role="progressbar" aria-label="Overall progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-busy={!s}>
        <div className="h-full bg-sky-600 dark:bg-sky-400" style={{ width: `${pct}%` }} />
      </div>
      <p className="mt-4 min-h-12 leading-6 sm:min-h-6">
        Next:{' '}
        {s ? (
          <Link href={s.next.href} className="font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300">
            {s.next.label}
          </Link>
        ) : null}
      </p>
      <dl className="mt-6 grid gap-3 sm:grid-cols-3">
        {stats.map(([k, v]) => (
          <div key={k} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <dt className="text-xs text-slate-600 dark:text-slate-400">{k}</dt>
            <dd className="text-lg font-semibold tabular-nums">{v ?? '—'}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-10 text-xl font-semibold">By chapter</h2>
      <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {course.chapters.map((c) => {
          const read = chaptersRead[c.slug];
          const seen = c.questionIds.filter((id) => cards[id]).length;
          const passed = course.challenges.filter((x) => x.chapter === c.slug && challenges[x.id]).length;
          const total = course.challenges.filter((x) => x.chapter === c.slug).length;
          return (
            <li key={c.slug} className="px-4 py-2 text-sm">
              <Link href={`/learn/${c.slug}`} className="font-medium hover:underline">
                {c.order}. {c.title}
              </Link>
              <span className="block text-slate-700 dark:text-slate-300">
                {s ? `${read ? `read ${read.slice(0, 10)}` : 'not read'} · ${seen}/${c.questionIds.length} cards · ${passed}/${total} challenges` : '—'}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

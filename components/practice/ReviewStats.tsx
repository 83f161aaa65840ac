'use client';

import { useProgress } from '@/components/progress/useProgress';
import { cardsByState, retention, reviewsPerDay } from '@/lib/practice/review-stats';

/** Reviews per day (last 14 days), retention and cards by state, for the deck on screen. */
export function ReviewStats({ ids, now }: { ids: readonly string[]; now: Date }) {
  const log = useProgress((s) => s.reviewLog);
  const cards = useProgress((s) => s.cards);
  const days = reviewsPerDay(log, now, 14);
  const peak = Math.max(1, ...days.map((d) => d.reviews));
  const ret = retention(log);
  const states = cardsByState(ids, cards);
  return (
    <section aria-labelledby="review-stats" className="mt-10">
      <h2 id="review-stats" className="text-xl font-semibold">
        Your reviews
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {(
          [
            ['New', states.new],
            ['Learning', states.learning + states.relearning],
            ['In review', states.review],
            ['Retention', ret.rate === null ? '—' : `${Math.round(ret.rate * 100)}%`],
          ] as const
        ).map(([k, v]) => (
          <div key={k} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <dt className="text-xs text-slate-600 dark:text-slate-400">{k}</dt>
            <dd className="text-lg font-semibold tabular-nums">{v}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Retention: share of reviews of graduated cards you recalled ({ret.recalled} of {ret.reviews}); the schedule aims at 90%.
      </p>
      <figure className="mt-4">
        <figcaption className="text-sm font-medium">Reviews per day, last 14 days</figcaption>
        <div className="mt-2 flex h-24 items-end gap-1" aria-hidden="true">
          {days.map((d) => (
            <div key={d.day} className="flex-1 rounded-t bg-sky-600 dark:bg-sky-400" style={{ height: `${(100 * d.reviews) / peak}%`, minHeight: d.reviews ? 2 : 0 }} title={`${d.day}: ${d.reviews}`} />
          ))}
        </div>
        <table className="sr-only">
          <caption>Reviews per day</caption>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>{d.reviews}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-1 flex justify-between text-xs text-slate-600 dark:text-slate-400">
          <span>{days[0]!.day.slice(5)}</span>
          <span>today: {days.at(-1)!.reviews}</span>
        </p>
      </figure>
    </section>
  );
}

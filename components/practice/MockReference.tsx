import Link from 'next/link';
import { INTERVIEW_PHASES, type Scenario } from '@/lib/practice/scenarios';

const link = 'text-sky-800 underline underline-offset-2 dark:text-sky-300';

/** After scoring: what a strong answer covers at each phase (with numbers), beside the learner's notes. */
export function MockReference({ scenario: s, notes, headingRef }: { scenario: Scenario; notes: Record<string, string>; headingRef?: React.Ref<HTMLHeadingElement> }) {
  return (
    <section aria-labelledby="reference-outline" className="mt-6">
      <h3 id="reference-outline" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
        Reference outline: what a strong answer covers
      </h3>
      <ol className="mt-3 space-y-3">
        {INTERVIEW_PHASES.map((p, i) => (
          <li key={p.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
            <p className="font-medium">
              {i + 1}. {p.label} <span className="text-xs font-normal text-slate-600 dark:text-slate-400">({p.minutes} min)</span>
            </p>
            <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">{s.cues[p.id]}</p>
            {notes[p.id]?.trim() ? (
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-sky-800 dark:text-sky-300">Your notes</summary>
                <p className="mt-1 whitespace-pre-wrap break-words text-slate-700 dark:text-slate-300">{notes[p.id]}</p>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
        <p className="font-semibold">The follow-up: “{s.followUp.text}”</p>
        <p className="mt-1">A strong answer: {s.followUp.strongAnswer}</p>
      </div>
      <p className="mt-4 text-sm font-medium">Read more</p>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {s.links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className={link}>
              {l.label}
            </Link>
          </li>
        ))}
        {s.whiteboard ? (
          <li>
            <Link href={s.whiteboard.href} className={link}>
              {s.whiteboard.label}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

import type { GradeReport } from '@/lib/problems/report';
import { dollars } from '@/lib/problems/words';

/** "Today's peak ×3 seeds (1, 2, 3) · 3× growth peak ×3 seeds …": what the report ran, so every verdict says what it measured. */
export function scenariosLine(report: GradeReport): string {
  return report.scenarios.map((s) => `${s.label} (seeds ${s.seeds.join(', ')})`).join(' · ');
}

/** A grade: each goal with pass or fail and the evidence, the bill against the budget, and what to look at next. */
export function GradeReportView({ report, title, headingId }: { report: GradeReport; title: string; headingId: string }) {
  const all = report.passed === report.total;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} className="text-lg font-semibold outline-none focus-visible:outline-2">
        {title}: {report.passed} of {report.total} goals met
      </h3>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Ran {scenariosLine(report)}. A goal passes only if it holds on every seed; each line shows the worst run.</p>
      <ul className="mt-3 space-y-2">
        {report.goals.map((g) => (
          <li key={g.id} className={`rounded-md border-l-4 p-2 text-sm ${g.pass ? 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/30' : 'border-rose-600 bg-rose-50 dark:bg-rose-950/30'}`}>
            <p className="font-semibold">
              <span aria-hidden="true">{g.pass ? '✓' : '✗'}</span> {g.label} <span className="sr-only">{g.pass ? '(met)' : '(not met)'}</span>
            </p>
            <p className="mt-0.5 break-words">{g.evidence}</p>
          </li>
        ))}
      </ul>
      {report.notes.length ? (
        <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">
          <span className="font-semibold">Not applied:</span> {report.notes.join('; ')}.
        </p>
      ) : null}
      {report.cost.monthly !== null ? (
        <p className="mt-3 text-sm">
          <span className="font-semibold">Bill:</span> {dollars(report.cost.monthly)} a month
          {report.cost.budget !== null ? ` against a budget of ${dollars(report.cost.budget)} (${report.cost.monthly <= report.cost.budget ? 'within it' : `${dollars(report.cost.monthly - report.cost.budget)} over`})` : ''}
          {report.cost.breakdown.length ? `: ${report.cost.breakdown.map((b) => `${b.label} ${dollars(b.dollars)}`).join(', ')}` : ''}.
        </p>
      ) : null}
      {report.next.length ? (
        <div className="mt-3 text-sm">
          <p className="font-semibold">{all ? 'Where it breaks next' : 'What to look at next'}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {report.next.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

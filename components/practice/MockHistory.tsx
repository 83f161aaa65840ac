'use client';

import { useProgress, useProgressHydrated } from '@/components/progress/useProgress';
import { criterionTrends, getScenario, rubricTotal } from '@/lib/practice/scenarios';
import { formatClock } from './clock-format';

/** Attempts shown in each criterion's trend. */
const TREND_ATTEMPTS = 12;

function changeText(change: number | null): string {
  if (change === null) return 'not enough attempts yet';
  if (Math.abs(change) < 0.05) return 'steady';
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change).toFixed(1)} since your first attempts`;
}

/** Past mock interviews: each rubric criterion's trend over attempts, then the attempts, newest first. `problemTitles` names design-problem mocks. */
export function MockHistory({ problemTitles = {} }: { problemTitles?: Record<string, string> }) {
  const hydrated = useProgressHydrated();
  const history = useProgress((s) => s.mockHistory);
  const trends = criterionTrends(history.slice(-TREND_ATTEMPTS));
  return (
    <section aria-labelledby="mock-history" className="mt-12">
      <h2 id="mock-history" className="text-xl font-semibold">
        Your mock interviews
      </h2>
      {!hydrated ? (
        <div className="mt-3 h-16 animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none dark:bg-slate-800" aria-hidden="true" />
      ) : history.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">None yet. Scores you save appear here, with each criterion’s trend over your attempts.</p>
      ) : (
        <>
          <h3 className="mt-4 font-semibold">Trend per criterion ({history.length === 1 ? 'your first attempt' : `last ${Math.min(TREND_ATTEMPTS, history.length)} attempts, oldest first`})</h3>
          <ul className="mt-2 space-y-2" aria-label="Rubric trends">
            {trends.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                <span className="w-44 font-medium">{t.label}</span>
                <span className="flex h-6 items-end gap-0.5" aria-hidden="true">
                  {t.scores.map((s, i) => (
                    <span key={i} className={`w-2.5 rounded-sm ${s === null ? 'h-0.5 bg-slate-300 dark:bg-slate-600' : 'bg-sky-600 dark:bg-sky-400'}`} style={s === null ? undefined : { height: `${(s / 4) * 100}%` }} />
                  ))}
                </span>
                <span className="text-slate-700 dark:text-slate-300">
                  <span className="sr-only">Scores {t.scores.map((s) => (s === null ? 'none' : s)).join(', ')}; </span>
                  {changeText(t.change)}
                </span>
              </li>
            ))}
          </ul>
          <div className="mt-6 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Past mock interviews, newest first</caption>
              <thead className="border-b border-slate-300 dark:border-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3">Date</th>
                  <th scope="col" className="py-2 pr-3">Scenario</th>
                  <th scope="col" className="py-2 pr-3">Time</th>
                  <th scope="col" className="py-2">Score</th>
                </tr>
              </thead>
              <tbody>
                {[...history].reverse().map((m) => {
                  const { total, max } = rubricTotal(m.scores);
                  const p = m.problem;
                  const score = p ? `${Object.values(p.points).filter(Boolean).length} points said · ${p.passed === null ? 'not graded' : `${p.passed}/${p.total} goals met`}` : `${total} / ${max}`;
                  return (
                    <tr key={m.id} className="border-b border-slate-200 dark:border-slate-800">
                      <td className="py-2 pr-3 tabular-nums">{m.at.slice(5, 10)}</td>
                      <td className="py-2 pr-3">{getScenario(m.scenarioId)?.title ?? problemTitles[m.scenarioId] ?? m.scenarioId}</td>
                      <td className="py-2 pr-3 font-mono tabular-nums">{formatClock(m.elapsedSec)}</td>
                      <td className="py-2 font-semibold tabular-nums">{score}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

'use client';

import { useProgress, useProgressHydrated } from '@/components/progress/useProgress';
import { getScenario, rubricTotal } from '@/lib/practice/scenarios';
import { formatClock } from './InterviewTimer';

/** Past mock interviews, newest first. */
export function MockHistory() {
  const hydrated = useProgressHydrated();
  const history = useProgress((s) => s.mockHistory);
  return (
    <section aria-labelledby="mock-history" className="mt-12">
      <h2 id="mock-history" className="text-xl font-semibold">
        Your mock interviews
      </h2>
      {!hydrated ? (
        <div className="mt-3 h-16 animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none dark:bg-slate-800" aria-hidden="true" />
      ) : history.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">None yet. Scores you save appear here, so you can see the trend.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 dark:border-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4">Date</th>
                <th scope="col" className="py-2 pr-4">Scenario</th>
                <th scope="col" className="py-2 pr-4">Time</th>
                <th scope="col" className="py-2 pr-4">Steps</th>
                <th scope="col" className="py-2">Score</th>
              </tr>
            </thead>
            <tbody>
              {[...history].reverse().map((m) => {
                const { total, max } = rubricTotal(m.scores);
                return (
                  <tr key={m.id} className="border-b border-slate-200 dark:border-slate-800">
                    <td className="py-2 pr-4 tabular-nums">{m.at.slice(0, 10)}</td>
                    <td className="py-2 pr-4">{getScenario(m.scenarioId)?.title ?? m.scenarioId}</td>
                    <td className="py-2 pr-4 font-mono tabular-nums">{formatClock(m.elapsedSec)}</td>
                    <td className="py-2 pr-4 tabular-nums">{m.stepsDone.length} of 4</td>
                    <td className="py-2 font-semibold tabular-nums">
                      {total} / {max}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import type { GradeReport } from '@/lib/problems/report';
import { metricText } from '@/lib/problems/words';
import { FLOOR_METRICS, type GoalMetric } from '@/lib/problems/goals';
import { scenariosLine } from './GradeReportView';

/** Your grade beside the reference's, goal by goal: the worst value each measured on the same scenarios and seeds. */
export function ReferenceCompare({ mine, reference, referenceLabel }: { mine: GradeReport; reference: GradeReport; referenceLabel: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[17rem] text-left text-sm">
        <caption className="pb-2 text-left text-xs text-slate-600 dark:text-slate-400">
          Worst value over the same runs for both designs: {scenariosLine(reference)}.
        </caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-1.5 pr-2">
              Goal
            </th>
            <th scope="col" className="py-1.5 pr-2 text-right">
              Yours
            </th>
            <th scope="col" className="py-1.5 text-right">
              Reference <span className="sr-only">({referenceLabel})</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {reference.goals.map((r) => {
            const m = mine.goals.find((g) => g.id === r.id);
            const bound = `${FLOOR_METRICS.has(r.metric as GoalMetric) ? '≥' : '≤'} ${metricText(r.metric, r.target)}`;
            return (
              <tr key={r.id} className="border-b border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="py-1.5 pr-2 font-normal">
                  {r.label} <span className="block text-xs text-slate-600 dark:text-slate-400">goal {bound}</span>
                </th>
                <td className="py-1.5 pr-2 text-right font-mono tabular-nums">
                  {m ? `${m.pass ? '✓' : '✗'} ${metricText(m.metric, m.worst)}` : '—'}
                  {m ? <span className="sr-only">{m.pass ? ' met' : ' not met'}</span> : null}
                </td>
                <td className="py-1.5 text-right font-mono tabular-nums">
                  {r.pass ? '✓' : '✗'} {metricText(r.metric, r.worst)}
                  <span className="sr-only">{r.pass ? ' met' : ' not met'}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

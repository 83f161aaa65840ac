'use client';

import { useId } from 'react';
import type { ClientProblem } from '@/lib/problems/client';
import type { GradeReport } from '@/lib/problems/report';

/**
 * What an interviewer listens for in this problem, to tick honestly. Where the engine measured the
 * point (a goal of the grade), its evidence is shown under it: the candidate said it, and the run says
 * whether the design did it.
 */
export function RubricScore({ problem, report, checked, onChange }: { problem: ClientProblem; report: GradeReport | null; checked: Record<string, boolean>; onChange: (next: Record<string, boolean>) => void }) {
  const id = useId();
  const count = problem.rubric.filter((r) => checked[r.id]).length;
  return (
    <fieldset aria-describedby={`${id}-count`}>
      <legend className="text-lg font-semibold">What the interviewer listens for</legend>
      <p id={`${id}-count`} className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        Tick what you said out loud: {count} of {problem.rubric.length}. The simulation cannot hear you; it can only measure the design.
      </p>
      <ul className="mt-3 space-y-2">
        {problem.rubric.map((r) => {
          const goal = report?.goals.find((g) => g.id === r.evidence);
          const probe = problem.probes.find((p) => p.id === r.evidence);
          return (
            <li key={r.id} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
              <label className="flex cursor-pointer items-start gap-2 text-sm">
                <input type="checkbox" className="mt-1" checked={checked[r.id] === true} onChange={(e) => onChange({ ...checked, [r.id]: e.target.checked })} />
                <span>{r.point}</span>
              </label>
              {goal ? (
                <p className="ml-6 mt-1 text-xs text-slate-700 dark:text-slate-300">
                  <span className="font-semibold">{goal.pass ? 'Measured, met:' : 'Measured, not met:'}</span> {goal.evidence}
                </p>
              ) : probe ? (
                <p className="ml-6 mt-1 text-xs text-slate-700 dark:text-slate-300">
                  <span className="font-semibold">The follow-up “{probe.ask}”</span> tests it; its model answer is below.
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

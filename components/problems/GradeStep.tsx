'use client';

import { useEffect, useRef } from 'react';
import { WorkProgress } from '@/components/sims/framework/WorkProgress';
import type { ClientProblem } from '@/lib/problems/client';
import { gradeRunCount } from '@/lib/problems/grade';
import { gradedDayWords } from '@/lib/problems/graded-day';
import type { Design } from '@/lib/sim/design/schema';
import { btnPrimary } from '@/components/practice/styles';
import { GradeReportView } from './GradeReportView';
import { gradeProgressText, type GradeState } from './useGradeRun';

/** Grade: run the design on every scenario and seed in the worker, with progress and Cancel; then the report. */
export function GradeStep({ problem, design, state, onGrade, onCancel }: { problem: ClientProblem; design: Design; state: GradeState; onGrade: () => void; onCancel: () => void }) {
  const runs = gradeRunCount(problem.spec);
  const headingRef = useRef<HTMLDivElement>(null);
  const done = state.kind === 'done';
  useEffect(() => {
    if (done) headingRef.current?.querySelector('h3')?.focus();
  }, [done]);
  return (
    <div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Your design runs on the simulation engine under the problem’s traffic: {problem.spec.scenarios.map((s) => s.label).join(', ')}, each on {problem.spec.scenarios[0]?.seeds.length ?? 3} seeds ({runs} runs). {gradedDayWords(problem.spec.requirements.traffic.dayMs)}.
      </p>
      <p className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" className={btnPrimary} onClick={onGrade} disabled={state.kind === 'running'}>
          {done ? 'Grade again' : 'Grade my design'}
        </button>
        {state.kind === 'running' ? <WorkProgress fraction={state.fraction} label={`Grading progress for ${problem.title}`} text={gradeProgressText(state.fraction, runs)} cancelLabel="Cancel the grading" onCancel={onCancel} /> : null}
      </p>
      <div role="status" className="mt-2 text-sm">
        {state.kind === 'cancelled' ? 'Grading cancelled: nothing was saved.' : state.kind === 'failed' ? <span className="text-rose-800 dark:text-rose-300">Could not grade: {state.error}</span> : null}
      </div>
      {done && state.design !== design ? <p className="mt-2 text-sm text-amber-900 dark:text-amber-200">The design changed since this grade: grade again to see the new numbers.</p> : null}
      {done ? (
        <div ref={headingRef} className="mt-4">
          <GradeReportView report={state.report} title="Your design" headingId="your-grade" />
        </div>
      ) : null}
    </div>
  );
}

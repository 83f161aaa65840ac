'use client';

import { useEffect, useRef, useState } from 'react';
import { WorkProgress } from '@/components/sims/framework/WorkProgress';
import { btnPrimary } from '@/components/practice/styles';
import type { ClientProblem } from '@/lib/problems/client';
import { gradeRunCount } from '@/lib/problems/grade';
import type { Design } from '@/lib/sim/design/schema';
import { GradeReportView } from '../GradeReportView';
import { RubricScore } from '../RubricScore';
import { gradeProgressText, useGradeRun } from '../useGradeRun';

/**
 * The end of a design mock: the design is graded on every scenario and seed (the engine's evidence
 * fills in the rubric where it measures something), the candidate ticks what they said, and saves.
 */
export function DesignMockScore({ problem, design, onSave }: { problem: ClientProblem; design: Design; onSave: (points: Record<string, boolean>, passed: number | null, total: number) => void }) {
  const grade = useGradeRun(problem.spec);
  const [points, setPoints] = useState<Record<string, boolean>>({});
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    grade.start(design);
  }, [grade, design]);
  const report = grade.state.kind === 'done' ? grade.state.report : null;
  return (
    <div className="space-y-6">
      <div>
        <h3 className="text-lg font-semibold">Your design on the engine</h3>
        {grade.state.kind === 'running' ? (
          <p className="mt-2">
            <WorkProgress fraction={grade.state.fraction} label="Grading progress" text={gradeProgressText(grade.state.fraction, gradeRunCount(problem.spec))} cancelLabel="Cancel the grading" onCancel={grade.cancel} />
          </p>
        ) : null}
        <div role="status" className="mt-2 text-sm">
          {grade.state.kind === 'cancelled' ? 'Grading cancelled: the rubric has no engine evidence this time.' : grade.state.kind === 'failed' ? `Could not grade: ${grade.state.error}` : null}
        </div>
        {report ? (
          <div className="mt-2">
            <GradeReportView report={report} title="Your design" headingId="mock-grade" />
          </div>
        ) : null}
      </div>
      <RubricScore problem={problem} report={report} checked={points} onChange={setPoints} />
      <p>
        <button type="button" className={btnPrimary} disabled={grade.state.kind === 'running'} onClick={() => onSave(points, report ? report.passed : null, report ? report.total : problem.spec.goals.length)}>
          Save the result
        </button>
      </p>
    </div>
  );
}

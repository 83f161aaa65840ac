'use client';

import { useState, type ReactNode } from 'react';
import type { ClientProblem } from '@/lib/problems/client';
import type { GradeReport } from '@/lib/problems/report';
import { btnPrimary, btnSecondary } from '@/components/practice/styles';
import { DesignOutline } from './DesignOutline';
import { GradeReportView } from './GradeReportView';
import { ReferenceCompare } from './ReferenceCompare';
import { RubricScore } from './RubricScore';

/**
 * After grading: your grade beside the reference's (same scenarios, same seeds), the reference
 * design, the tempting wrong designs and why they fail, the write-up, the follow-ups an
 * interviewer would ask, and the rubric to tick.
 */
export function ReviewStep({
  problem,
  mine,
  reference,
  writeUp,
  rubric,
  onRubric,
  onGrade,
}: {
  problem: ClientProblem;
  mine: GradeReport | null;
  reference: GradeReport | null;
  writeUp: ReactNode;
  rubric: Record<string, boolean>;
  onRubric: (r: Record<string, boolean>) => void;
  onGrade: () => void;
}) {
  const [showAnyway, setShowAnyway] = useState(false);
  if (!mine && !showAnyway)
    return (
      <div>
        <p className="text-sm">Grade your design first: the reference is measured on the same scenarios and seeds, so the comparison means something once yours has run.</p>
        <p className="mt-3 flex flex-wrap gap-3">
          <button type="button" className={btnPrimary} onClick={onGrade}>
            Go to Grade
          </button>
          <button type="button" className={btnSecondary} onClick={() => setShowAnyway(true)}>
            Show the reference anyway
          </button>
        </p>
      </div>
    );
  const ref = problem.references[0]!;
  return (
    <div className="space-y-8">
      {mine && reference ? (
        <section aria-labelledby="compare-h">
          <h3 id="compare-h" className="text-lg font-semibold">
            Your design beside the reference
          </h3>
          <div className="mt-2">
            <ReferenceCompare mine={mine} reference={reference} referenceLabel={ref.label} />
          </div>
        </section>
      ) : null}
      <section aria-labelledby="ref-h">
        <h3 id="ref-h" className="text-lg font-semibold">
          Reference: {ref.label}
        </h3>
        <p className="mt-1 text-sm">{ref.note}</p>
        <div className="mt-3 grid gap-4 lg:grid-cols-2">
          <div className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
            <DesignOutline design={ref.design} headingLevel={4} />
          </div>
          {reference ? (
            <div className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
              <GradeReportView report={reference} title="The reference" headingId="reference-grade" />
            </div>
          ) : null}
        </div>
      </section>
      <section aria-labelledby="wrong-h">
        <h3 id="wrong-h" className="text-lg font-semibold">
          Tempting wrong designs
        </h3>
        <ul className="mt-2 space-y-2 text-sm">
          {problem.wrong.map((w) => (
            <li key={w.label}>
              <span className="font-semibold">{w.label}</span> fails “{problem.spec.goals.find((g) => g.id === w.fails)?.label}”: {w.reason}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="writeup-h">
        <h3 id="writeup-h" className="text-lg font-semibold">
          The reference write-up
        </h3>
        <div className="prose prose-slate mt-2 max-w-none dark:prose-invert">{writeUp}</div>
      </section>
      <section aria-labelledby="probes-h">
        <h3 id="probes-h" className="text-lg font-semibold">
          Follow-ups an interviewer would ask
        </h3>
        <ol className="mt-2 space-y-2">
          {problem.probes.map((p) => (
            <li key={p.id}>
              <details className="rounded-md border border-slate-200 dark:border-slate-700">
                <summary className="cursor-pointer px-3 py-2 text-sm font-medium">“{p.ask}”</summary>
                <p className="border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-700">{p.modelAnswer}</p>
              </details>
            </li>
          ))}
        </ol>
      </section>
      <RubricScore problem={problem} report={mine} checked={rubric} onChange={onRubric} />
    </div>
  );
}

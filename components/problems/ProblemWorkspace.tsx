'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { progressActions, useProgress, useProgressHydrated } from '@/components/progress/useProgress';
import type { ClientProblem } from '@/lib/problems/client';
import { readDesign } from '@/lib/problems/read-design';
import type { GradeReport } from '@/lib/problems/report';
import type { ProblemProgress } from '@/lib/progress/schema';
import type { Design } from '@/lib/sim/design/schema';
import { btnPrimary, btnSecondary, card } from '@/components/practice/styles';
import { ClarifyStep } from './ClarifyStep';
import { DesignStep } from './DesignStep';
import { EstimateStep } from './EstimateStep';
import { GradeStep } from './GradeStep';
import { ReviewStep } from './ReviewStep';
import { useGradeRun } from './useGradeRun';

/** The interview's phases as the page walks them. */
export const PROBLEM_STEPS = [
  { id: 'clarify', label: 'Clarify' },
  { id: 'estimate', label: 'Estimate' },
  { id: 'design', label: 'Design' },
  { id: 'grade', label: 'Grade' },
  { id: 'review', label: 'Compare' },
] as const;
type StepId = (typeof PROBLEM_STEPS)[number]['id'];

const SAVE_DESIGN_AFTER_MS = 500;

/**
 * A design problem worked like an interview: clarify (answers revealed), estimate (checked, worked
 * steps after), design, grade (the engine, in the worker), then the reference beside your grade,
 * its write-up and the rubric. Estimates, the design, the best grade and the rubric are saved in
 * this browser as they change.
 */
export function ProblemWorkspace({ problem, reference, writeUp }: { problem: ClientProblem; reference: GradeReport | null; writeUp: ReactNode }) {
  const hydrated = useProgressHydrated();
  const saved = useProgress((s) => s.problems?.[problem.id]);
  if (!hydrated) return <div className={`${card} h-96 animate-pulse motion-reduce:animate-none`} aria-hidden="true" />;
  return <Workspace key={problem.id} problem={problem} reference={reference} writeUp={writeUp} saved={saved} />;
}

function Workspace({ problem, reference, writeUp, saved }: { problem: ClientProblem; reference: GradeReport | null; writeUp: ReactNode; saved: ProblemProgress | undefined }) {
  const initial = saved?.design !== undefined ? readDesign(saved.design, problem.spec) : null;
  const [design, setDesign] = useState<Design>(initial?.ok ? initial.design : problem.start);
  const [step, setStep] = useState<StepId>(initial?.ok ? 'design' : 'clarify');
  const [notice] = useState(initial && !initial.ok ? `Your saved design could not be read (${initial.errors[0]}); the board starts from the problem's starting point. The saved copy is kept until you change the design.` : '');
  const timer = useRef<number | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const onReport = useCallback(
    (report: GradeReport, graded: Design) => {
      progressActions().recordProblemGrade(problem.id, {
        passed: report.passed,
        total: report.total,
        monthlyCost: report.cost.monthly,
        goals: Object.fromEntries(report.goals.map((g) => [g.id, g.pass])),
        design: graded,
        at: new Date().toISOString(),
      });
    },
    [problem.id],
  );
  const grade = useGradeRun(problem.spec, onReport);

  useEffect(() => () => window.clearTimeout(timer.current), []);
  const onDesign = (d: Design) => {
    setDesign(d);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => progressActions().saveProblemWork(problem.id, { design: d }), SAVE_DESIGN_AFTER_MS);
  };
  const go = (s: StepId) => {
    setStep(s);
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const index = PROBLEM_STEPS.findIndex((s) => s.id === step);
  const mine = grade.state.kind === 'done' ? grade.state.report : null;

  return (
    <div>
      {notice ? (
        <p role="alert" className="mb-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950/40 dark:text-amber-100">
          {notice}
        </p>
      ) : null}
      <nav aria-label="Interview phases">
        <ol className="grid grid-cols-5 gap-1 text-center text-xs sm:text-sm">
          {PROBLEM_STEPS.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                aria-current={s.id === step ? 'step' : undefined}
                onClick={() => go(s.id)}
                className={`min-h-10 w-full rounded px-0.5 py-1 ${s.id === step ? 'bg-sky-700 font-semibold text-white dark:bg-sky-400 dark:text-slate-950' : 'bg-slate-100 hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700'}`}
              >
                <span className="block leading-tight">
                  {i + 1}. {s.label}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby="phase-heading" className={`${card} mt-3`}>
        <h2 id="phase-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none focus-visible:outline-2">
          {index + 1}. {PROBLEM_STEPS[index]!.label}
        </h2>
        <div className="mt-3">
          {step === 'clarify' ? <ClarifyStep problem={problem} /> : null}
          {step === 'estimate' ? (
            <EstimateStep problem={problem} saved={saved?.estimates ?? {}} checked={saved?.estimatesChecked ?? false} onCheck={(estimates) => progressActions().saveProblemWork(problem.id, { estimates, estimatesChecked: true })} />
          ) : null}
          {step === 'design' ? <DesignStep problem={problem} design={design} onChange={onDesign} /> : null}
          {step === 'grade' ? <GradeStep problem={problem} design={design} state={grade.state} onGrade={() => grade.start(design)} onCancel={grade.cancel} /> : null}
          {step === 'review' ? (
            <ReviewStep problem={problem} mine={mine} reference={reference} writeUp={writeUp} rubric={saved?.rubric ?? {}} onRubric={(rubric) => progressActions().saveProblemWork(problem.id, { rubric })} onGrade={() => go('grade')} />
          ) : null}
        </div>
        <p className="mt-6 flex flex-wrap gap-3 border-t border-slate-200 pt-4 dark:border-slate-700">
          {index > 0 ? (
            <button type="button" className={btnSecondary} onClick={() => go(PROBLEM_STEPS[index - 1]!.id)}>
              Back: {PROBLEM_STEPS[index - 1]!.label}
            </button>
          ) : null}
          {index < PROBLEM_STEPS.length - 1 ? (
            <button type="button" className={btnPrimary} onClick={() => go(PROBLEM_STEPS[index + 1]!.id)}>
              Next: {PROBLEM_STEPS[index + 1]!.label}
            </button>
          ) : null}
        </p>
      </section>
    </div>
  );
}

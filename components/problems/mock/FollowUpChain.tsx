'use client';

import { useId, useState } from 'react';
import { WorkProgress } from '@/components/sims/framework/WorkProgress';
import type { ClientProblem } from '@/lib/problems/client';
import { probeSpec } from '@/lib/problems/probe';
import { NOTES_MAX_CHARS, type MockDraft } from '@/lib/progress/schema';
import type { Design } from '@/lib/sim/design/schema';
import { btnPrimary, btnSecondary, field } from '@/components/practice/styles';
import { useGradeRun, gradeProgressText } from '../useGradeRun';

/**
 * The interviewer's follow-ups, one at a time: the candidate answers in words; a follow-up that
 * breaks something re-runs the candidate's own design on the engine and shows what it measured;
 * then the model answer, with numbers, and the next follow-up.
 */
export function FollowUpChain({
  problem,
  draft,
  design,
  onAnswer,
  onEvidence,
  onNext,
}: {
  problem: ClientProblem;
  draft: MockDraft;
  design: Design;
  onAnswer: (probeId: string, text: string) => void;
  onEvidence: (probeId: string, lines: string[]) => void;
  onNext: () => void;
}) {
  const id = useId();
  const state = draft.problem!;
  const probe = problem.probes[state.probe];
  const [shown, setShown] = useState<string | null>(null);
  const spec = probe ? probeSpec(problem.spec, probe) : null;
  const run = useGradeRun(spec ?? problem.spec, (report) => {
    if (probe) onEvidence(probe.id, [...report.goals.map((g) => g.evidence), ...report.runErrors.map((e) => `could not run: ${e.error}`)]);
  });
  if (!probe) return <p className="text-sm">That was the last follow-up. Use the trade-offs phase to say what you gave up, then finish and score.</p>;
  const evidence = state.evidence[probe.id];
  const answered = shown === probe.id;
  return (
    <section aria-labelledby={`${id}-h`} className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="text-xs font-semibold uppercase tracking-wide">
        Follow-up {state.probe + 1} of {problem.probes.length} · {probe.kind === 'numbers' ? 'the numbers' : probe.kind === 'fault' ? 'something breaks' : 'the requirements change'}
      </p>
      <h3 id={`${id}-h`} className="mt-1 font-semibold">
        “{probe.ask}”
      </h3>
      <label className="mt-2 block text-sm font-medium">
        Your answer <span className="font-normal">(saved as you type)</span>
        <textarea value={state.answers[probe.id] ?? ''} onChange={(e) => onAnswer(probe.id, e.target.value)} maxLength={NOTES_MAX_CHARS} rows={4} className={`${field} mt-1 block w-full`} />
      </label>
      {spec && probe.run ? (
        <div className="mt-2 text-sm">
          <p>
            The interviewer applies it to your design: <span className="font-semibold">{probe.run.label}</span>.
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-3">
            <button type="button" className={btnSecondary} onClick={() => run.start(design)} disabled={run.state.kind === 'running'}>
              {evidence ? 'Run it again on my design' : 'Run it on my design'}
            </button>
            {run.state.kind === 'running' ? <WorkProgress fraction={run.state.fraction} label="Follow-up run progress" text={gradeProgressText(run.state.fraction, 1)} cancelLabel="Cancel the follow-up run" onCancel={run.cancel} /> : null}
          </p>
          <div role="status" className="mt-1">
            {run.state.kind === 'failed' ? `Could not run it: ${run.state.error}` : run.state.kind === 'cancelled' ? 'Run cancelled.' : null}
          </div>
          {evidence ? (
            <div className="mt-2 rounded bg-white/70 p-2 dark:bg-slate-900/60">
              <p className="font-semibold">What your design did (seed {probe.run.seed}):</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {evidence.map((line) => (
                  <li key={line} className="break-words">
                    {line}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
      {answered ? (
        <div className="mt-3 text-sm">
          <p className="font-semibold">A strong answer</p>
          <p className="mt-1">{probe.modelAnswer}</p>
        </div>
      ) : null}
      <p className="mt-3 flex flex-wrap gap-3">
        {!answered ? (
          <button type="button" className={btnSecondary} onClick={() => setShown(probe.id)}>
            Show a strong answer
          </button>
        ) : null}
        <button
          type="button"
          className={btnPrimary}
          onClick={() => {
            setShown(null);
            onNext();
          }}
        >
          {state.probe + 1 < problem.probes.length ? 'Next follow-up' : 'Done with the follow-ups'}
        </button>
      </p>
    </section>
  );
}

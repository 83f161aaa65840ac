'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { NotSaved, useSaveReport, useSaveStatus } from '@/components/progress/NotSaved';
import { progressActions, useProgress, useProgressHydrated } from '@/components/progress/useProgress';
import { startDraft, totalElapsedMs } from '@/lib/practice/mock-clock';
import { getScenario, INTERVIEW_MINUTES, INTERVIEW_PHASES, pickScenario, rubricTotal, SCENARIOS, type Scenario } from '@/lib/practice/scenarios';
import { InterviewRoom, LEAVE_MESSAGE } from './InterviewRoom';
import { MockHistory } from './MockHistory';
import { MockReference } from './MockReference';
import type { ProblemSummary } from '@/lib/problems/client';
import { RubricForm } from './RubricForm';
import { btnPrimary, card } from './styles';
import { useLeaveGuard } from './useLeaveGuard';

/** The interview just scored: shown with its reference outline. */
interface Scored {
  scenario: Scenario;
  notes: Record<string, string>;
  total: string;
}

/**
 * A mock system-design interview: pick a scenario, work through five timed phases with notes (an
 * interview in progress survives a reload), take the interviewer's follow-up, score yourself,
 * then compare with the reference outline.
 */
export function MockInterview({ chapterTitles, problems = [] }: { chapterTitles: Record<string, string>; problems?: ProblemSummary[] }) {
  const hydrated = useProgressHydrated();
  const draft = useProgress((s) => s.mockDraft);
  const [scoring, setScoring] = useState(false);
  const [scored, setScored] = useState<Scored | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outlineRef = useRef<HTMLHeadingElement>(null);
  const scenario = draft ? getScenario(draft.scenarioId) : undefined;
  // Starting, scoring and abandoning report here; the interview room reports its own saves.
  const { track, failed } = useSaveReport();
  // An interview kept as it is (no room to set it aside) blocks a new one, which would overwrite it.
  const heldInterview = useSaveStatus((s) => s.asides.some((a) => a.what === 'interview' && a.held));
  useLeaveGuard(scoring && Boolean(draft), LEAVE_MESSAGE);

  // A draft for a scenario that no longer exists cannot be resumed: its notes are kept aside, with a
  // notice. A design-problem mock resumes on its problem's page (kept aside too if the problem is gone).
  const designMock = draft?.problem ? problems.find((p) => p.id === draft.scenarioId) : undefined;
  useEffect(() => {
    if (hydrated && draft && !scenario && !designMock) track(progressActions().setMockDraftAside(`Your interview in progress (started ${draft.startedAt.slice(0, 10)}) is on a ${draft.problem ? 'design problem' : 'scenario'} this version of the course no longer has (“${draft.scenarioId}”), so it cannot be resumed.`));
  }, [hydrated, draft, scenario, designMock, track]);

  const begin = (s: Scenario) => {
    setScored(null);
    setScoring(false);
    track(progressActions().saveMockDraft(startDraft(s.id, new Date())));
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  let body;
  if (hydrated && designMock)
    body = (
      <section aria-labelledby="resume" className={card}>
        <h2 id="resume" className="text-xl font-semibold">
          Your interview in progress
        </h2>
        <p className="mt-2">
          <Link href={`/practice/problems/${designMock.id}/mock`} className="font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300">
            Resume the mock interview on “{designMock.title}”
          </Link>
        </p>
      </section>
    );
  else if (!hydrated) body = <div className={`${card} h-64 animate-pulse motion-reduce:animate-none`} aria-hidden="true" />;
  else if (scored) {
    body = (
      <section aria-labelledby="scenario" className={card}>
        <Prompt scenario={scored.scenario} headingRef={headingRef} />
        <p role="status" className="mt-4 font-semibold text-emerald-800 dark:text-emerald-300">
          {scored.total}
        </p>
        <NotSaved reason={failed} />
        <MockReference scenario={scored.scenario} notes={scored.notes} headingRef={outlineRef} />
        <p className="mt-5">
          <button type="button" className={btnPrimary} onClick={() => setScored(null)}>
            Another scenario
          </button>
        </p>
      </section>
    );
  } else if (draft && scenario) {
    body = (
      <section aria-labelledby="scenario" className={card}>
        <Prompt scenario={scenario} headingRef={headingRef} />
        {scoring ? (
          <div className="mt-6">
            <RubricForm
              onSave={(scores) => {
                const at = new Date();
                const stepsDone = INTERVIEW_PHASES.filter((p) => (draft.phaseMs[p.id] ?? 0) > 0 || draft.notes[p.id]?.trim()).map((p) => p.id);
                const outcome = track(progressActions().recordMock({ id: `${at.getTime().toString(36)}-${scenario.id}`, scenarioId: scenario.id, at: at.toISOString(), elapsedSec: Math.round(totalElapsedMs(draft, at) / 1000), stepsDone, scores, notes: draft.notes, followUp: draft.followUpShown }));
                const { total, max } = rubricTotal(scores);
                setScored({ scenario, notes: draft.notes, total: outcome.saved ? `Saved: ${total} of ${max}. It is in your history below.` : `Scored ${total} of ${max}.` });
                setScoring(false);
                requestAnimationFrame(() => outlineRef.current?.focus());
              }}
            />
            <p className="mt-3">
              <button type="button" className="text-sm text-sky-800 underline underline-offset-2 dark:text-sky-300" onClick={() => setScoring(false)}>
                Back to the interview
              </button>
            </p>
          </div>
        ) : (
          <InterviewRoom draft={draft} scenario={scenario} chapterTitles={chapterTitles} onFinish={() => setScoring(true)} onAbandon={() => track(progressActions().saveMockDraft(null))} />
        )}
      </section>
    );
  } else body = <ScenarioPicker chapterTitles={chapterTitles} onPick={begin} blocked={heldInterview} problems={problems} />;

  return (
    <div>
      {scored ? null : <NotSaved reason={failed} className="mb-3" />}
      {body}
      <MockHistory problemTitles={Object.fromEntries(problems.map((p) => [p.id, p.title]))} />
    </div>
  );
}

function Prompt({ scenario, headingRef }: { scenario: Scenario; headingRef: React.Ref<HTMLHeadingElement> }) {
  return (
    <>
        <p className="text-xs font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">The interviewer says</p>
        <h2 id="scenario" ref={headingRef} tabIndex={-1} className="mt-1 break-words text-xl font-semibold leading-snug outline-none">
          “{scenario.prompt}”
        </h2>
    </>
  );
}

function ScenarioPicker({ chapterTitles, onPick, blocked, problems }: { chapterTitles: Record<string, string>; onPick(s: Scenario): void; blocked: boolean; problems: ProblemSummary[] }) {
  // Scenarios a design problem took over live on as that problem's mock.
  const moved = new Set(problems.flatMap((p) => p.replaces));
  const textScenarios = SCENARIOS.filter((s) => !moved.has(s.id));
  return (
    <>
      {problems.length ? (
        <section aria-labelledby="choose-problem" className={`${card} mb-6`}>
          <h2 id="choose-problem" className="text-xl font-semibold">
            Design problems: a whiteboard graded on the engine
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            Draw your design in the interview’s design phase; the follow-ups then break it and measure what happens, and the rubric is the problem’s own.
          </p>
          <ul className="mt-4 grid gap-2 sm:grid-cols-2">
            {problems.map((p) => (
              <li key={p.id}>
                <Link href={`/practice/problems/${p.id}/mock`} className="block rounded-md border border-slate-200 px-3 py-2 text-sm hover:border-sky-600 dark:border-slate-700 dark:hover:border-sky-400">
                  <span className="font-medium">{p.title}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{p.summary}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="choose" className={card}>
        <h2 id="choose" className="text-xl font-semibold">
          Pick a scenario
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {problems.length ? 'Or an open question to answer in words.' : 'Each is an open question an interviewer might ask.'} Answer out loud, as you would in the room: {INTERVIEW_PHASES.length} phases, {INTERVIEW_MINUTES} minutes, and a follow-up you will not see coming.
        </p>
        {blocked ? (
          <p className="mt-3 text-sm font-medium text-amber-900 dark:text-amber-200">Download or delete the interview kept as it is (the notice at the top of the page) before you start another.</p>
        ) : null}
        <p className="mt-4">
          <button type="button" className={btnPrimary} disabled={blocked} onClick={() => onPick(pickScenario(Math.random, undefined, textScenarios))}>
            Start a random scenario
          </button>
        </p>
        <ul className="mt-4 grid gap-2 sm:grid-cols-2">
          {textScenarios.map((s) => (
            <li key={s.id}>
              <button type="button" disabled={blocked} onClick={() => onPick(s)} className="w-full rounded-md disabled:opacity-50 border border-slate-200 px-3 py-2 text-left text-sm hover:border-sky-600 dark:border-slate-700 dark:hover:border-sky-400">
                <span className="font-medium">{s.title}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">{s.chapters.map((c) => chapterTitles[c] ?? c).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

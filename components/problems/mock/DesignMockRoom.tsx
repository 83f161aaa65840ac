'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { progressActions } from '@/components/progress/useProgress';
import { formatClock } from '@/components/practice/clock-format';
import { LEAVE_MESSAGE } from '@/components/practice/InterviewRoom';
import { btnPrimary, btnSecondary, field } from '@/components/practice/styles';
import { useLeaveGuard } from '@/components/practice/useLeaveGuard';
import { answerProbe, DESIGN_PHASE, finishDesign, followUpsDueByTime, FOLLOW_UP_PHASE, nextProbe, recordProbeEvidence, saveBoard, startFollowUpsByTime } from '@/lib/practice/design-mock';
import { fold, goToPhase, pause, phaseElapsedMs, resume, resumeAfterAbsence, totalElapsedMs } from '@/lib/practice/mock-clock';
import { INTERVIEW_MINUTES, INTERVIEW_PHASES } from '@/lib/practice/scenario-kit';
import type { ClientProblem } from '@/lib/problems/client';
import { readDesign } from '@/lib/problems/read-design';
import { NOTES_MAX_CHARS, type MockDraft } from '@/lib/progress/schema';
import { getProgressStore } from '@/lib/progress/store';
import type { Design } from '@/lib/sim/design/schema';
import { ClarifyStep } from '../ClarifyStep';
import { DesignStep } from '../DesignStep';
import { EstimateStep } from '../EstimateStep';
import { FollowUpChain } from './FollowUpChain';

const SAVE_AFTER_MS = 400;
const SAVE_CLOCK_EVERY_MS = 10_000;
const savedDraft = () => getProgressStore().getState().mockDraft;

/**
 * A mock interview on a design problem: the five timed phases (45 minutes), the whiteboard in the
 * design phase, and the follow-up chain from the moment the design is declared done (or the clock
 * reaches the problem's minute). Everything lives in the saved draft, so a reload resumes it.
 */
export function DesignMockRoom({ problem, draft, onFinish }: { problem: ClientProblem; draft: MockDraft; onFinish: (design: Design) => void }) {
  const [now, setNow] = useState(() => new Date());
  const [notes, setNotes] = useState<Record<string, string>>(draft.notes);
  const notesRef = useRef(notes);
  const timer = useRef<number | undefined>(undefined);
  const board = readDesign(draft.problem?.board, problem.spec);
  const [design, setDesign] = useState<Design>(board.ok ? board.design : problem.start);
  const phase = INTERVIEW_PHASES[draft.phase] ?? INTERVIEW_PHASES[0];
  const running = draft.runningSince !== null;
  useLeaveGuard(true, LEAVE_MESSAGE);

  /** Saves the draft with the latest notes after applying `change` (clock folded in first). */
  const commit = useCallback((change: (d: MockDraft, at: Date) => MockDraft = (d) => d) => {
    const d = savedDraft();
    if (!d?.problem) return;
    window.clearTimeout(timer.current);
    const at = new Date();
    progressActions().saveMockDraft(change({ ...fold(d, at), notes: notesRef.current }, at));
  }, []);

  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current) return;
    resumed.current = true;
    const d = savedDraft();
    if (d?.runningSince) progressActions().saveMockDraft(resumeAfterAbsence(d, new Date()));
  }, []);

  // A tick a second while running: the follow-ups at the problem's minute, a save every few seconds.
  useEffect(() => {
    if (!running) return;
    let lastSave = Date.now();
    const tick = window.setInterval(() => {
      const at = new Date();
      setNow(at);
      const d = savedDraft();
      if (d && followUpsDueByTime(d, problem.followUpAtMin, at)) commit(startFollowUpsByTime);
      else if (at.getTime() - lastSave >= SAVE_CLOCK_EVERY_MS) {
        lastSave = at.getTime();
        commit();
      }
    }, 1_000);
    return () => window.clearInterval(tick);
  }, [running, problem.followUpAtMin, commit]);

  useEffect(() => {
    const save = () => commit();
    const onVisibility = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [commit]);

  const later = (change: (d: MockDraft) => MockDraft) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => commit(change), SAVE_AFTER_MS);
  };
  const onNotes = (text: string) => {
    notesRef.current = { ...notesRef.current, [phase.id]: text };
    setNotes(notesRef.current);
    later((d) => d);
  };
  const onDesign = (d: Design) => {
    setDesign(d);
    later((x) => saveBoard(x, d));
  };

  const state = draft.problem!;
  const phaseMs = phaseElapsedMs(draft, phase.id, now);
  const over = phaseMs > phase.minutes * 60_000;
  return (
    <div className="mt-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm">
          Interview clock: <span className="font-mono tabular-nums">{formatClock(totalElapsedMs(draft, now) / 1000)}</span> of {INTERVIEW_MINUTES}:00
        </p>
        <button type="button" className={btnSecondary} aria-pressed={!running} onClick={() => commit((d, at) => (running ? pause(d, at) : resume(d, at)))}>
          {running ? 'Pause' : 'Resume'}
        </button>
      </div>
      <ol aria-label="Interview phases" className="mt-3 grid grid-cols-5 gap-1 text-center text-xs">
        {INTERVIEW_PHASES.map((p, i) => (
          <li key={p.id} aria-current={i === draft.phase ? 'step' : undefined} className={`rounded px-0.5 py-1 ${i === draft.phase ? 'bg-sky-700 font-semibold text-white dark:bg-sky-400 dark:text-slate-950' : 'bg-slate-100 dark:bg-slate-800'}`}>
            <span className="block break-words leading-tight hyphens-auto">{p.label}</span>
            <span className="font-mono tabular-nums">{formatClock(phaseElapsedMs(draft, p.id, now) / 1000)}</span>
          </li>
        ))}
      </ol>
      {state.followUps === 'time' && draft.phase < FOLLOW_UP_PHASE ? (
        <div role="alert" className="mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          <p className="font-semibold">The interviewer interrupts (minute {problem.followUpAtMin}): “Let’s stop the drawing there. I have some questions about your design.”</p>
          <p className="mt-2">
            <button type="button" className={btnPrimary} onClick={() => commit((d, at) => goToPhase(d, FOLLOW_UP_PHASE, at))}>
              Go to the follow-ups
            </button>
          </p>
        </div>
      ) : null}
      <section aria-labelledby="mock-phase" className="mt-4 rounded-md border border-slate-200 p-4 dark:border-slate-700">
        <h3 id="mock-phase" className="font-semibold">
          Phase {draft.phase + 1} of {INTERVIEW_PHASES.length}: {phase.label}
        </h3>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{phase.what}</p>
        <p role="timer" aria-label={`${phase.label}: ${formatClock(phaseMs / 1000)} of ${phase.minutes} minutes`} className={`mt-2 font-mono text-2xl font-semibold tabular-nums ${over ? 'text-amber-800 dark:text-amber-300' : ''}`}>
          {formatClock(phaseMs / 1000)} <span className="text-base font-normal text-slate-600 dark:text-slate-400">/ {phase.minutes}:00</span>
        </p>
        <div className="mt-3">
          {phase.id === 'clarify' ? <ClarifyStep problem={problem} /> : null}
          {phase.id === 'estimate' ? <EstimateStep problem={problem} saved={{}} checked={false} onCheck={() => undefined} /> : null}
          {draft.phase === DESIGN_PHASE ? (
            <>
              <DesignStep problem={problem} design={design} onChange={onDesign} />
              {!state.followUps ? (
                <p className="mt-3">
                  <button type="button" className={btnPrimary} onClick={() => commit((d, at) => finishDesign(saveBoard(goToPhase(d, FOLLOW_UP_PHASE, at), design)))}>
                    I’m done with the design: ask me the follow-ups
                  </button>
                </p>
              ) : null}
            </>
          ) : null}
          {draft.phase === FOLLOW_UP_PHASE ? (
            state.followUps ? (
              <FollowUpChain
                problem={problem}
                draft={draft}
                design={design}
                onAnswer={(id, text) => commit((d) => answerProbe(d, id, text))}
                onEvidence={(id, lines) => commit((d) => recordProbeEvidence(d, id, lines))}
                onNext={() => commit((d) => nextProbe(d, problem.probes.length))}
              />
            ) : (
              <p className="text-sm">The follow-ups start when you finish the design phase (or at minute {problem.followUpAtMin}).</p>
            )
          ) : null}
        </div>
        <label className="mt-4 block text-sm font-medium">
          Notes for {phase.label} <span className="font-normal text-slate-600 dark:text-slate-400">(saved as you type)</span>
          <textarea key={phase.id} value={notes[phase.id] ?? ''} onChange={(e) => onNotes(e.target.value)} maxLength={NOTES_MAX_CHARS} rows={4} className={`${field} mt-1 block w-full`} />
        </label>
      </section>
      {over ? <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">Over this phase’s budget: wrap it up and move on.</p> : null}
      <p className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={btnSecondary} disabled={draft.phase === 0} onClick={() => commit((d, at) => goToPhase(d, d.phase - 1, at))}>
          Previous phase
        </button>
        {draft.phase < INTERVIEW_PHASES.length - 1 ? (
          <button type="button" className={btnPrimary} onClick={() => commit((d, at) => (d.phase + 1 === FOLLOW_UP_PHASE && !d.problem?.followUps ? finishDesign(saveBoard(goToPhase(d, FOLLOW_UP_PHASE, at), design)) : goToPhase(d, d.phase + 1, at)))}>
            Next: {INTERVIEW_PHASES[draft.phase + 1]!.label}
          </button>
        ) : null}
        <button
          type="button"
          className={draft.phase === INTERVIEW_PHASES.length - 1 ? btnPrimary : btnSecondary}
          onClick={() => {
            commit((d, at) => pause(saveBoard(d, design), at));
            onFinish(design);
          }}
        >
          Finish and score
        </button>
        <button
          type="button"
          className={btnSecondary}
          onClick={() => {
            if (window.confirm('Abandon this interview? Its notes and design are deleted.')) progressActions().saveMockDraft(null);
          }}
        >
          Abandon
        </button>
      </p>
    </div>
  );
}

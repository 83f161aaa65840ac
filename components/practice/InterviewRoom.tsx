'use client';

import Link from 'next/link';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { NotSaved, useSaveReport } from '@/components/progress/NotSaved';
import { progressActions } from '@/components/progress/useProgress';
import { followUpDue, fold, goToPhase, pause, phaseElapsedMs, resume, resumeAfterAbsence, totalElapsedMs } from '@/lib/practice/mock-clock';
import { INTERVIEW_MINUTES, INTERVIEW_PHASES, type Scenario } from '@/lib/practice/scenarios';
import { NOTES_MAX_CHARS, type MockDraft } from '@/lib/progress/schema';
import { getProgressStore } from '@/lib/progress/store';
import { formatClock } from './clock-format';
import { btnPrimary, btnSecondary, field } from './styles';
import { useLeaveGuard } from './useLeaveGuard';

const SAVE_NOTES_AFTER_MS = 400;
const SAVE_CLOCK_EVERY_MS = 10_000;
export const LEAVE_MESSAGE = 'Leave the mock interview? Your notes and the clock are saved: you can come back and carry on.';

/** The draft as saved now (the store is the source of truth; this component only writes it). */
const savedDraft = () => getProgressStore().getState().mockDraft;

/**
 * An interview in progress: five phases with their own timers, notes saved as you type, and the
 * interviewer's follow-up at its minute. Everything lives in the saved draft, so a reload resumes it.
 */
export function InterviewRoom({ draft, scenario, chapterTitles, onFinish, onAbandon }: { draft: MockDraft; scenario: Scenario; chapterTitles: Record<string, string>; onFinish(): void; onAbandon(): void }) {
  const id = useId();
  const [now, setNow] = useState(() => new Date());
  const [notes, setNotes] = useState<Record<string, string>>(draft.notes);
  const notesRef = useRef(notes);
  const timer = useRef<number | undefined>(undefined);
  const phase = INTERVIEW_PHASES[draft.phase] ?? INTERVIEW_PHASES[0];
  const running = draft.runningSince !== null;
  useLeaveGuard(true, LEAVE_MESSAGE);
  const { track, failed } = useSaveReport();

  /** Saves the draft with the latest notes after applying `change` (clock folded in first). */
  const commit = useCallback((change: (d: MockDraft, at: Date) => MockDraft = (d) => d) => {
    const d = savedDraft();
    if (!d) return;
    window.clearTimeout(timer.current);
    const at = new Date();
    track(progressActions().saveMockDraft(change({ ...fold(d, at), notes: notesRef.current }, at)));
  }, [track]);

  // Back after a reload or a day away: carry on from the last save, without the time away.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current) return;
    resumed.current = true;
    const d = savedDraft();
    if (d?.runningSince) track(progressActions().saveMockDraft(resumeAfterAbsence(d, new Date())));
  }, [track]);

  // The clock: a tick a second while running; the follow-up at its minute; a save every few seconds.
  useEffect(() => {
    if (!running) return;
    let lastSave = Date.now();
    const tick = window.setInterval(() => {
      const at = new Date();
      setNow(at);
      const d = savedDraft();
      if (d && followUpDue(d, scenario, at)) commit((x) => ({ ...x, followUpShown: true }));
      else if (at.getTime() - lastSave >= SAVE_CLOCK_EVERY_MS) {
        lastSave = at.getTime();
        commit();
      }
    }, 1_000);
    return () => window.clearInterval(tick);
  }, [running, scenario, commit]);

  // Leaving the page (reload, close, another tab on a phone): save now.
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

  const onNotes = (text: string) => {
    const next = { ...notesRef.current, [phase.id]: text };
    notesRef.current = next;
    setNotes(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => commit(), SAVE_NOTES_AFTER_MS);
  };

  const phaseMs = phaseElapsedMs(draft, phase.id, now);
  const totalMs = totalElapsedMs(draft, now);
  const over = phaseMs > phase.minutes * 60_000;
  return (
    <div className="mt-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm">
          Interview clock: <span className="font-mono tabular-nums">{formatClock(totalMs / 1000)}</span> of {INTERVIEW_MINUTES}:00
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

      {draft.followUpShown ? (
        <div role="alert" className="mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          <p className="text-xs font-semibold uppercase tracking-wide">The interviewer interrupts (minute {scenario.followUp.atMin})</p>
          <p className="mt-1 font-semibold">“{scenario.followUp.text}”</p>
          <p className="mt-1 text-sm">Address it before you go on: what changes in your numbers and your design?</p>
        </div>
      ) : null}

      <section aria-labelledby={`${id}-phase`} className="mt-4 rounded-md border border-slate-200 p-4 dark:border-slate-700">
        <h3 id={`${id}-phase`} className="font-semibold">
          Phase {draft.phase + 1} of {INTERVIEW_PHASES.length}: {phase.label}
        </h3>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{phase.what}</p>
        <p role="timer" aria-label={`${phase.label}: ${formatClock(phaseMs / 1000)} of ${phase.minutes} minutes`} className={`mt-2 font-mono text-3xl font-semibold tabular-nums ${over ? 'text-amber-800 dark:text-amber-300' : ''}`}>
          {formatClock(phaseMs / 1000)} <span className="text-base font-normal text-slate-600 dark:text-slate-400">/ {phase.minutes}:00</span>
        </p>
        {over ? <p className="text-sm text-amber-800 dark:text-amber-300">Over this phase’s budget: wrap it up and move on.</p> : null}
        <label className="mt-3 block text-sm font-medium">
          Notes for {phase.label} <span className="font-normal text-slate-600 dark:text-slate-400">{failed ? '(kept on this page only)' : '(saved as you type)'}</span>
          <textarea key={phase.id} value={notes[phase.id] ?? ''} onChange={(e) => onNotes(e.target.value)} maxLength={NOTES_MAX_CHARS} rows={6} className={`${field} mt-1 block w-full`} />
        </label>
        <NotSaved reason={failed} />
        {scenario.whiteboard ? (
          <p className="mt-2 text-sm">
            <Link href={scenario.whiteboard.href} target="_blank" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
              {scenario.whiteboard.label} (opens in a new tab)
            </Link>
          </p>
        ) : null}
      </section>

      <p className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={btnSecondary} disabled={draft.phase === 0} onClick={() => commit((d, at) => goToPhase(d, d.phase - 1, at))}>
          Previous phase
        </button>
        {draft.phase < INTERVIEW_PHASES.length - 1 ? (
          <button type="button" className={btnPrimary} onClick={() => commit((d, at) => goToPhase(d, d.phase + 1, at))}>
            Next: {INTERVIEW_PHASES[draft.phase + 1]!.label}
          </button>
        ) : null}
        <button
          type="button"
          className={draft.phase === INTERVIEW_PHASES.length - 1 ? btnPrimary : btnSecondary}
          onClick={() => {
            commit((d, at) => pause(d, at));
            onFinish();
          }}
        >
          Finish and score
        </button>
        <button
          type="button"
          className={btnSecondary}
          onClick={() => {
            if (window.confirm('Abandon this interview? Its notes are deleted.')) onAbandon();
          }}
        >
          Abandon
        </button>
      </p>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        Draws on:{' '}
        {scenario.chapters.map((c, i) => (
          <span key={c}>
            {i > 0 ? ', ' : ''}
            {chapterTitles[c] ?? c}
          </span>
        ))}
        . The reference outline appears once you have scored yourself.
      </p>
    </div>
  );
}

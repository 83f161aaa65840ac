import type { MockDraft } from './records';
import { INTERVIEW_PHASES, type Scenario } from './scenario-kit';

/**
 * The clock of a mock interview in progress, as pure functions over the saved draft: time is kept
 * per phase, and the running stretch since `runningSince` is added on read and folded in on every
 * change, so a reload loses at most the time since the last save.
 */

const ms = (iso: string) => new Date(iso).getTime();

/** A new interview on `scenarioId`, in the first phase, clock running. */
export function startDraft(scenarioId: string, now: Date): MockDraft {
  return { scenarioId, startedAt: now.toISOString(), phase: 0, phaseMs: {}, runningSince: now.toISOString(), notes: {}, followUpShown: false };
}

/** The phase the draft is in. */
export function currentPhase(d: MockDraft) {
  return INTERVIEW_PHASES[Math.min(d.phase, INTERVIEW_PHASES.length - 1)]!;
}

/** Milliseconds spent in phase `phaseId`, including the running stretch if it is the current one. */
export function phaseElapsedMs(d: MockDraft, phaseId: string, now: Date): number {
  const base = d.phaseMs[phaseId] ?? 0;
  return currentPhase(d).id === phaseId && d.runningSince ? base + Math.max(0, now.getTime() - ms(d.runningSince)) : base;
}

/** Milliseconds on the interview clock in all. */
export function totalElapsedMs(d: MockDraft, now: Date): number {
  return INTERVIEW_PHASES.reduce((n, p) => n + phaseElapsedMs(d, p.id, now), 0);
}

/** The running stretch added to the current phase; the clock keeps running from `now`. */
export function fold(d: MockDraft, now: Date): MockDraft {
  if (!d.runningSince) return d;
  const id = currentPhase(d).id;
  return { ...d, phaseMs: { ...d.phaseMs, [id]: phaseElapsedMs(d, id, now) }, runningSince: now.toISOString() };
}

export function pause(d: MockDraft, now: Date): MockDraft {
  return { ...fold(d, now), runningSince: null };
}

export function resume(d: MockDraft, now: Date): MockDraft {
  return d.runningSince ? d : { ...d, runningSince: now.toISOString() };
}

/** Moves to phase `index`, charging the time so far to the phase being left. */
export function goToPhase(d: MockDraft, index: number, now: Date): MockDraft {
  const i = Math.max(0, Math.min(INTERVIEW_PHASES.length - 1, index));
  return { ...fold(d, now), phase: i };
}

/**
 * After a reload or a return to the page: the clock carries on from where it was last saved,
 * without counting the time away.
 */
export function resumeAfterAbsence(d: MockDraft, now: Date): MockDraft {
  return d.runningSince ? { ...d, runningSince: now.toISOString() } : d;
}

/** Whether the interviewer's follow-up is due (and not yet given). */
export function followUpDue(d: MockDraft, s: Pick<Scenario, 'followUp'>, now: Date): boolean {
  return !d.followUpShown && totalElapsedMs(d, now) >= s.followUp.atMin * 60_000;
}

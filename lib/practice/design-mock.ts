import type { Design } from '../sim/design/schema';
import type { MockDraft } from './records';
import { startDraft, totalElapsedMs } from './mock-clock';
import { INTERVIEW_PHASES } from './scenario-kit';

/**
 * A mock interview on a design problem, as pure functions over the saved draft (the clock is
 * mock-clock.ts's): the whiteboard, and the follow-up chain, which starts when the candidate
 * finishes the design phase or when the clock reaches the problem's minute, whichever comes first.
 */

/** Index of the phase whose end starts the follow-ups (the design) and of the one they are asked in. */
export const DESIGN_PHASE = INTERVIEW_PHASES.findIndex((p) => p.id === 'high-level');
export const FOLLOW_UP_PHASE = INTERVIEW_PHASES.findIndex((p) => p.id === 'deep-dive');

/** A new mock on problem `problemId`, with the problem's starting point on the whiteboard. */
export function startDesignDraft(problemId: string, start: Design, now: Date): MockDraft {
  return { ...startDraft(problemId, now), problem: { board: start, probe: -1, followUps: null, answers: {}, evidence: {} } };
}

/** The draft's design-mock part (throws on a text mock's draft: callers check first). */
function part(d: MockDraft): NonNullable<MockDraft['problem']> {
  if (!d.problem) throw new Error('not a design-problem mock');
  return d.problem;
}

/** The candidate says the design is done: the follow-ups start, in the deep-dive phase. */
export function finishDesign(d: MockDraft): MockDraft {
  const p = part(d);
  if (p.followUps) return { ...d, phase: Math.max(d.phase, FOLLOW_UP_PHASE) };
  return { ...d, phase: FOLLOW_UP_PHASE, followUpShown: true, problem: { ...p, followUps: 'design-done', probe: 0 } };
}

/** Whether the clock has reached the problem's follow-up minute with the follow-ups not yet started. */
export function followUpsDueByTime(d: MockDraft, followUpAtMin: number, now: Date): boolean {
  return Boolean(d.problem && !d.problem.followUps && totalElapsedMs(d, now) >= followUpAtMin * 60_000);
}

/** The interviewer interrupts: the follow-ups start where the candidate is (they move on when they choose). */
export function startFollowUpsByTime(d: MockDraft): MockDraft {
  const p = part(d);
  return p.followUps ? d : { ...d, followUpShown: true, problem: { ...p, followUps: 'time', probe: 0 } };
}

/** The next follow-up of `count`; past the last one, the chain is over (probe = count). */
export function nextProbe(d: MockDraft, count: number): MockDraft {
  const p = part(d);
  return { ...d, problem: { ...p, probe: Math.min(count, p.probe + 1) } };
}

/** The candidate's answer to a follow-up. */
export function answerProbe(d: MockDraft, probeId: string, text: string): MockDraft {
  const p = part(d);
  return { ...d, problem: { ...p, answers: { ...p.answers, [probeId]: text } } };
}

/** The engine's numbers from a follow-up's re-run on the candidate's design. */
export function recordProbeEvidence(d: MockDraft, probeId: string, lines: string[]): MockDraft {
  const p = part(d);
  return { ...d, problem: { ...p, evidence: { ...p.evidence, [probeId]: lines.slice(0, 8).map((l) => l.slice(0, 1_000)) } } };
}

/** The whiteboard changed. */
export function saveBoard(d: MockDraft, board: Design): MockDraft {
  return { ...d, problem: { ...part(d), board } };
}

import { getChallenge, type ControlValues, type Evaluation } from '@/lib/practice/challenges';
import { getSimCard } from '@/lib/practice/sim-cards';

// Kept apart from challenge-runner.ts: the worker must not import the module that creates it
// (a worker that references itself sends the bundler round in circles).

/** A challenge run's outcome: the evaluation, or why the values were refused. */
export type RunOutcome = { ok: true; evaluation: Evaluation } | { ok: false; errors: string[] };

/** Worker request and reply. */
export interface ChallengeRequest {
  id: number;
  challengeId: string;
  values: ControlValues;
}
/** A simulation flashcard's measurement, or why it failed. */
export type MeasureOutcome = { ok: true; value: number } | { ok: false; errors: string[] };
export interface SimCardRequest {
  id: number;
  simCardId: string;
}
/** Anything the practice worker runs. */
export type PracticeRequest = ChallengeRequest | SimCardRequest;
export interface ChallengeReply {
  id: number;
  outcome: RunOutcome | MeasureOutcome;
}

/** Runs a simulation card's setup where we are; never throws. */
export function measureSimCard(simCardId: string): MeasureOutcome {
  const card = getSimCard(simCardId);
  if (!card) return { ok: false, errors: [`unknown simulation card ${simCardId}`] };
  try {
    return { ok: true, value: card.measure() };
  } catch (e) {
    return { ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
}

/** The reply to any worker request. */
export function handleRequest(req: PracticeRequest): ChallengeReply {
  return { id: req.id, outcome: 'simCardId' in req ? measureSimCard(req.simCardId) : runChallenge(req.challengeId, req.values) };
}

/** Runs a challenge where we are (worker or main thread); never throws. */
export function runChallenge(challengeId: string, values: ControlValues): RunOutcome {
  const challenge = getChallenge(challengeId);
  if (!challenge) return { ok: false, errors: [`unknown challenge ${challengeId}`] };
  try {
    return challenge.evaluate(values);
  } catch (e) {
    return { ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
}

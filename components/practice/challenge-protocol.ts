import { getChallenge, type ControlValues, type Evaluation } from '@/lib/practice/challenges';

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
export interface ChallengeReply {
  id: number;
  outcome: RunOutcome;
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

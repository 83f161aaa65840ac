import { getChallenge, type ControlValues } from '@/lib/practice/challenges';
import type { ChallengeOutcome } from '@/lib/practice/challenge-kit';
import { getSimCard } from '@/lib/practice/sim-cards';
import { PAGE_BUDGET } from '@/lib/sim/work';

// The practice jobs as pure functions, the same in the page's worker (components/sims/framework/
// sim.worker.ts) and on the main thread. Kept apart from challenge-runner.ts: the worker must not
// import the module that creates it (a worker that references itself sends the bundler round in circles).

/** A challenge check's outcome: the evaluation, or why the values were refused (out of range, over the page budget). */
export type RunOutcome = ChallengeOutcome;
/** A simulation flashcard's measurement, or why it failed. */
export type MeasureOutcome = { ok: true; value: number } | { ok: false; errors: string[] };

const failure = (e: unknown) => ({ ok: false as const, errors: [e instanceof Error ? e.message : String(e)] });

/** Runs a simulation card's setup where we are; never throws. */
export function measureSimCard(simCardId: string): MeasureOutcome {
  const card = getSimCard(simCardId);
  if (!card) return { ok: false, errors: [`unknown simulation card ${simCardId}`] };
  try {
    return { ok: true, value: card.measure() };
  } catch (e) {
    return failure(e);
  }
}

/**
 * A challenge's check against the page budget, in steps: yields the fraction of the whole check
 * done (all seeds), returns the outcome; never throws. Stop iterating to cancel.
 *
 * @example
 * const steps = challengeSteps('balance-1200', values); let r = steps.next(); while (!r.done) r = steps.next();
 */
export function* challengeSteps(challengeId: string, values: ControlValues): Generator<number, RunOutcome, void> {
  const challenge = getChallenge(challengeId);
  if (!challenge) return { ok: false, errors: [`unknown challenge ${challengeId}`] };
  try {
    return yield* challenge.check(values, PAGE_BUDGET);
  } catch (e) {
    return failure(e);
  }
}

/** Runs a challenge's whole check where we are (tests, the CLI); never throws. */
export function runChallenge(challengeId: string, values: ControlValues): RunOutcome {
  const steps = challengeSteps(challengeId, values);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

import { runInSlices } from '@/components/sims/framework/slices';
import { workerJob } from '@/components/sims/framework/worker-client';
import type { ControlValues } from '@/lib/practice/challenges';
import { Cancelled, type RunOptions } from '@/lib/sim-ui/compute';
import { challengeSteps, measureSimCard, type MeasureOutcome, type RunOutcome } from './challenge-protocol';

export type { MeasureOutcome, RunOutcome } from './challenge-protocol';

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Drains a stepped job on the main thread in slices of at most ~8 ms (well under the 50 ms
 * long-task line), yielding between them, reporting progress and rejecting with
 * {@link Cancelled} when the signal aborts (nothing more runs).
 *
 * @example
 * await drainInSlices(challengeSteps(id, values), { onProgress, signal });
 */
export async function drainInSlices<R>(steps: Generator<number, R, void>, run: RunOptions = {}, sliceMs = 8): Promise<R> {
  await yieldToBrowser();
  const end = await runInSlices(steps, { report: run.onProgress, isCancelled: () => run.signal?.aborted === true, pause: yieldToBrowser, sliceMs });
  if (!end.done) throw new Cancelled();
  return end.value;
}

/**
 * Checks a challenge setting on every seed in the page's shared Web Worker, with progress over
 * all seeds and Cancel (`run.signal`: the promise rejects with {@link Cancelled}); in slices on
 * the main thread where workers are unavailable. Same pure function either way; settings over
 * the page's work budget come back refused (`overBudget`) before any run.
 */
export function runChallengeAsync(challengeId: string, values: ControlValues, run: RunOptions = {}): Promise<RunOutcome> {
  return workerJob<RunOutcome>({ type: 'challenge', challengeId, values }, run, () => drainInSlices(challengeSteps(challengeId, values), run));
}

/** Measures a simulation card's setup in the same worker (a single short run). */
export function measureSimCardAsync(simCardId: string): Promise<MeasureOutcome> {
  return workerJob<MeasureOutcome>({ type: 'sim-card', simCardId }, {}, () => yieldToBrowser().then(() => measureSimCard(simCardId)));
}

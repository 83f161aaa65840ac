import { drainInSlices } from '@/components/practice/challenge-runner';
import { workerJob } from '@/components/sims/framework/worker-client';
import type { GradingSpec } from '@/lib/problems/prepare';
import type { RunOptions } from '@/lib/sim-ui/compute';
import type { Design } from '@/lib/sim/design/schema';
import { gradeJobSteps, type GradeOutcome } from './grade-protocol';

export type { GradeOutcome } from './grade-protocol';

/**
 * Grades a design in the page's shared Web Worker: every scenario × seed on the engine, with
 * progress over all runs and Cancel (`run.signal`; the promise rejects with Cancelled and the
 * worker stops at its next slice). In slices on the main thread where workers are unavailable.
 *
 * @example
 * const outcome = await gradeAsync(problem.spec, design, { onProgress, signal });
 */
export function gradeAsync(spec: GradingSpec, design: Design, run: RunOptions = {}, only?: readonly string[]): Promise<GradeOutcome> {
  return workerJob<GradeOutcome>({ type: 'grade', spec, design, ...(only ? { only: [...only] } : {}) }, run, () => drainInSlices(gradeJobSteps(spec, design, only), run));
}

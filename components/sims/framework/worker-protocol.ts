import type { ControlValues } from '@/lib/practice/challenge-kit';
import type { GradingSpec } from '@/lib/problems/prepare';
import type { Design } from '@/lib/sim/design/schema';
import type { ActionAt, Params } from '@/lib/sim-ui/definition';

/**
 * Jobs the page's one worker does: a simulation's run to the end or sweep, a practice
 * challenge's check over its seeds (against the page budget), a simulation flashcard's measurement,
 * a design problem's grade (every scenario × seed).
 */
export type WorkerJob =
  | { type: 'finish'; simId: string; lanes: Params[]; actions: ActionAt[] }
  | { type: 'sweep'; simId: string; params: Params }
  | { type: 'challenge'; challengeId: string; values: ControlValues }
  | { type: 'sim-card'; simCardId: string }
  | { type: 'grade'; spec: GradingSpec; design: Design; only?: string[] };

/** A job with the id its answer carries. */
export type WorkerRequest = WorkerJob & { id: number };

/**
 * Jobs the worker runs in slices, reading its messages between them: cancelling one sends
 * {@link WorkerCancel} (the worker stops at the next slice) instead of terminating the worker, so
 * the other jobs and the worker itself carry on. Other jobs are cancelled by terminating it.
 */
export const COOPERATIVE_JOBS: ReadonlySet<WorkerJob['type']> = new Set(['challenge', 'finish', 'sweep', 'grade']);

/** "Stop job `id`" (cooperative jobs only); the worker then sends nothing more for it. */
export interface WorkerCancel {
  type: 'cancel';
  id: number;
}

/** Anything the page sends the worker. */
export type WorkerMessage = WorkerRequest | WorkerCancel;

/**
 * Messages back: progress of request `id` (fraction 0–1 of the whole job, e.g. over all of a
 * challenge's seeds; at most every 1 %), its result, or an error (the page then computes it
 * itself). Cancel stops a cooperative job ({@link WorkerCancel}); for the others it terminates the
 * worker and the page starts another for the jobs still waiting.
 */
export type WorkerResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string };

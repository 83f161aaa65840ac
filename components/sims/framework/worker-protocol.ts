import type { ControlValues } from '@/lib/practice/challenge-kit';
import type { ActionAt, Params } from '@/lib/sim-ui/definition';

/**
 * Jobs the page's one worker does: a simulation's run to the end or sweep, a practice
 * challenge's check over its seeds (against the page budget), a simulation flashcard's measurement.
 */
export type WorkerJob =
  | { type: 'finish'; simId: string; lanes: Params[]; actions: ActionAt[] }
  | { type: 'sweep'; simId: string; params: Params }
  | { type: 'challenge'; challengeId: string; values: ControlValues }
  | { type: 'sim-card'; simCardId: string };

/** A job with the id its answer carries. */
export type WorkerRequest = WorkerJob & { id: number };

/**
 * Messages back: progress of request `id` (fraction 0–1 of the whole job, e.g. over all of a
 * challenge's seeds; at most every 1 %), its result, or an error (the page then computes it
 * itself). Cancel terminates the worker; the page starts another for the jobs still waiting.
 */
export type WorkerResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string };

import type { ActionAt, Params } from '@/lib/sim-ui/definition';

/** Jobs the simulation worker does. */
export type WorkerJob = { type: 'finish'; simId: string; lanes: Params[]; actions: ActionAt[] } | { type: 'sweep'; simId: string; params: Params };

/** A job with the id its answer carries. */
export type WorkerRequest = WorkerJob & { id: number };

/**
 * Messages back: progress of request `id` (fraction 0–1, a few per second), its result, or an
 * error (the page then computes it itself). Cancel terminates the worker; the page starts another.
 */
export type WorkerResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string };

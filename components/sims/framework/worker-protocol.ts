import type { ActionAt, Params } from '@/lib/sim-ui/definition';

/** Jobs the simulation worker does. */
export type WorkerJob = { type: 'finish'; simId: string; lanes: Params[]; actions: ActionAt[] } | { type: 'sweep'; simId: string; params: Params };

/** A job with the id its answer carries. */
export type WorkerRequest = WorkerJob & { id: number };

/** Messages back: the result of request `id`, or an error (the page then computes it itself). */
export type WorkerResponse = { id: number; type: 'result'; result: unknown } | { id: number; type: 'error'; message: string };

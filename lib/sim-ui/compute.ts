import type { ActionAt, Params, SimDefinition } from './definition';
import { LaneRunner, replay, type SeriesData } from './runner';
import { runSweep, type SweepResult } from './sweep';

/** Final state of one lane after a run to the end. */
export interface FinishedLane<S = unknown> {
  snapshot: S;
  series: SeriesData;
  simTimeMs: number;
}

/**
 * Where long computations run: a Web Worker on the page, or chunks on the main thread (tests,
 * browsers without Worker). Both give identical numbers: the same pure functions run in each.
 */
export interface ComputeBackend {
  /** Replays each lane's params with the action log to the end. */
  finish(simId: string, lanes: Params[], actions: ActionAt[]): Promise<FinishedLane[]>;
  /** Runs the definition's sweep for these params. */
  sweep(simId: string, params: Params): Promise<SweepResult>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds definitions of many P/S types
export type AnySimDefinition = SimDefinition<any, any>;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs lanes to the end in slices of `samplesPerSlice` chart points, yielding to the event loop
 * between slices so input stays responsive without a worker.
 *
 * @example
 * const lanes = await finishInChunks(queueSim, [params], []);
 */
export async function finishInChunks<P extends Params, S>(def: SimDefinition<P, S>, lanes: P[], actions: ActionAt[], samplesPerSlice = 50): Promise<FinishedLane<S>[]> {
  const out: FinishedLane<S>[] = [];
  for (const params of lanes) {
    // Actions are replayed synchronously (they are few); the long tail after them is chunked.
    const lastAction = actions.reduce((m, a) => Math.max(m, a.atMs), 0);
    const lane: LaneRunner<P, S> = replay(def, params, actions, lastAction);
    while (!lane.advanceTo(Infinity, samplesPerSlice)) await yieldToBrowser();
    out.push({ snapshot: lane.snapshot(), series: lane.series, simTimeMs: lane.now });
  }
  return out;
}

/**
 * The main-thread backend: looks definitions up in `registry`, computes in chunks.
 *
 * @example
 * const backend = mainThreadBackend(simDefinitions);
 * await backend.sweep('queue', params);
 */
export function mainThreadBackend(registry: Record<string, AnySimDefinition>): ComputeBackend {
  const get = (id: string) => {
    const def = registry[id];
    if (!def) throw new Error(`unknown simulation ${id}`);
    return def;
  };
  return {
    finish: (id, lanes, actions) => finishInChunks(get(id), lanes, actions),
    sweep: async (id, params) => {
      await yieldToBrowser();
      return runSweep(get(id), params);
    },
  };
}

import { runEstimate } from './budget';
import type { ActionAt, Params, SimDefinition } from './definition';
import { type LaneRunner, replay, type SeriesData } from './runner';
import { sweepSteps, type SweepResult } from './sweep';

/** Final state of one lane after a run to the end. */
export interface FinishedLane<S = unknown> {
  snapshot: S;
  series: SeriesData;
  simTimeMs: number;
  /** The actions of the log that took effect (the others came after the end or were refused). */
  applied?: ActionAt[];
}

/** Progress reports and cancellation for one long computation. */
export interface RunOptions {
  /** Fraction done, 0–1 (from simulated time against the estimate, or sweep points done). */
  onProgress?: (fraction: number) => void;
  /** Aborting rejects the promise with {@link Cancelled} and stops the work. */
  signal?: AbortSignal;
}

/**
 * Rejection of a computation whose signal was aborted (the learner pressed Cancel).
 *
 * @example
 * backend.finish(id, lanes, [], { signal }).catch((e) => e instanceof Cancelled);
 */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * Where long computations run: a Web Worker on the page, or chunks on the main thread (tests,
 * browsers without Worker). Both give identical numbers: the same pure functions run in each.
 */
export interface ComputeBackend {
  /** Replays each lane's params with the action log to the end. */
  finish(simId: string, lanes: Params[], actions: ActionAt[], run?: RunOptions): Promise<FinishedLane[]>;
  /** Runs the definition's sweep for these params. */
  sweep(simId: string, params: Params, run?: RunOptions): Promise<SweepResult>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds definitions of many P/S types
export type AnySimDefinition = SimDefinition<any, any>;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reports run-to-end progress from simulated time against each lane's estimated span.
 *
 * @example
 * const p = laneProgress(def, lanes); p(0, 5_000); // fraction after lane 0 reached 5 s
 */
export function laneProgress<P extends Params, S>(def: SimDefinition<P, S>, lanes: P[]): (lane: number, simMs: number) => number {
  const spans = lanes.map((p) => runEstimate(def, p)?.simMs ?? 0);
  return (lane, simMs) => {
    const span = spans[lane] ?? 0;
    const within = span > 0 ? Math.min(0.99, simMs / span) : 0;
    return Math.min(0.99, (lane + within) / lanes.length);
  };
}

/**
 * A run to the end in steps of `samplesPerStep` chart points, yielding the fraction done (see
 * {@link laneProgress}) and returning each lane's final state: the worker runs it in slices that
 * read a cancel between them, the main-thread fallback yields to input between steps. Actions are
 * replayed in one go (they are few); the long tail after the last one is stepped.
 *
 * @example
 * const steps = finishSteps(queueSim, [params], []);
 * let r = steps.next();
 * while (!r.done) r = steps.next(); // r.value: one FinishedLane per lane
 */
export function* finishSteps<P extends Params, S>(def: SimDefinition<P, S>, lanes: P[], actions: ActionAt[], samplesPerStep = 20): Generator<number, FinishedLane<S>[]> {
  const out: FinishedLane<S>[] = [];
  const progress = laneProgress(def, lanes);
  const lastAction = actions.reduce((m, a) => Math.max(m, a.atMs), 0);
  for (const [i, params] of lanes.entries()) {
    const lane: LaneRunner<P, S> = replay(def, params, actions, lastAction);
    while (!lane.advanceTo(Infinity, samplesPerStep)) yield progress(i, lane.now);
    out.push({ snapshot: lane.snapshot(), series: lane.series, simTimeMs: lane.now, applied: lane.applied });
  }
  return out;
}

/** Drains stepped work on the main thread, a step per task, reporting progress; Cancel (the signal) stops it. */
async function drain<R>(steps: Generator<number, R>, run: RunOptions): Promise<R> {
  for (;;) {
    await yieldToBrowser();
    if (run.signal?.aborted) {
      steps.return(undefined as never);
      throw new Cancelled();
    }
    const r = steps.next();
    if (r.done) return r.value;
    run.onProgress?.(r.value);
  }
}

/**
 * Runs lanes to the end on the main thread, a step of `samplesPerSlice` chart points per task, so
 * input stays responsive without a worker.
 *
 * @example
 * const lanes = await finishInChunks(queueSim, [params], []);
 */
export function finishInChunks<P extends Params, S>(def: SimDefinition<P, S>, lanes: P[], actions: ActionAt[], samplesPerSlice = 50, run: RunOptions = {}): Promise<FinishedLane<S>[]> {
  return drain(finishSteps(def, lanes, actions, samplesPerSlice), run);
}

/**
 * The main-thread backend: looks definitions up in `registry`, computes in steps.
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
    finish: (id, lanes, actions, run) => finishInChunks(get(id), lanes, actions, 50, run),
    sweep: (id, params, run = {}) => drain(sweepSteps(get(id), params), run),
  };
}

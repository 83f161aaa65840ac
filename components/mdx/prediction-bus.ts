'use client';

import { useSyncExternalStore } from 'react';

/**
 * Where a `<Predict>` stands, for the figure it gates (linked at compile time: the Predict gets
 * `gateId`, the simulation right after it gets `gate` with the same value).
 */
export type PredictionState =
  | { status: 'open' }
  | { status: 'skipped' }
  | {
      status: 'locked';
      /** The learner's number (numeric predictions) in the Predict's unit. */
      guess?: number;
      unit?: string;
      /** Figure metric key the guess is checked against, and when (sim ms; default the end of the run). */
      metric?: string;
      checkAtMs?: number;
    };

const OPEN: PredictionState = { status: 'open' };
const states = new Map<string, PredictionState>();
const listeners = new Set<() => void>();

/** Records a prediction's state and tells the figures that wait on it. */
export function setPrediction(id: string, state: PredictionState): void {
  states.set(id, state);
  for (const l of listeners) l();
}

/** Current state of a prediction (open until locked in or skipped). */
export function getPrediction(id: string): PredictionState {
  return states.get(id) ?? OPEN;
}

function subscribe(cb: () => void) {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** The state of prediction `id` (null when the figure is not gated); open during server render. */
export function usePrediction(id: string | undefined): PredictionState | null {
  return useSyncExternalStore(
    subscribe,
    () => (id ? getPrediction(id) : null),
    () => (id ? OPEN : null),
  );
}

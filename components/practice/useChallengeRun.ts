'use client';

import { startTransition, useCallback, useEffect, useEffectEvent, useRef, useState, useSyncExternalStore } from 'react';
import type { ControlValues } from '@/lib/practice/challenges';
import { Cancelled } from '@/lib/sim-ui/compute';
import { runChallengeAsync, type RunOutcome } from './challenge-runner';

/** Pause after the last change before running: a dragged slider runs once, not per pixel. */
const DEBOUNCE_MS = 120;

/** Where the current values' check is. */
export type CheckPhase =
  /** Queued (in its debounce or behind other checks in the worker) or running: see {@link CheckProgress}. */
  | { kind: 'running' }
  /** The learner pressed Cancel: nothing was run to the end, nothing saved. */
  | { kind: 'cancelled' }
  | { kind: 'done' };

/**
 * The running check's fraction (0–1 over all seeds; null while queued), kept outside React state:
 * only the progress bar subscribes, so a progress message re-renders that bar, not the card.
 */
export interface CheckProgress {
  subscribe(listener: () => void): () => void;
  get(): number | null;
}

function progressStore(): CheckProgress & { set(f: number | null): void } {
  let value: number | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)),
    get: () => value,
    set(f) {
      if (f === value) return;
      value = f;
      for (const l of listeners) l();
    },
  };
}

/** The fraction of a {@link CheckProgress} (re-renders the caller on every change). */
export function useCheckFraction(progress: CheckProgress): number | null {
  return useSyncExternalStore(progress.subscribe, progress.get, () => null);
}

/**
 * The check of the current values, re-run (debounced, in the page's worker) on every change, with
 * progress over all seeds and `cancel()`. A superseded check is cancelled too, so the worker never
 * finishes work nobody reads. While a check is pending the previous outcome stays, flagged
 * `stale`, so the layout does not jump; `onOutcome` sees only finished checks (never a cancelled
 * one). Outcome renders are transitions: React renders them in slices, never one long task.
 */
export function useChallengeRun(challengeId: string, values: ControlValues, onOutcome?: (o: RunOutcome) => void) {
  const key = JSON.stringify(values);
  const [state, setState] = useState<{ key: string; outcome: RunOutcome } | null>(null);
  const [phase, setPhase] = useState<{ key: string; attempt: number; phase: CheckPhase }>({ key, attempt: 0, phase: { kind: 'running' } });
  const [attempt, setAttempt] = useState(0);
  const [progress] = useState(progressStore);
  const current = useRef<{ abort: AbortController; byUser: boolean } | null>(null);
  const reportOutcome = useEffectEvent((outcome: RunOutcome) => onOutcome?.(outcome));
  useEffect(() => {
    const abort = new AbortController();
    const run = { abort, byUser: false };
    current.current = run;
    progress.set(null);
    const timer = window.setTimeout(() => {
      runChallengeAsync(challengeId, JSON.parse(key) as ControlValues, { signal: abort.signal, onProgress: (fraction) => progress.set(fraction) }).then(
        (outcome) => {
          if (abort.signal.aborted) return;
          startTransition(() => {
            setState({ key, outcome });
            setPhase({ key, attempt, phase: { kind: 'done' } });
          });
          reportOutcome(outcome);
        },
        (e: unknown) => {
          if (!(e instanceof Cancelled)) throw e;
          if (run.byUser) setPhase({ key, attempt, phase: { kind: 'cancelled' } });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [challengeId, key, attempt, progress]);

  /** Stops the running check (the worker is terminated mid-run); the outcome and the saved best stay as they were. */
  const cancel = useCallback(() => {
    const run = current.current;
    if (!run || run.abort.signal.aborted) return;
    run.byUser = true;
    run.abort.abort();
    // a check still in its debounce never reached the worker: say so all the same
    setPhase((p) => ({ ...p, phase: { kind: 'cancelled' } }));
  }, []);
  /** Runs the current values' check again (after a cancel). */
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const now: CheckPhase = phase.key === key && phase.attempt === attempt ? phase.phase : { kind: 'running' };
  return { outcome: state?.outcome ?? null, stale: state?.key !== key, phase: now, progress, cancel, retry };
}

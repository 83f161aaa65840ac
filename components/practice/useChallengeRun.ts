'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import type { ControlValues } from '@/lib/practice/challenges';
import { runChallengeAsync, type RunOutcome } from './challenge-runner';

/** Pause after the last change before running: a dragged slider runs once, not per pixel. */
const DEBOUNCE_MS = 120;

/**
 * The outcome for the current values, re-run (debounced, in a worker) on every change. While a
 * run is pending the previous outcome stays, flagged `stale`, so the layout does not jump.
 */
export function useChallengeRun(challengeId: string, values: ControlValues, onOutcome?: (o: RunOutcome) => void) {
  const key = JSON.stringify(values);
  const [state, setState] = useState<{ key: string; outcome: RunOutcome } | null>(null);
  const reportOutcome = useEffectEvent((outcome: RunOutcome) => onOutcome?.(outcome));
  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void runChallengeAsync(challengeId, JSON.parse(key) as ControlValues).then((outcome) => {
        if (cancelled) return;
        setState({ key, outcome });
        reportOutcome(outcome);
      });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [challengeId, key]);
  return { outcome: state?.outcome ?? null, stale: state?.key !== key };
}

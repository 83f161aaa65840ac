'use client';

import { useEffect, useState } from 'react';
import { shownValue, type MetricDef } from '@/lib/sim-ui/definition';
import { formatValue } from '@/lib/sim-ui/format';
import { useSimStoreApi } from './context';

/** Seconds between spoken summaries while a run plays (polite, so it never interrupts). */
export const SUMMARY_EVERY_MS = 5000;

/**
 * A screen-reader summary of the key metrics, updated at most every few seconds and when a run
 * finishes, in a polite live region.
 */
export function LiveSummary() {
  const api = useSimStoreApi();
  const [text, setText] = useState('');
  useEffect(() => {
    const describe = () => {
      const s = api.getState();
      const parts = (s.def.metrics as MetricDef<unknown>[]).filter((m) => m.summary).map((m) => `${m.label} ${formatValue(shownValue(s.def, m, s.a.snapshot), m.unit)}`);
      return `${s.done ? 'Finished' : 'At'} ${(s.simTimeMs / 1000).toFixed(0)} s simulated: ${parts.join(', ')}.`;
    };
    const timer = setInterval(() => {
      if (api.getState().playing) setText(describe());
    }, SUMMARY_EVERY_MS);
    let wasDone = api.getState().done;
    const unsub = api.subscribe((s) => {
      if (s.done && !wasDone) setText(describe());
      wasDone = s.done;
    });
    return () => {
      clearInterval(timer);
      unsub();
    };
  }, [api]);
  return (
    <p className="sr-only" aria-live="polite">
      {text}
    </p>
  );
}

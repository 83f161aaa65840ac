'use client';

import { useCallback, useRef, useState } from 'react';
import { Cancelled } from '@/lib/sim-ui/compute';
import type { GradingSpec } from '@/lib/problems/prepare';
import type { GradeReport } from '@/lib/problems/report';
import type { Design } from '@/lib/sim/design/schema';
import { gradeAsync } from './grade-runner';

/** Where a grade is. */
export type GradeState =
  | { kind: 'idle' }
  | { kind: 'running'; fraction: number | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: string }
  | { kind: 'done'; report: GradeReport; design: Design };

/**
 * A grade on demand in the page's worker: `start(design)` runs every scenario × seed with
 * progress, `cancel()` stops it (nothing is saved), `onReport` sees only finished grades.
 */
export function useGradeRun(spec: GradingSpec, onReport?: (report: GradeReport, design: Design) => void) {
  const [state, setState] = useState<GradeState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const start = useCallback(
    (design: Design, only?: readonly string[]) => {
      abort.current?.abort();
      const a = new AbortController();
      abort.current = a;
      setState({ kind: 'running', fraction: null });
      gradeAsync(spec, design, { signal: a.signal, onProgress: (fraction) => setState({ kind: 'running', fraction }) }, only).then(
        (outcome) => {
          if (a.signal.aborted) return;
          if (!outcome.ok) return setState({ kind: 'failed', error: outcome.error });
          setState({ kind: 'done', report: outcome.report, design });
          onReport?.(outcome.report, design);
        },
        (e: unknown) => {
          if (e instanceof Cancelled) setState({ kind: 'cancelled' });
          else setState({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
        },
      );
    },
    [spec, onReport],
  );
  const cancel = useCallback(() => abort.current?.abort(), []);
  return { state, start, cancel };
}

/** "Run 4 of 9 · 45 %" over a grade's runs. */
export function gradeProgressText(fraction: number | null, runs: number): string {
  if (fraction === null) return 'waiting';
  const run = Math.min(runs, Math.floor(fraction * runs) + 1);
  return `Run ${run} of ${runs} · ${Math.floor(fraction * 100)} %`;
}

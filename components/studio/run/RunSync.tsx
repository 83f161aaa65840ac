'use client';

import { useEffect, useRef } from 'react';
import { useSimStoreApi } from '@/components/sims/framework/context';
import type { DesignParams } from '@/components/sims/design/definition';
import type { SimAction } from '@/lib/sim/core/engine';
import type { Design, DesignAction, DesignSnapshot } from '@/lib/sim/design';
import type { SharedRun } from '@/lib/studio/share';
import { useStudioApi } from '../context';
import { runBoxes } from './boxes';
import type { RunResult } from './types';

/** The framework's action type is the older models'; a design's faults pass through it unchanged. */
export const asSimAction = (a: DesignAction) => a as unknown as SimAction;
export const asDesignAction = (a: SimAction) => a as unknown as DesignAction;

const same = (a: Design, b: Design) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps the run in step with the studio: a valid design replaces the run's (or lane B's while
 * comparing), restarting it at 00:00; the boxes are painted from the run's snapshot; a finished
 * run is reported (`onRunResult`, `onFinished`); a shared link's run is replayed on arrival.
 */
export function RunSync({ shared, onRunResult, onFinished }: { shared: SharedRun | null; onRunResult?: (r: RunResult) => void; onFinished?: (d: Design) => void }) {
  const studio = useStudioApi();
  const run = useSimStoreApi<DesignParams, DesignSnapshot>();
  const replayed = useRef<SharedRun | null>(null);

  // the studio's design → the run
  useEffect(() => {
    const push = () => {
      const c = studio.getState().checked;
      if (!c.ok) return;
      const r = run.getState();
      if (r.compareKey && r.b) {
        const b = { ...c.design, run: r.params.design.run };
        if (!same(b, (r.b.params as DesignParams).design)) r.setCompareValue(b);
      } else if (!same(c.design, r.params.design)) r.setParam('design', c.design);
    };
    push();
    return studio.subscribe((s, prev) => {
      if (s.revision !== prev.revision) push();
    });
  }, [studio, run]);

  // the run → the boxes on the canvas (lane B's while comparing: the canvas shows the current design)
  useEffect(() => {
    const paint = () => {
      const s = run.getState();
      if (!studio.getState().checked.ok) return studio.getState().setRunBoxes(null);
      const started = s.simTimeMs > 0 || s.done;
      studio.getState().setRunBoxes(started ? runBoxes((s.b ?? s.a).snapshot) : null);
    };
    paint();
    const unRun = run.subscribe((s, prev) => {
      if (s.version !== prev.version || s.done !== prev.done || s.runId !== prev.runId) paint();
      if (s.done && !prev.done) {
        const design = s.params.design;
        onFinished?.(design);
        onRunResult?.({ design: (s.b?.params as DesignParams | undefined)?.design ?? design, actions: s.actions.map((a) => ({ atMs: a.atMs, action: asDesignAction(a.action) })), metrics: (s.b ?? s.a).snapshot.metrics });
      }
    });
    const unStudio = studio.subscribe((s, prev) => {
      if (s.checked !== prev.checked) paint();
    });
    return () => {
      unRun();
      unStudio();
      studio.getState().setRunBoxes(null);
    };
  }, [studio, run, onRunResult, onFinished]);

  // a shared link: the same design(s), the same faults at the same times, run to the end
  useEffect(() => {
    if (!shared || replayed.current === shared) return;
    replayed.current = shared;
    const r = run.getState();
    if (shared.compare) {
      r.setParam('design', shared.compare);
      run.getState().startCompare('design');
      run.getState().setCompareValue({ ...shared.design, run: shared.compare.run });
    } else r.setParam('design', shared.design);
    for (const a of shared.actions) run.getState().schedule({ atMs: a.atMs, action: asSimAction(a.action) });
    if (shared.run) void run.getState().runToEnd();
  }, [shared, run]);

  return null;
}

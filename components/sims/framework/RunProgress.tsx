'use client';

import { useSim, useSimStoreApi } from './context';
import { WorkProgress } from './WorkProgress';

/**
 * Progress of a run to the end (`kind="run"`) or a sweep computing in the worker, with a Cancel
 * button; renders nothing while none is computing.
 */
export function RunProgress({ kind }: { kind: 'run' | 'sweep' }) {
  const fraction = useSim((s) => (kind === 'run' ? s.runProgress : s.sweepProgress));
  const api = useSimStoreApi();
  if (fraction === null) return null;
  const what = kind === 'run' ? 'Run to end' : 'Sweep';
  return (
    <WorkProgress
      fraction={fraction}
      label={`${what} progress`}
      text={`${Math.round(fraction * 100)} %`}
      cancelLabel={`Cancel ${what.toLowerCase()}`}
      onCancel={() => (kind === 'run' ? api.getState().cancelRun() : api.getState().cancelSweep())}
    />
  );
}

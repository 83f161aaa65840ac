'use client';

import { useSim, useSimStoreApi } from './context';
import { WorkProgress } from './WorkProgress';

/**
 * Progress of a run to the end (`kind="run"`, also a share link's moment being reached) or a
 * sweep computing in the worker, with a Cancel button; renders nothing while none is computing.
 */
export function RunProgress({ kind }: { kind: 'run' | 'sweep' }) {
  const fraction = useSim((s) => (kind === 'run' ? s.runProgress : s.sweepProgress));
  const seeking = useSim((s) => kind === 'run' && s.seekTo !== null);
  const api = useSimStoreApi();
  if (fraction === null) return null;
  // A share link's moment is reached by playing forward, like a run to the end that stops early.
  const what = seeking ? 'Going to the link’s moment' : kind === 'run' ? 'Run to end' : 'Sweep';
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

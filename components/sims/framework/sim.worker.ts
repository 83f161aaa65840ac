/// <reference lib="webworker" />
import { challengeSteps, measureSimCard } from '@/components/practice/challenge-protocol';
import { laneProgress } from '@/lib/sim-ui/compute';
import { replay } from '@/lib/sim-ui/runner';
import { sweepSteps } from '@/lib/sim-ui/sweep';
import { simDefinitions } from '../definitions';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

// Runs to the end, sweeps and practice challenge checks off the main thread, with progress; the
// same pure functions as the fallback. Cancel = the page terminates this worker (a run in progress
// cannot be interrupted).
const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Progress at most every 1 % (and never for the same value twice). */
function reporter(id: number, reply: (msg: WorkerResponse) => void): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    if (fraction - last < 0.01) return;
    last = fraction;
    reply({ id, type: 'progress', fraction });
  };
}

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  const reply = (msg: WorkerResponse) => scope.postMessage(msg);
  const report = reporter(req.id, reply);
  try {
    if (req.type === 'challenge') {
      const steps = challengeSteps(req.challengeId, req.values);
      let r = steps.next();
      while (!r.done) {
        report(r.value);
        r = steps.next();
      }
      return reply({ id: req.id, type: 'result', result: r.value });
    }
    if (req.type === 'sim-card') return reply({ id: req.id, type: 'result', result: measureSimCard(req.simCardId) });
    const def = simDefinitions[req.simId];
    if (!def) throw new Error(`unknown simulation ${req.simId}`);
    if (req.type === 'sweep') {
      const steps = sweepSteps(def, req.params);
      let r = steps.next();
      while (!r.done) {
        report(r.value.done / r.value.total);
        r = steps.next();
      }
      reply({ id: req.id, type: 'result', result: r.value });
    } else {
      const progress = laneProgress(def, req.lanes);
      const lastAction = req.actions.reduce((m, a) => Math.max(m, a.atMs), 0);
      const result = req.lanes.map((params, i) => {
        const lane = replay(def, params, req.actions, lastAction);
        while (!lane.advanceTo(Infinity, 20)) report(progress(i, lane.now));
        return { snapshot: lane.snapshot(), series: lane.series, simTimeMs: lane.now };
      });
      reply({ id: req.id, type: 'result', result });
    }
  } catch (err) {
    reply({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};

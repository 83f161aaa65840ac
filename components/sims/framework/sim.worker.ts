/// <reference lib="webworker" />
import { challengeSteps, measureSimCard } from '@/components/practice/challenge-protocol';
import { gradeJobSteps } from '@/components/problems/grade-protocol';
import { finishSteps } from '@/lib/sim-ui/compute';
import { sweepSteps } from '@/lib/sim-ui/sweep';
import { simDefinitions } from '../definitions';
import { runInSlices } from './slices';
import type { WorkerMessage, WorkerResponse } from './worker-protocol';

// Runs to the end, sweeps, practice challenge checks and design grades off the main thread, with
// progress; the same pure functions as the fallback. They run in slices and read their messages in
// between, so a 'cancel' stops one there and the worker carries on; a simulation flashcard's
// measurement (one short run) is cancelled by terminating this worker.
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

/** Jobs the page has cancelled (cooperative jobs stop at their next slice). */
const cancelled = new Set<number>();
/** Hands control back to the worker's event loop (a message task, without setTimeout's clamping). */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

scope.onmessage = async (e: MessageEvent<WorkerMessage>) => {
  const req = e.data;
  if (req.type === 'cancel') return void cancelled.add(req.id);
  const reply = (msg: WorkerResponse) => scope.postMessage(msg);
  const report = reporter(req.id, reply);
  try {
    if (req.type === 'challenge') {
      const end = await runInSlices(challengeSteps(req.challengeId, req.values), { report, pause, isCancelled: () => cancelled.has(req.id) });
      cancelled.delete(req.id);
      return end.done ? reply({ id: req.id, type: 'result', result: end.value }) : undefined;
    }
    if (req.type === 'grade') {
      const end = await runInSlices(gradeJobSteps(req.spec, req.design, req.only), { report, pause, isCancelled: () => cancelled.has(req.id) });
      cancelled.delete(req.id);
      return end.done ? reply({ id: req.id, type: 'result', result: end.value }) : undefined;
    }
    if (req.type === 'sim-card') return reply({ id: req.id, type: 'result', result: measureSimCard(req.simCardId) });
    const def = simDefinitions[req.simId];
    if (!def) throw new Error(`unknown simulation ${req.simId}`);
    // a run to the end and a sweep: in slices too, so Cancel stops them here (the worker lives on)
    const steps = req.type === 'sweep' ? sweepSteps(def, req.params) : finishSteps(def, req.lanes, req.actions);
    const end = await runInSlices<unknown>(steps, { report, pause, isCancelled: () => cancelled.has(req.id) });
    cancelled.delete(req.id);
    if (end.done) reply({ id: req.id, type: 'result', result: end.value });
  } catch (err) {
    reply({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};

/// <reference lib="webworker" />
import { runSweep } from '@/lib/sim-ui/sweep';
import { replay } from '@/lib/sim-ui/runner';
import { simDefinitions } from '../definitions';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

// Runs to the end and sweeps off the main thread; the same pure functions as the fallback.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  const reply = (msg: WorkerResponse) => scope.postMessage(msg);
  try {
    const def = simDefinitions[req.simId];
    if (!def) throw new Error(`unknown simulation ${req.simId}`);
    if (req.type === 'sweep') reply({ id: req.id, type: 'result', result: runSweep(def, req.params) });
    else {
      const result = req.lanes.map((params) => {
        const lane = replay(def, params, req.actions);
        return { snapshot: lane.snapshot(), series: lane.series, simTimeMs: lane.now };
      });
      reply({ id: req.id, type: 'result', result });
    }
  } catch (err) {
    reply({ id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};

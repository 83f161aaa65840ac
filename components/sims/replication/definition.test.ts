import { describe, expect, it } from 'vitest';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import { runSweep } from '@/lib/sim-ui/sweep';
import { createSimStore } from '../framework/store';
import { primaryLoad, replicaLoad, replicationSim } from './definition';

const backend = mainThreadBackend({ [replicationSim.id]: replicationSim });
const lesson = { replicas: 2, writeRatio: 0.1, lagMeanMs: 200, requests: 8000 };

async function finish(props: Record<string, unknown>) {
  const store = createSimStore(replicationSim, { props, backend });
  await store.getState().runToEnd();
  return store.getState().a.snapshot;
}

describe('ReplicationSim definition', () => {
  it('more replicas: lower load per replica, the primary about the same', async () => {
    const two = await finish(lesson);
    const six = await finish({ ...lesson, replicas: 6 });
    expect(replicaLoad(six)).toBeLessThan(replicaLoad(two) / 2);
    expect(Math.abs(primaryLoad(six) - primaryLoad(two))).toBeLessThan(0.03);
  });

  it('more lag: more stale reads and read-your-writes violations; the window removes most violations', async () => {
    const base = await finish(lesson);
    const laggy = await finish({ ...lesson, lagMeanMs: 2000 });
    expect(laggy.metrics.staleReadShare).toBeGreaterThan(3 * base.metrics.staleReadShare);
    expect(laggy.metrics.readYourWritesViolations).toBeGreaterThan(base.metrics.readYourWritesViolations);
    const window = await finish({ ...lesson, readYourWritesWindowMs: 1000 });
    expect(window.metrics.readYourWritesViolations).toBeLessThan(base.metrics.readYourWritesViolations / 5);
    expect(primaryLoad(window)).toBeGreaterThan(2 * primaryLoad(base));
  });

  it('the theory line matches the primary load without a window', async () => {
    const s = await finish(lesson);
    const theory = replicationSim.charts.find((c) => c.id === 'load')!.theory!(createSimStore(replicationSim, { props: lesson, backend }).getState().params);
    expect(theory!.value).toBeCloseTo(0.15, 5);
    expect(Math.abs(primaryLoad(s) - theory!.value)).toBeLessThan(0.02);
  });

  it('the sweep falls per replica as replicas are added', () => {
    const params = createSimStore(replicationSim, { props: lesson, backend }).getState().params;
    const r = runSweep(replicationSim, params);
    const perReplica = r.y.replicaLoad!.slice(1);
    expect(perReplica[0]).toBeGreaterThan(perReplica.at(-1)! * 4);
  });

  it('every preset is valid for the model', () => {
    for (const name of Object.keys(replicationSim.presets)) expect(createSimStore(replicationSim, { props: { preset: name }, backend }).getState().notices).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import { createSimStore } from '../framework/store';
import { deploySim, plannedMinInRotation } from './definition';

const backend = mainThreadBackend({ [deploySim.id]: deploySim });
const lesson = { servers: 6, strategy: 'rolling', batchSize: 2, bootTimeMs: 15000, deployAtMs: 5000, arrivalRate: 350, serviceTimeMs: 10 };

async function finish(props: Record<string, unknown>) {
  const store = createSimStore(deploySim, { props, backend });
  await store.getState().runToEnd();
  const st = store.getState();
  const col = (key: string) => st.a.series[1 + deploySim.series.findIndex((d) => d.key === key)]!;
  return { s: st.a.snapshot, col };
}

describe('DeploySim definition', () => {
  it('rolling: both versions serve at once, capacity dips by one batch, nothing fails', async () => {
    const { s, col } = await finish(lesson);
    const a = col('inRotationA');
    const b = col('inRotationB');
    expect(a.some((x, i) => x > 0 && (b[i] ?? 0) > 0)).toBe(true);
    expect(s.metrics.minServersInRotation).toBe(4);
    expect(s.metrics.failed).toBe(0);
    expect(s.metrics.deployDurationMs).toBeGreaterThan(45_000);
  });

  it('all-at-once: no server in rotation while booting, so requests fail; blue-green doubles the fleet', async () => {
    const all = await finish({ ...lesson, strategy: 'all-at-once' });
    expect(all.s.metrics.minServersInRotation).toBe(0);
    expect(all.s.metrics.failed).toBeGreaterThan(1000);
    expect(all.s.metrics.mixedVersionsMs).toBe(0);
    const bg = await finish({ ...lesson, strategy: 'blue-green' });
    expect(bg.s.metrics.peakServers).toBe(12);
    expect(bg.s.metrics.failed).toBe(0);
  });

  it('the planned minimum matches what each strategy achieves', async () => {
    for (const strategy of ['rolling', 'all-at-once', 'blue-green'] as const) {
      const { s } = await finish({ ...lesson, strategy });
      expect(s.metrics.minServersInRotation).toBe(plannedMinInRotation({ servers: 6, strategy, batchSize: 2 }));
    }
  });

  it('every preset is valid for the model', () => {
    for (const name of Object.keys(deploySim.presets)) expect(createSimStore(deploySim, { props: { preset: name }, backend }).getState().notices).toEqual([]);
  });
});

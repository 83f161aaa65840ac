import { describe, expect, it } from 'vitest';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import { createSimStore } from '../framework/store';
import { simPropSchemas } from '../props';
import { systemSim } from './definition';

const backend = mainThreadBackend({ [systemSim.id]: systemSim });
const short = { dayMs: 60_000, sampleIntervalMs: 1_000 };

async function finish(props: Record<string, unknown>) {
  const store = createSimStore(systemSim, { props, backend });
  await store.getState().runToEnd();
  return store.getState();
}

describe('SystemSim definition', () => {
  it('MDX props: stages, presets and model ranges are checked', () => {
    const schema = simPropSchemas.SystemSim!;
    expect(schema.safeParse({ stage: 'clones', preset: 'black-friday', controls: ['stage', 'appMachines'] }).success).toBe(true);
    expect(schema.safeParse({ stage: 'warp' }).success).toBe(false);
    expect(schema.safeParse({ appMachines: 0 }).success).toBe(false);
  });

  it('every preset runs to the end through the store, conserving requests', async () => {
    for (const preset of Object.keys(systemSim.presets)) {
      const s = await finish({ preset, ...short });
      const m = s.a.snapshot.metrics;
      expect(m.completed + m.dropped, preset).toBe(m.requests);
      expect(s.a.series[0]!.length, preset).toBeGreaterThan(10);
    }
  });

  it('adding the clones stage moves the bottleneck off the one box; the bill follows', async () => {
    const box = await finish({ ...short, stage: 'one-box', peakRate: 300 });
    const clones = await finish({ ...short, stage: 'clones', peakRate: 300, appMachines: 8 });
    expect(box.a.snapshot.metrics.bottleneck).toBe('app');
    expect(clones.a.snapshot.metrics.bottleneck).toBe('db');
    expect(clones.a.snapshot.metrics.monthlyCost).toBeGreaterThan(box.a.snapshot.metrics.monthlyCost);
  });
});

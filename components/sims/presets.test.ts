import { describe, expect, it } from 'vitest';
import { mainThreadBackend, type AnySimDefinition } from '@/lib/sim-ui/compute';
import type { Params } from '@/lib/sim-ui/definition';
import { simDefinitions } from './definitions';
import { createSimStore } from './framework/store';

/** Time a preset's event needs on screen after it happens, before the run may end. */
const SHOWN_FOR_MS = 5_000;

const backend = mainThreadBackend(simDefinitions);

/**
 * The moments a preset demonstrates, from its parameters and its finished run: a server dying
 * (and the health check noticing), a server or shard joining, a deploy finishing. Each must
 * happen inside the run, with time to see its effect.
 */
function demonstratedMomentsMs(id: string, p: Params, metrics: Record<string, unknown>): { what: string; atMs: number }[] {
  const at = (what: string, atMs: unknown) => (typeof atMs === 'number' ? [{ what, atMs }] : []);
  const n = (k: string) => p[k] as number;
  switch (id) {
    case 'lb':
      return p.failServer == null ? [] : at('failed server taken out of rotation', n('failAtMs') + n('healthCheckMs'));
    case 'sessions':
      return [...(p.killServer == null ? [] : at('server dies', n('killAtMs'))), ...(p.addServerAtMs == null ? [] : at('server joins', n('addServerAtMs')))];
    case 'sharding':
      return p.addShardAtMs == null ? [] : at('shard added', n('addShardAtMs'));
    case 'deploy': {
      const duration = metrics.deployDurationMs;
      // An unfinished rollout has no duration: report it as never.
      return [{ what: 'rollout finished', atMs: typeof duration === 'number' && duration > 0 ? n('deployAtMs') + duration : Infinity }];
    }
    default:
      return [];
  }
}

async function finish(def: AnySimDefinition, preset: string) {
  const store = createSimStore(def, { props: { preset }, backend });
  await store.getState().runToEnd();
  const st = store.getState();
  return { st, endMs: st.simTimeMs, snapshot: st.a.snapshot as { metrics?: Record<string, unknown> } };
}

describe('every preset finishes what it demonstrates', () => {
  for (const def of Object.values(simDefinitions)) {
    for (const name of Object.keys(def.presets)) {
      it(`${def.id} / ${def.presets[name]!.label}`, async () => {
        const { st, endMs, snapshot } = await finish(def, name);
        expect(st.notices).toEqual([]);
        expect(def.warmingUp?.(st.a.snapshot) ?? false).toBe(false);
        for (const m of demonstratedMomentsMs(def.id, st.params as Params, snapshot.metrics ?? {})) {
          expect(m.atMs + SHOWN_FOR_MS, `${m.what} at ${m.atMs} ms, run ends at ${endMs} ms`).toBeLessThanOrEqual(endMs);
        }
      });
    }
  }
});

describe('the deploy presets show "twice as long" on screen', () => {
  it('batches of 1 take about twice as long as batches of 2 at 450 req/s, and both finish', async () => {
    const { deploySim } = await import('./deploy/definition');
    const two = await finish(deploySim, 'busy-rolling');
    const one = await finish(deploySim, 'one-at-a-time');
    const d2 = two.snapshot.metrics!.deployDurationMs as number;
    const d1 = one.snapshot.metrics!.deployDurationMs as number;
    expect(d2).toBeGreaterThan(0);
    expect(d1 / d2).toBeGreaterThan(1.6);
    expect(d1 / d2).toBeLessThan(2.4);
  });
});

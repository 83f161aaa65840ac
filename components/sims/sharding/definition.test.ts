import { describe, expect, it } from 'vitest';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import { createSimStore } from '../framework/store';
import { hottestShard, shardingSim } from './definition';

const backend = mainThreadBackend({ [shardingSim.id]: shardingSim });
const lesson = { shards: 4, partitioning: 'modulo', zipf: 0.9, keys: 10_000, requests: 6000 };

/** Steps a little, presses "Add a shard", and runs to the end. */
async function addShard(props: Record<string, unknown>) {
  const store = createSimStore(shardingSim, { props, backend });
  store.getState().step();
  expect(store.getState().a.snapshot.moves.moved).toBe(0);
  store.getState().act({ type: 'add-server' });
  expect(store.getState().actions).toHaveLength(1);
  await store.getState().runToEnd();
  return store.getState().a.snapshot;
}

describe('ShardingSim definition', () => {
  it('adding a shard moves ~80 % of keys with modulo and ~20 % with consistent hashing, and the new shard serves', async () => {
    const mod = await addShard(lesson);
    const ring = await addShard({ ...lesson, partitioning: 'consistent-hash' });
    expect(mod.shards).toHaveLength(5);
    expect(mod.moves.movedShare).toBeCloseTo(mod.metrics.keysMovedOnAdd, 10);
    expect(mod.moves.movedShare).toBeGreaterThan(0.75);
    expect(ring.moves.movedShare).toBeLessThan(0.25);
    expect(ring.moves.movedBetweenOldShare).toBe(0);
    expect(ring.metrics.perShard[4]!.served).toBeGreaterThan(0);
  });

  it('range with clustered hot keys overloads the first shard', async () => {
    const store = createSimStore(shardingSim, { props: { preset: 'range-clustered', requests: 6000 }, backend });
    await store.getState().runToEnd();
    const s = store.getState().a.snapshot;
    expect(hottestShard(s)).toBe(0);
    expect(s.metrics.perShard[0]!.utilization).toBeGreaterThan(0.95);
  });

  it('every preset is valid for the model', () => {
    for (const name of Object.keys(shardingSim.presets)) expect(createSimStore(shardingSim, { props: { preset: name }, backend }).getState().notices).toEqual([]);
  });
});

describe('ShardingSim A/B compare', () => {
  it('one button adds a shard in both lanes: modulo (A) moves far more keys than consistent hashing (B)', async () => {
    const store = createSimStore(shardingSim, { props: lesson, backend });
    store.getState().startCompare('partitioning');
    store.getState().setCompareValue('consistent-hash');
    store.getState().step();
    store.getState().act({ type: 'add-server' });
    await store.getState().runToEnd();
    const { a, b } = store.getState();
    expect(a.snapshot.moves.movedShare).toBeGreaterThan(0.75);
    expect(b!.snapshot.moves.movedShare).toBeLessThan(0.25);
  });
});

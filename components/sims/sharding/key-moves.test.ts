import { describe, expect, it } from 'vitest';
import { movedShare } from '@/lib/sim/models/partition';
import { keyMoves, keyMovesTracker } from './key-moves';

describe('keyMoves', () => {
  it('agrees with the engine on the share of keys moved from 4 to 5 shards', () => {
    for (const kind of ['modulo', 'consistent-hash', 'range'] as const) expect(keyMoves(kind, 4, 5, 10_000, 100).movedShare).toBe(movedShare(kind, 4, 10_000, 100));
  });

  it('modulo moves about 80 %, mostly between old shards; consistent hashing about 20 %, all onto the new shard', () => {
    const mod = keyMoves('modulo', 4, 5, 10_000, 100);
    expect(mod.movedShare).toBeGreaterThan(0.75);
    expect(mod.movedBetweenOldShare).toBeGreaterThan(0.5);
    const ring = keyMoves('consistent-hash', 4, 5, 10_000, 100);
    expect(ring.movedShare).toBeGreaterThan(0.15);
    expect(ring.movedShare).toBeLessThan(0.25);
    expect(ring.movedToNewShards).toBe(ring.moved);
    expect(ring.movedBetweenOldShare).toBe(0);
  });

  it('samples the grid evenly and marks exactly the sampled keys whose shard changed', () => {
    const m = keyMoves('modulo', 4, 5, 1000, 100, 100);
    expect(m.sampleKeys).toHaveLength(100);
    expect(m.sampleKeys[1]).toBe(10);
    expect(m.before.every((s) => s < 4)).toBe(true);
    expect(m.after.some((s) => s === 4)).toBe(true);
  });

  it('moves nothing when the count is unchanged, and never samples more keys than exist', () => {
    const m = keyMoves('range', 3, 3, 50, 10);
    expect(m.moved).toBe(0);
    expect(m.sampleKeys).toHaveLength(50);
    expect(m.after).toEqual(m.before);
  });

  it('the tracker recomputes only when the shard count changes', () => {
    const t = keyMovesTracker('consistent-hash', 4, 2000, 50);
    const a = t(4);
    expect(t(4)).toBe(a);
    const b = t(5);
    expect(b).not.toBe(a);
    expect(b.moved).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { models } from '@/lib/sim/models';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import { createSimStore } from '../framework/store';
import { cacheSim, type CacheView } from './definition';
import { capacityHitRate, cachePrediction } from './prediction';

const defaults = models.cache.schema.parse(cacheSim.defaults ?? {});
const backend = mainThreadBackend({ [cacheSim.id]: cacheSim });

async function run(props: Record<string, unknown>) {
  const store = createSimStore(cacheSim, { props, backend });
  await store.getState().runToEnd();
  return store.getState().a.snapshot as CacheView;
}

describe('the "Predicted hit rate (theory)" card', () => {
  it('with no TTL and no writes shows the capacity-only prediction and names it', () => {
    const pr = cachePrediction(defaults);
    expect(pr.value).toBeCloseTo(capacityHitRate(defaults), 12);
    expect(pr.note).toMatch(/Che approximation/);
  });

  it('is exact when every key fits, TTL and writes included, and the engine agrees', async () => {
    const props = { keys: 2000, capacity: 2000, ttlMs: 2000, writeRatio: 0.05 };
    const s = await run(props);
    expect(s.prediction.value).not.toBeNull();
    expect(s.prediction.note).toMatch(/^Exact/);
    expect(Math.abs(s.metrics.hitRate - (s.prediction.value as number))).toBeLessThan(0.01);
  });

  it('hides when a TTL matters with a cache smaller than the keys (the 43.7 % vs 26 % case)', async () => {
    const s = await run({ ttlMs: 2000 });
    expect(s.prediction.value).toBeNull();
    expect(s.prediction.note).toMatch(/No prediction: the TTL matters/);
    expect(cacheSim.metrics.find((m) => m.key === 'predicted')!.hidden!(s)).toBe(true);
    expect(cacheSim.charts.find((c) => c.id === 'hit')!.theory!({ ...defaults, ttlMs: 2000 })).toBeNull();
  });

  it('keeps the capacity-only number, saying what it ignores, when the TTL barely matters', () => {
    const pr = cachePrediction({ ...defaults, ttlMs: 3_600_000 });
    expect(pr.value).toBeCloseTo(capacityHitRate(defaults), 12);
    expect(pr.note).toMatch(/ignores the TTL/);
  });

  it('hides for a query cache under writes', () => {
    expect(cachePrediction({ ...defaults, cacheMode: 'query', writeRatio: 0.05 }).value).toBeNull();
  });
});

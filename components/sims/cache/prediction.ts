import { unlimitedCacheHitRate } from '@/lib/sim/cache-theory';
import type { CacheParams } from '@/lib/sim/models/cache';
import { cacheHitRate } from '@/lib/sim/theory';
import { formatValue } from '@/lib/sim-ui/format';

/** What the "Predicted hit rate (theory)" card shows: a value and what it rests on, or nothing and why. */
export interface CachePrediction {
  /** Predicted hit rate (fraction), or null when no formula is meaningful for these settings. */
  value: number | null;
  /** Short name for a chart legend, e.g. `exact: every key fits`. */
  method: string;
  /** One sentence under the card: what the number assumes or drops, or why there is none. */
  note: string;
}

const CAPACITY_METHOD = { lru: 'Che approximation, LRU', lfu: 'ideal LFU: the top keys', fifo: 'FIFO, independent references', random: 'random eviction, independent references' } as const;

/** Dropping the TTL and writes is tolerable while they cost at most this share of hits with room for every key. */
const NEGLIGIBLE_LOSS = 0.05;

type Inputs = Pick<CacheParams, 'policy' | 'keys' | 'zipf' | 'capacity' | 'ttlMs' | 'writeRatio' | 'cacheMode' | 'arrivalRate' | 'warmupRequests' | 'requests'>;

const memo = new Map<string, CachePrediction>();
const unlimitedMemo = new Map<string, number>();

/** The hit rate with room for every key (memoised: a sweep asks for it at each of its cache sizes, and it does not depend on the size). */
function unlimitedHitRate(p: Omit<Inputs, 'policy' | 'capacity' | 'cacheMode'>): number {
  const key = [p.keys, p.zipf, p.ttlMs, p.writeRatio, p.arrivalRate, p.warmupRequests, p.requests].join('|');
  let v = unlimitedMemo.get(key);
  if (v === undefined) {
    v = unlimitedCacheHitRate(p);
    if (unlimitedMemo.size > 100) unlimitedMemo.clear();
    unlimitedMemo.set(key, v);
  }
  return v;
}

/** The capacity-only prediction for the policy (independent reference model, long run; keys grouped by rank). */
export function capacityHitRate(p: Pick<CacheParams, 'policy' | 'keys' | 'zipf' | 'capacity'>): number {
  return cacheHitRate(p.policy, p.keys, p.zipf, Math.min(p.capacity, p.keys));
}

function predict(p: Inputs): CachePrediction {
  const ttl = p.ttlMs > 0;
  const writes = p.writeRatio > 0;
  if (p.cacheMode === 'query' && writes)
    return { value: null, method: '', note: 'No prediction: in query mode one write invalidates every cached query that holds its row, and no formula here covers that.' };
  const allFit = p.capacity >= p.keys;
  if (allFit) {
    const dropped = [ttl && 'each key’s reads hit λT/(1 + λT) of the time with TTL T', writes && 'each write costs its key the next read'].filter(Boolean);
    return {
      value: unlimitedHitRate(p),
      method: 'exact: every key fits',
      note: `Exact for Poisson requests: every key fits, so only first requests${dropped.length ? `, expiry and writes miss (${dropped.join('; ')})` : ' miss'}.`,
    };
  }
  const byCapacity = capacityHitRate(p);
  if (!ttl && !writes) return { value: byCapacity, method: CAPACITY_METHOD[p.policy], note: `${CAPACITY_METHOD[p.policy]}, in the long run (after every key’s first miss).` };
  // A TTL or writes with a cache smaller than the keys: no formula here. Keep the capacity-only
  // number only while they barely matter, judged where they can be computed exactly (room for every key).
  const withDrops = unlimitedHitRate(p);
  const without = unlimitedHitRate({ ...p, ttlMs: 0, writeRatio: 0 });
  const loss = without > 0 ? 1 - withDrops / without : 0;
  const what = [ttl && 'the TTL', writes && 'writes'].filter(Boolean).join(' and ');
  if (loss <= NEGLIGIBLE_LOSS)
    return { value: byCapacity, method: `${CAPACITY_METHOD[p.policy]}, ignoring ${what}`, note: `${CAPACITY_METHOD[p.policy]}; it ignores ${what}, which cost under ${formatValue(NEGLIGIBLE_LOSS, '%')} of hits here.` };
  return {
    value: null,
    method: '',
    note: `No prediction: ${what} ${ttl && writes ? 'matter' : 'matters'} here and no formula covers ${ttl && writes ? 'them' : 'it'} with a cache smaller than the keys. With room for every key the hit rate would be ${formatValue(withDrops, '%')}; this cache can only do worse.`,
  };
}

/**
 * The card's prediction for these settings (memoised).
 *
 * @example
 * cachePrediction({ ...params, capacity: 10_000, keys: 10_000, ttlMs: 2000 }).value; // exact, with the TTL
 */
export function cachePrediction(p: Inputs): CachePrediction {
  const key = [p.policy, p.keys, p.zipf, p.capacity, p.ttlMs, p.writeRatio, p.cacheMode, p.arrivalRate, p.warmupRequests, p.requests].join('|');
  let v = memo.get(key);
  if (!v) {
    v = predict(p);
    if (memo.size > 500) memo.clear();
    memo.set(key, v);
  }
  return v;
}

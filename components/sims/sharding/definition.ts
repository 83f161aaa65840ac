import { models } from '@/lib/sim/models';
import type { ShardingParams, ShardingSnapshot } from '@/lib/sim/models/sharding';
import { defineSim } from '@/lib/sim-ui/definition';
import { extendSnapshot } from '@/lib/sim-ui/extend-snapshot';
import { keyMovesTracker, type KeyMoves } from './key-moves';

/** The engine snapshot plus where keys moved since the start (shards added by button or `addShardAtMs`). */
export type ShardingView = ShardingSnapshot & { moves: KeyMoves };

/** Index of the shard that served the most requests (−1 before any). */
export function hottestShard(s: ShardingSnapshot): number {
  let best = -1;
  let most = 0;
  s.metrics.perShard.forEach((x, i) => {
    if (x.served > most) {
      most = x.served;
      best = i;
    }
  });
  return best;
}

const hottestLoad = (s: ShardingSnapshot) => s.metrics.perShard[hottestShard(s)]?.utilization ?? 0;

/** `<ShardingSim>`: Zipf-popular keys on shards by modulo, consistent hashing or ranges; add a shard live. */
export const shardingSim = defineSim<ShardingParams, ShardingView>({
  id: 'sharding',
  mdxName: 'ShardingSim',
  title: 'Sharding: where keys live',
  schema: models.sharding.schema,
  create: (p) => {
    const moves = keyMovesTracker(p.partitioning, p.shards, p.keys, p.virtualNodes);
    return extendSnapshot(models.sharding.create(p), (s) => ({ moves: moves(s.shards.length) }));
  },
  defaults: { sampleIntervalMs: 500 },
  controls: ['partitioning', 'shards', 'zipf', 'virtualNodes', 'hotKeysClustered'],
  ui: {
    shards: { min: 1, max: 32 },
    keys: { min: 100, max: 100_000, step: 100 },
    zipf: { min: 0, max: 2, step: 0.05 },
    virtualNodes: { min: 1, max: 300 },
    arrivalRate: { min: 10, max: 2000, step: 10 },
    serviceTimeMs: { min: 0.5, max: 50, step: 0.5 },
    serviceCv: { min: 0, max: 4, step: 0.1 },
    addShardAtMs: { min: 0, max: 60_000, step: 1000 },
    requests: { min: 1000, max: 100_000, step: 1000 },
    warmupRequests: { min: 0, max: 10_000, step: 100 },
    sampleIntervalMs: { min: 100, max: 5000, step: 100 },
    seed: { min: 0, max: 9999 },
  },
  presets: {
    'modulo-4': { label: 'Modulo, 4 shards', description: 'hash(key) mod 4. Add a shard: about 80 % of keys move.', params: { shards: 4, partitioning: 'modulo', zipf: 0.9, keys: 10_000 } },
    'ring-4': { label: 'Consistent hashing, 4 shards', description: 'A ring with 100 points per shard. Add a shard: about 20 % move.', params: { shards: 4, partitioning: 'consistent-hash', zipf: 0.9, keys: 10_000 } },
    'hot-shard': { label: '16 shards, skewed keys', description: 'Zipf 0.9: the shard with the hottest keys carries two to two and a half times the mean.', params: { shards: 16, partitioning: 'modulo', zipf: 0.9, keys: 10_000 } },
    'range-clustered': {
      label: 'Ranges, clustered hot keys',
      description: 'Popular keys are neighbours (like recent timestamps): the first range takes them all.',
      params: { shards: 4, partitioning: 'range', zipf: 0.9, keys: 10_000, hotKeysClustered: true },
    },
  },
  metrics: [
    { key: 'hottestToMean', label: 'Busiest shard ÷ mean', unit: '×', get: (s) => s.metrics.hottestToMean, better: 'lower', summary: true },
    { key: 'hottestLoad', label: 'Busiest shard load', unit: '%', get: hottestLoad, better: 'lower', summary: true },
    { key: 'keysMoved', label: 'Keys moved', unit: '%', get: (s) => s.moves.movedShare, duringWarmup: true, better: 'lower', summary: true },
    { key: 'movedBetweenOld', label: 'Moved between old shards', unit: '%', get: (s) => s.moves.movedBetweenOldShare, duringWarmup: true, better: 'lower' },
    { key: 'p99ResponseMs', label: 'p99 latency', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, better: 'lower', summary: true },
    { key: 'meanResponseMs', label: 'Mean response time', unit: 'ms', get: (s) => s.metrics.meanResponseMs, better: 'lower' },
    { key: 'shards', label: 'Shards', unit: 'shards', get: (s) => s.shards.length, duringWarmup: true },
  ],
  series: [
    { key: 'longestQueue', label: 'longest shard queue', unit: 'requests', get: (s) => s.shards.reduce((m, x) => Math.max(m, x.queue + x.busy), 0) },
    { key: 'p50', label: 'p50', unit: 'ms', get: (s) => s.metrics.p50ResponseMs, measured: true },
    { key: 'p99', label: 'p99', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, measured: true },
  ],
  charts: [
    { id: 'latency', title: 'Response time (cumulative)', unit: 'ms', series: ['p50', 'p99'] },
    { id: 'queue', title: 'Longest shard queue', unit: 'requests', series: ['longestQueue'] },
  ],
  sampleEveryMs: (p) => p.sampleIntervalMs,
  stepMs: (p) => p.sampleIntervalMs,
  defaultSpeed: 2,
  warmingUp: (s) => s.metrics.requests === 0,
  compareKeys: ['partitioning', 'shards', 'zipf', 'virtualNodes', 'hotKeysClustered', 'keys', 'arrivalRate'],
  assumptions: [
    'Requests arrive at random (Poisson); each asks for one key, chosen with Zipf popularity (skew 0 = every key equally popular).',
    'Popular keys are spread over the id space, unless “clustered hot keys” makes them neighbours (like recent timestamps).',
    'modulo: hash(key) mod the number of shards; range: equal slices of the id space; consistent hashing: each shard owns many points (virtual nodes) on a ring, and a key belongs to the next point clockwise.',
    'Each shard is one server handling one request at a time, first come first served.',
    'Adding a shard re-partitions at once: no copying time, no errors while data moves. “Keys moved” counts every key whose shard changed.',
    'Theory quoted after adding a shard: modulo moves K/(K+1) of the keys, a ring about 1/(K+1), equal ranges one half; the hottest key’s share is its Zipf probability.',
  ],
});

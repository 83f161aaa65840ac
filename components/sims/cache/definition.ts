import { models } from '@/lib/sim/models';
import type { CacheParams, CacheSnapshot } from '@/lib/sim/models/cache';
import { defineSim, type TheoryLine } from '@/lib/sim-ui/definition';
import { extendSnapshot } from '@/lib/sim-ui/extend-snapshot';
import { type CachePrediction, cachePrediction } from './prediction';

/** The cache snapshot with the card's prediction for its settings. */
export type CacheView = CacheSnapshot & { prediction: CachePrediction };

/** The hit-rate theory line: the card's prediction, or none where no formula is meaningful. */
export function hitRateTheory(p: CacheParams): TheoryLine | null {
  const pr = cachePrediction(p);
  return pr.value === null ? null : { label: `theory (${pr.method})`, value: pr.value };
}

/** Database queries per second the prediction implies: every read that misses, plus every write. */
function dbLoadTheory(p: CacheParams): TheoryLine | null {
  const h = cachePrediction(p).value;
  return h === null ? null : { label: 'theory: reads × (1 − predicted hit rate) + writes', value: p.arrivalRate * ((1 - p.writeRatio) * (1 - h) + p.writeRatio) };
}

/** Cache sizes of the hit-rate sweep: 20 points from 1 % to 100 % of the keys (log-spaced). */
export function sweepCapacities(keys: number): number[] {
  const out = new Set<number>();
  for (let i = 0; i < 20; i++) out.add(Math.max(1, Math.round(keys * Math.pow(100, i / 19 - 1))));
  return [...out];
}

/** `<CacheSim>`: cache-aside in front of a database, hit rate against the Che/LRU prediction. */
export const cacheSim = defineSim<CacheParams, CacheView>({
  id: 'cache',
  mdxName: 'CacheSim',
  title: 'Cache in front of a database',
  schema: models.cache.schema,
  // The snapshot carries the card's prediction (computed once per run, memoised per settings).
  create: (p) => extendSnapshot(models.cache.create(p), () => ({ prediction: cachePrediction(p) })),
  defaults: { keys: 10_000, capacity: 1_000, requests: 40_000, warmupRequests: 5_000, sampleIntervalMs: 1000, arrivalRate: 1000 },
  controls: ['capacity', 'zipf', 'policy', 'ttlMs', 'writeRatio', 'cacheMode'],
  ui: {
    keys: { min: 100, max: 100_000, step: 100 },
    zipf: { min: 0, max: 1.5, step: 0.05 },
    capacity: { min: 0, max: 10_000, step: 50 },
    ttlMs: { min: 0, max: 60_000, step: 100 },
    writeRatio: { min: 0, max: 0.5, step: 0.01 },
    rowsPerQuery: { min: 1, max: 100 },
    arrivalRate: { min: 100, max: 10_000, step: 100 },
    dbLatencyMs: { min: 1, max: 200, step: 1 },
    cacheLatencyMs: { min: 0, max: 10, step: 0.1 },
    requests: { min: 5_000, max: 500_000, step: 5_000 },
    warmupRequests: { min: 0, max: 100_000, step: 1_000 },
    sampleIntervalMs: { min: 100, max: 10_000, step: 100 },
    seed: { min: 0, max: 9999 },
  },
  presets: {
    'small-cache': { label: 'Cache 10 % of keys', description: '1,000 of 10,000 keys cached, Zipf 0.8.', params: { capacity: 1_000 } },
    'no-skew': { label: 'Every key equally popular', description: 'Zipf 0: a cache of 10 % hits about 10 %.', params: { zipf: 0 } },
    'hot-keys': { label: 'A few hot keys', description: 'Zipf 1.2: a tiny cache catches most reads.', params: { zipf: 1.2, capacity: 200 } },
    'short-ttl': { label: 'Short TTL', description: 'Entries expire after 2 s.', params: { ttlMs: 2_000 } },
    'query-cache-writes': {
      label: 'Query cache under writes',
      description: '5 % writes; every write invalidates every cached query holding the row.',
      params: { cacheMode: 'query', writeRatio: 0.05 },
    },
    'object-cache-writes': { label: 'Object cache under writes', description: '5 % writes invalidate only their own object.', params: { cacheMode: 'object', writeRatio: 0.05 } },
  },
  metrics: [
    { key: 'hitRate', label: 'Hit rate', unit: '%', get: (s) => s.metrics.hitRate, better: 'higher', summary: true },
    {
      key: 'predicted',
      label: 'Predicted hit rate (theory)',
      unit: '%',
      theory: true,
      get: (s) => s.prediction.value ?? NaN,
      hidden: (s) => s.prediction.value === null,
      note: (s) => s.prediction.note,
    },
    { key: 'dbLoad', label: 'Database load', unit: 'queries/s', get: (s) => s.metrics.dbLoadPerSec, better: 'lower', summary: true },
    { key: 'meanLatency', label: 'Mean latency', unit: 'ms', get: (s) => s.metrics.meanResponseMs, better: 'lower' },
    { key: 'p99', label: 'p99 latency', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, better: 'lower', summary: true },
    { key: 'cacheFill', label: 'Cache entries', unit: 'entries', get: (s) => s.cacheSize, duringWarmup: true },
    { key: 'evictions', label: 'Evictions', unit: 'entries', get: (s) => s.metrics.evictions },
    { key: 'invalidations', label: 'Invalidations', unit: 'entries', get: (s) => s.metrics.invalidations, better: 'lower' },
    { key: 'expirations', label: 'Expired on read', unit: 'entries', get: (s) => s.metrics.expirations, better: 'lower' },
  ],
  series: [
    { key: 'hitRate', label: 'hit rate (live)', unit: '%', get: (s) => s.metrics.hitRate, measured: true },
    { key: 'dbLoad', label: 'database queries/s', unit: 'queries/s', get: (s) => s.metrics.dbLoadPerSec, measured: true },
    { key: 'mean', label: 'mean latency', unit: 'ms', get: (s) => s.metrics.meanResponseMs, measured: true },
    { key: 'p99', label: 'p99 latency', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, measured: true },
  ],
  charts: [
    { id: 'hit', title: 'Hit rate since warm-up', unit: '%', series: ['hitRate'], theory: hitRateTheory },
    {
      id: 'db',
      title: 'Database load',
      unit: 'queries/s',
      series: ['dbLoad'],
      theory: dbLoadTheory,
    },
    { id: 'latency', title: 'Latency (cumulative)', unit: 'ms', series: ['mean', 'p99'] },
  ],
  sweep: {
    title: 'Hit rate vs cache size (20 runs)',
    xLabel: 'Cache size (share of keys)',
    xUnit: '%',
    points: (p) => sweepCapacities(p.keys).map((c) => ({ x: c / p.keys, params: { ...p, capacity: c, requests: 20_000, warmupRequests: Math.min(20_000, 2 * c + 2_000) } })),
    metrics: [{ key: 'hitRate', label: 'hit rate (simulated)', unit: '%', get: (s) => s.metrics.hitRate }],
    theory: (p, xs) => {
      const values = xs.map((x) => cachePrediction({ ...p, capacity: Math.round(x * p.keys) }).value);
      if (values.some((v) => v === null)) return null;
      return { label: 'theory (the card’s prediction at each size)', values: values as number[] };
    },
    currentX: (p) => p.capacity / p.keys,
  },
  compareKeys: ['capacity', 'policy', 'zipf', 'ttlMs', 'writeRatio', 'cacheMode', 'keys'],
  warmingUp: (s) => s.metrics.requests === 0,
  sampleEveryMs: (p) => p.sampleIntervalMs,
  stepMs: (p) => p.sampleIntervalMs,
  defaultSpeed: 1,
  assumptions: [
    'Cache-aside: a read checks the cache; a miss reads the database and fills the cache; a write goes to the database and invalidates.',
    'Key popularity follows Zipf with the chosen skew, and each request is independent of the last (the independent reference model).',
    'Object caching: a write invalidates only that object. Query caching: it invalidates every cached query result containing the row.',
    'A TTL expires an entry that long after it was filled; the database is a pure delay (it never queues).',
    'The first warm-up requests fill the cache and are left out of the numbers.',
    'The prediction is exact when every key fits (Poisson requests: λT/(1 + λT) per key with a TTL, the next read lost after each write, first requests miss). For a smaller cache it is Che’s approximation for LRU, its FIFO/random analogue or the top-C keys for LFU, which assume no TTL and no writes: the card says so, and shows nothing where they matter.',
  ],
});

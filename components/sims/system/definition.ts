import { models } from '@/lib/sim/models';
import type { SystemParams, SystemSnapshot } from '@/lib/sim/models/system';
import { clockAtSimSeconds, clockTickStepsSec } from '@/lib/sim-ui/day-clock';
import { defineSim, type Preset } from '@/lib/sim-ui/definition';

const TIER_SERIES = [
  ['app', 'app'],
  ['sessions', 'session store'],
  ['cache', 'cache'],
  ['db', 'database primary'],
  ['replicas', 'replicas'],
  ['workers', 'email workers'],
] as const;

/** One column of the snapshot's latest time-series row (0 before the first sample). */
const recent = (s: SystemSnapshot, column: string): number => s.recent[column] ?? 0;

/**
 * Scenarios a learner can load (also the MDX `preset` values):
 * `steves-shop` · `black-friday` · `cache-restart` · `primary-fails`.
 */
export const SYSTEM_PRESETS: Record<string, Preset<SystemParams>> = {
  'steves-shop': {
    label: 'Steve’s shop on one box',
    description: 'App and database share one small machine; 40 req/s at the evening peak.',
    params: { stage: 'one-box', peakRate: 40 },
  },
  'black-friday': {
    label: 'Black Friday',
    description: 'A 4× flash sale from 18:00 to 21:00 on a 500 req/s evening: 2,000 req/s at the top.',
    params: { stage: 'queue', peakRate: 500, saleMultiplier: 4, saleStartHour: 18, saleHours: 3 },
  },
  'cache-restart': {
    label: 'The cache restarts at noon',
    description: 'The cache comes back empty at 12:00: every read misses and the replicas take the stampede.',
    params: { stage: 'cache', peakRate: 600, peakHour: 13, cacheCapacity: 5_000, sampleIntervalMs: 1_000, cacheRestartAtHour: 12 },
  },
  'primary-fails': {
    label: 'The primary fails during checkout',
    description: 'At 19:30 the database primary dies; a replica takes over 10 s later. Unreplicated checkouts are lost.',
    params: { stage: 'queue', peakRate: 600, checkoutShare: 0.1, primaryFailAtHour: 19.5, promotionDelayMs: 10_000, replicationLagMs: 500 },
  },
};

/** `<SystemSim>`: Crumb & Co's whole architecture over a compressed day. */
export const systemSim = defineSim<SystemParams, SystemSnapshot>({
  id: 'system',
  mdxName: 'SystemSim',
  title: 'The whole system, one day',
  schema: models.system.schema,
  create: (p) => models.system.create(p),
  defaults: {},
  controls: ['stage', 'peakRate', 'appMachines'],
  playgroundControls: [
    'stage',
    'peakRate',
    'saleMultiplier',
    'saleStartHour',
    'saleHours',
    'nightShare',
    'peakHour',
    'loginShare',
    'checkoutShare',
    'appMachines',
    'appSize',
    'appWorkers',
    'algorithm',
    'sessionMode',
    'dbSize',
    'dbWorkers',
    'replicas',
    'replicationLagMs',
    'cacheCapacity',
    'cachePolicy',
    'cacheTtlMs',
    'zipf',
    'workers',
    'autoscale',
    'maxWorkers',
    'scaleUpDelayMs',
    'queueLimit',
    'killCloneAtHour',
    'cacheRestartAtHour',
    'primaryFailAtHour',
    'promotionDelayMs',
    'slowTier',
    'slowAtHour',
    'slowHours',
    'slowFactor',
    'serviceDist',
    'dayMs',
    'seed',
  ],
  ui: {
    peakRate: { min: 10, max: 3000, step: 10 },
    saleMultiplier: { min: 1, max: 8, step: 0.5 },
    appMachines: { min: 1, max: 32 },
    appWorkers: { min: 1, max: 32 },
    dbWorkers: { min: 1, max: 64 },
    replicas: { min: 0, max: 8 },
    replicationLagMs: { min: 0, max: 5_000, step: 50 },
    cacheCapacity: { min: 0, max: 10_000, step: 100 },
    cacheTtlMs: { min: 0, max: 120_000, step: 1_000 },
    workers: { min: 1, max: 32 },
    maxWorkers: { min: 1, max: 64 },
    scaleUpDelayMs: { min: 0, max: 60_000, step: 500 },
    queueLimit: { min: 0, max: 1_000, step: 10 },
    promotionDelayMs: { min: 0, max: 60_000, step: 1_000 },
    dayMs: { min: 60_000, max: 3_600_000, step: 60_000 },
    seed: { min: 0, max: 9999 },
  },
  presets: SYSTEM_PRESETS,
  metrics: [
    { key: 'p99', label: 'p99 latency', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, better: 'lower', summary: true },
    { key: 'errors', label: 'Errors', unit: '%', get: (s) => s.metrics.errorRate, better: 'lower', summary: true },
    { key: 'failed', label: 'Failed requests', unit: 'requests', get: (s) => s.metrics.dropped, better: 'lower' },
    { key: 'cost', label: 'Monthly bill', unit: '$', get: (s) => s.metrics.monthlyCost, duringWarmup: true, better: 'lower', summary: true },
    { key: 'throughput', label: 'Throughput', unit: 'req/s', get: (s) => s.metrics.throughputPerSec, better: 'higher' },
    { key: 'checkoutP99', label: 'Checkout p99', unit: 'ms', get: (s) => s.metrics.perClass[2]?.p99ResponseMs ?? 0, better: 'lower' },
    { key: 'hitRate', label: 'Cache hit rate', unit: '%', get: (s) => s.metrics.cacheHitRate, better: 'higher' },
    { key: 'peakDb', label: 'Peak database load', unit: 'queries/s', get: (s) => s.metrics.peakDbQueriesPerSec, better: 'lower', summary: true },
    { key: 'stale', label: 'Stale reads', unit: 'reads', get: (s) => s.metrics.staleReads, better: 'lower' },
    { key: 'lostCommits', label: 'Lost checkouts (failover)', unit: 'commits', get: (s) => s.metrics.lostCommits, better: 'lower' },
  ],
  series: [
    { key: 'rate', label: 'arrivals', unit: 'req/s', get: (s) => recent(s, 'rate') },
    { key: 'throughput', label: 'answered', unit: 'req/s', get: (s) => recent(s, 'throughput') },
    { key: 'errors', label: 'errors', unit: 'req/s', get: (s) => recent(s, 'errorsPerSec') },
    { key: 'db', label: 'database queries', unit: 'queries/s', get: (s) => recent(s, 'dbQueriesPerSec') },
    { key: 'p95', label: 'p95 (last interval)', unit: 'ms', get: (s) => recent(s, 'p95Ms') },
    ...TIER_SERIES.map(([id, label]) => ({ key: `util_${id}`, label, unit: '%', get: (s: SystemSnapshot) => recent(s, `util_${id}`) })),
  ],
  charts: [
    { id: 'traffic', title: 'Traffic over the day', unit: 'req/s', series: ['rate', 'throughput', 'errors'] },
    { id: 'db', title: 'Database load', unit: 'queries/s', series: ['db'] },
    { id: 'util', title: 'Utilisation per tier', unit: '%', series: TIER_SERIES.map(([id]) => `util_${id}`) },
    { id: 'latency', title: 'Latency (p95 over each interval)', unit: 'ms', series: ['p95'] },
  ],
  compareKeys: ['stage', 'appMachines', 'appSize', 'replicas', 'cacheCapacity', 'workers', 'autoscale', 'sessionMode', 'algorithm', 'dbSize', 'peakRate'],
  // charts read in the learner's terms: the hour of the compressed day, as the chapter says 19:30
  formatAxisTime: (sec, p) => clockAtSimSeconds(sec, p.dayMs),
  axisTimeSteps: (p) => clockTickStepsSec(p.dayMs),
  axisTimeLabel: () => 'time of day (hh:mm)',
  // Before the first request there is no p99 or error rate to show (the bill is known from the start).
  warmingUp: (s) => s.metrics.requests === 0,
  sampleEveryMs: (p) => p.sampleIntervalMs,
  stepMs: (p) => p.sampleIntervalMs,
  defaultSpeed: 20,
  assumptions: [
    'One day of traffic is compressed into the day length (10 simulated minutes by default); arrival rates, service times and delays are real, so a minute of the day lasts 1/144 of a minute.',
    'Requests arrive at random (a non-homogeneous Poisson process) following a daily cosine curve plus the flash sale.',
    'Every machine serves a fixed number of requests at once from its own first-come-first-served waiting room; a full waiting room refuses the request.',
    'Browse: app → cache → on a miss a database read on a replica (or the primary); log in: app → session store; checkout: app → session store → primary write → email (inline, or queued from the queue stage).',
    'With local or sticky sessions a logged-out user stays logged out until their next log-in; their checkouts fail.',
    'A replica read is stale if the replica has not yet applied the product’s latest write. After a failover the first replica becomes the primary; writes it had not applied are lost.',
    'Nobody retries and there are no timeouts: an error is counted once, with its cause.',
    'Theory (M/M/c per machine, summed along each path) assumes Poisson flows, exponential service, a warm cache and no faults.',
  ],
});

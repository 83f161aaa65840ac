import { defineChallenge, type Challenge, type ControlValues } from './challenge-kit';

/**
 * Monthly price of one machine by size (speed multiple): linear, as within one cloud instance
 * family (chapter 0: twice the vCPUs, twice the price). The choice of size is then about failover
 * and the tail, not a discount for buying small.
 */
export const MACHINE_PRICE_PER_MONTH: Readonly<Record<number, number>> = { 1: 100, 2: 200, 4: 400, 8: 800 };
/** "… Monthly price of one: 1× $100, 2× $200, …", from the price table so the two cannot drift apart. */
const MACHINE_SIZE_TEXT = `Speed of every machine, as a multiple of the 1× machine. Monthly price of one: ${Object.entries(MACHINE_PRICE_PER_MONTH)
  .map(([size, usd]) => `${size}× $${usd.toLocaleString('en')}`)
  .join(', ')}.`;

// Every challenge runs a moderate number of requests on the same three seeds: the same setting always
// gives the same verdict, a lucky seed cannot pass it, and a run takes tens of milliseconds per seed.
const SEEDS = [1, 2, 3] as const;

/** The scored challenges of chapters 0–4, two or more per chapter, in course order. */
export const COURSE_CHALLENGES: readonly Challenge[] = [
  defineChallenge({
    id: 'survive-a-failure',
    chapter: 'scaling-up-vs-out',
    title: 'Survive a dead machine, cheaply',
    brief:
      'The shop peaks at 600 req/s; a request needs 10 ms on a 1× machine. Eight seconds in, one machine dies and the balancer needs a second to notice. Keep p99 under 100 ms and fail fewer than 2.5% of requests, for the lowest monthly bill.',
    hint: 'One big machine has nothing to fail over to. After a failure, the survivors must still carry 600 req/s with room to spare.',
    model: 'lb',
    seeds: SEEDS,
    fixed: { requests: 12_000, warmupRequests: 1_000, arrivalRate: 600, serviceTimeMs: 10, algorithm: 'least-connections', failServer: 0, failAtMs: 8_000, healthCheckMs: 1_000 },
    controls: [
      { key: 'servers', label: 'Machines', min: 1, max: 12 },
      { key: 'serverSpeeds', label: 'Machine size', description: MACHINE_SIZE_TEXT, options: [1, 2, 4, 8], repeatFor: 'servers' },
    ],
    start: { servers: 1, serverSpeeds: 8 },
    objectives: [
      { id: 'p99', label: 'p99 response time', unit: 'ms', metric: (r) => r.p99ResponseMs, max: 100 },
      { id: 'failed', label: 'Failed requests', unit: '%', metric: (r) => (100 * r.failed) / Math.max(1, r.requests), max: 2.5 },
    ],
    cost: { label: 'Monthly bill', unit: '$', of: (v: ControlValues) => Number(v.servers) * (MACHINE_PRICE_PER_MONTH[Number(v.serverSpeeds)] ?? Infinity) },
    stars: [800, 1_000],
  }),
  defineChallenge({
    id: 'holiday-peak-bill',
    chapter: 'scaling-up-vs-out',
    title: 'Carry the holiday peak for the lowest bill',
    brief: 'The holiday peak is 900 req/s; a request needs 10 ms on a 1× machine, so one 1× machine serves at most 100 req/s. Keep p99 under 80 ms with the cheapest fleet: many small machines, a few big ones, or something between.',
    hint: 'Every size costs the same per unit of capacity, so the bill is the capacity you buy. Buy the least that keeps p99 under 80 ms: a fleet run close to full has a long tail, and a bigger machine finishes each request sooner.',
    model: 'lb',
    seeds: SEEDS,
    fixed: { requests: 12_000, warmupRequests: 1_000, arrivalRate: 900, serviceTimeMs: 10, algorithm: 'least-connections' },
    controls: [
      { key: 'servers', label: 'Machines', min: 1, max: 12 },
      { key: 'serverSpeeds', label: 'Machine size', description: MACHINE_SIZE_TEXT, options: [1, 2, 4, 8], repeatFor: 'servers' },
    ],
    start: { servers: 1, serverSpeeds: 8 },
    objectives: [
      { id: 'p99', label: 'p99 response time', unit: 'ms', metric: (r) => r.p99ResponseMs, max: 80 },
      { id: 'dropped', label: 'Dropped requests', unit: '', metric: (r) => r.dropped, max: 0 },
    ],
    cost: { label: 'Monthly bill', unit: '$', of: (v: ControlValues) => Number(v.servers) * (MACHINE_PRICE_PER_MONTH[Number(v.serverSpeeds)] ?? Infinity) },
    stars: [1_000, 1_200],
  }),
  defineChallenge({
    id: 'balance-1200',
    chapter: 'clones',
    title: 'Serve 1,200 req/s with the fewest clones',
    brief: 'Traffic is 1,200 req/s and each request takes 4 ms on one server (250 req/s at most). Keep p99 under 50 ms with as few servers as you can.',
    hint: 'Round robin ignores queues. An algorithm that looks at how busy each server is gets more out of the same fleet.',
    model: 'lb',
    seeds: SEEDS,
    fixed: { requests: 12_000, warmupRequests: 1_000, arrivalRate: 1_200, serviceTimeMs: 4 },
    controls: [{ key: 'servers', min: 1, max: 12 }, { key: 'algorithm' }],
    start: { servers: 4, algorithm: 'round-robin' },
    objectives: [
      { id: 'p99', label: 'p99 response time', unit: 'ms', metric: (r) => r.p99ResponseMs, max: 50 },
      { id: 'dropped', label: 'Dropped requests', unit: '', metric: (r) => r.dropped, max: 0 },
    ],
    cost: { label: 'Servers', unit: '', of: (v) => Number(v.servers) },
    stars: [6, 7],
  }),
  defineChallenge({
    id: 'deploy-without-errors',
    chapter: 'clones',
    title: 'Ship version B without a single error',
    brief: 'Six servers carry 350 req/s; a server needs 5 s to boot version B. Deploy with no failed requests, p99 under 200 ms, finished within 20 s, running as few servers as possible at the peak.',
    hint: 'All at once leaves nobody serving. Blue/green is safe but doubles the fleet. How big a batch can four or five servers absorb?',
    model: 'deploy',
    seeds: SEEDS,
    fixed: { requests: 12_000, warmupRequests: 500, arrivalRate: 350, serviceTimeMs: 10, servers: 6, bootTimeMs: 5_000, deployAtMs: 5_000 },
    controls: [{ key: 'strategy' }, { key: 'batchSize', min: 1, max: 6 }],
    start: { strategy: 'all-at-once', batchSize: 2 },
    objectives: [
      { id: 'failed', label: 'Failed requests', unit: '', metric: (r) => r.failed, max: 0 },
      { id: 'p99', label: 'p99 response time', unit: 'ms', metric: (r) => r.p99ResponseMs, max: 200 },
      { id: 'duration', label: 'Deploy duration', unit: 's', metric: (r) => (r.deployDurationMs === null ? Infinity : r.deployDurationMs / 1000), max: 20 },
    ],
    cost: { label: 'Peak servers', unit: '', of: (v) => (v.strategy === 'blue-green' ? 12 : 6) },
    stars: [6, 9],
  }),
  defineChallenge({
    id: 'replicas-read-your-writes',
    chapter: 'database',
    title: 'Replicas that never hide your own writes',
    brief:
      '600 req/s, 10% writes, 5 ms per query; replicas apply writes after about 100 ms on average, some much later. Users must always see their own writes (zero read-your-writes violations) and p99 must stay under 50 ms. Use as few replicas as you can.',
    hint: 'Send a user’s reads to the primary for a short while after they write. Too short misses the slow replicas in the lag’s tail; too long buries the primary.',
    model: 'replication',
    seeds: SEEDS,
    fixed: { requests: 15_000, warmupRequests: 1_000, arrivalRate: 600, writeRatio: 0.1, serviceTimeMs: 5, lagMeanMs: 100, users: 1_000, ownReadRatio: 0.3 },
    controls: [
      { key: 'replicas', min: 0, max: 8 },
      { key: 'readYourWritesWindowMs', min: 0, max: 5_000, step: 100 },
    ],
    start: { replicas: 3, readYourWritesWindowMs: 0 },
    objectives: [
      { id: 'ryw', label: 'Read-your-writes violations', unit: '', metric: (r) => r.readYourWritesViolations, max: 0 },
      { id: 'p99', label: 'p99 response time', unit: 'ms', metric: (r) => r.p99ResponseMs, max: 50 },
    ],
    cost: { label: 'Replicas', unit: '', of: (v) => Number(v.replicas) },
    stars: [4, 5],
  }),
  defineChallenge({
    id: 'shards-for-skewed-keys',
    chapter: 'database',
    title: 'Split the load, not just the keys',
    brief: '1,000 req/s over 10,000 keys with skewed popularity (Zipf 0.9); a shard serves a request in 5 ms (200 req/s flat out). Keep p99 under 100 ms with as few shards as you can.',
    hint: 'Five shards would do if the load were even; it is not. Watch the busiest shard, and try each way of mapping keys to shards.',
    model: 'sharding',
    seeds: SEEDS,
    fixed: { requests: 15_000, warmupRequests: 1_000, arrivalRate: 1_000, serviceTimeMs: 5, keys: 10_000, zipf: 0.9 },
    controls: [{ key: 'shards', min: 4, max: 16 }, { key: 'partitioning' }],
    start: { shards: 6, partitioning: 'modulo' },
    objectives: [{ id: 'p99', label: 'p99 response time', unit: 'ms', metric: (r) => r.p99ResponseMs, max: 100 }],
    cost: { label: 'Shards', unit: '', of: (v) => Number(v.shards) },
    stars: [10, 12],
  }),
  defineChallenge({
    id: 'small-cache-big-relief',
    chapter: 'cache',
    title: 'Shield the database with a small cache',
    brief: '1,000 reads/s over 10,000 products with skewed popularity (Zipf 1.1). Keep the database under 300 queries/s with a cache of at most 500 entries; smaller is better.',
    hint: 'Under a stable skew, keeping the most popular keys beats keeping the most recent ones.',
    model: 'cache',
    seeds: SEEDS,
    fixed: { requests: 20_000, warmupRequests: 5_000, arrivalRate: 1_000, keys: 10_000, zipf: 1.1 },
    controls: [
      { key: 'capacity', min: 0, max: 500, step: 50 },
      { key: 'policy', options: ['lru', 'lfu', 'fifo', 'random'] },
    ],
    start: { capacity: 100, policy: 'fifo' },
    objectives: [{ id: 'db', label: 'Database load', unit: 'queries/s', metric: (r) => r.dbLoadPerSec, max: 300 }],
    cost: { label: 'Cache entries', unit: '', of: (v) => Number(v.capacity) },
    stars: [200, 350],
  }),
  defineChallenge({
    id: 'cache-for-a-long-tail',
    chapter: 'cache',
    title: 'A cache for a long tail',
    brief: '1,000 reads/s over 20,000 products with a flatter popularity (Zipf 0.9). Keep the database under 350 queries/s with the smallest cache.',
    hint: 'A flatter skew needs a bigger cache for the same relief. Which eviction policy keeps the steady favourites?',
    model: 'cache',
    seeds: SEEDS,
    fixed: { requests: 20_000, warmupRequests: 5_000, arrivalRate: 1_000, keys: 20_000, zipf: 0.9 },
    controls: [
      { key: 'capacity', min: 500, max: 6_000, step: 500 },
      { key: 'policy', options: ['lru', 'lfu', 'fifo', 'random'] },
    ],
    start: { capacity: 1_000, policy: 'lru' },
    objectives: [{ id: 'db', label: 'Database load', unit: 'queries/s', metric: (r) => r.dbLoadPerSec, max: 350 }],
    cost: { label: 'Cache entries', unit: '', of: (v) => Number(v.capacity) },
    stars: [3_000, 4_000],
  }),
  defineChallenge({
    id: 'fast-checkout-queue',
    chapter: 'asynchronism',
    title: 'A fast checkout at 150 jobs/s',
    brief: 'Each checkout triggers a 50 ms job, 150 times a second. The customer must get an answer within 100 ms (p99) and every job must finish within 1 s (p99). Use the fewest workers.',
    hint: 'Only the job needs the worker; the customer only needs to know the job is queued.',
    model: 'queue',
    seeds: SEEDS,
    fixed: { requests: 12_000, warmupRequests: 1_000, arrivalRate: 150, serviceTimeMs: 50, ackTimeMs: 2 },
    controls: [{ key: 'workers', min: 1, max: 20 }, { key: 'responseMode' }],
    start: { workers: 6, responseMode: 'sync' },
    objectives: [
      { id: 'response', label: 'Customer p99 response', unit: 'ms', metric: (r) => r.p99ResponseMs, max: 100 },
      { id: 'job', label: 'Job p99 completion', unit: 'ms', metric: (r) => r.p99JobTimeMs, max: 1_000 },
    ],
    cost: { label: 'Workers', unit: '', of: (v) => Number(v.workers) },
    stars: [8, 10],
  }),
  defineChallenge({
    id: 'bursty-jobs',
    chapter: 'asynchronism',
    title: 'Absorb bursty jobs',
    brief: 'Jobs arrive at 100 per second on average but in bursts (3× the rate, then quiet); each takes 80 ms. Finish 99% of jobs within 1.5 s and drop at most 1% at the queue, with the fewest workers.',
    hint: 'Little’s law says 8 workers are busy on average; bursts need more. A short queue drops jobs in a burst; a long one makes them wait.',
    model: 'queue',
    seeds: SEEDS,
    fixed: { requests: 12_000, warmupRequests: 1_000, arrivalRate: 100, serviceTimeMs: 80, burstiness: 3 },
    controls: [
      { key: 'workers', min: 8, max: 24 },
      { key: 'queueLimit', label: 'Queue limit', description: 'Jobs that may wait; more are dropped.', options: [50, 200, 1_000] },
    ],
    start: { workers: 10, queueLimit: 50 },
    objectives: [
      { id: 'job', label: 'Job p99 completion', unit: 'ms', metric: (r) => r.p99JobTimeMs, max: 1_500 },
      { id: 'dropped', label: 'Dropped jobs', unit: '%', metric: (r) => 100 * r.dropRate, max: 1 },
    ],
    cost: { label: 'Workers', unit: '', of: (v) => Number(v.workers) },
    stars: [16, 17],
  }),
];

import '../../zod-csp';
import { z } from 'zod';
import { ALGORITHMS } from '../models/balancer';
import { POLICIES } from '../models/cache-policies';
import { choice, DISTS, int, num } from '../models/common';

/**
 * The component kinds a design can hold, in the order a palette lists them. Each has the engine's
 * semantics (docs/SIMULATION.md, "design"), not only a label:
 * client (the traffic source) · cdn (edge cache) · cache (in-memory, hashed over nodes) ·
 * lb (load balancer) · service (a pool of machines × workers) · database (primary, replicas,
 * optional shards) · queue (async boundary with its workers) · object-store · external (a
 * third-party API such as a payment provider or an email service).
 */
export const COMPONENT_KINDS = ['client', 'cdn', 'cache', 'lb', 'service', 'database', 'queue', 'object-store', 'external'] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** What the studio calls each kind (plain names, not code names). */
export const KIND_LABELS: Record<ComponentKind, string> = {
  client: 'Clients (traffic)',
  cdn: 'Edge cache / CDN',
  cache: 'Cache',
  lb: 'Load balancer',
  service: 'Service pool',
  database: 'Database',
  queue: 'Queue + workers',
  'object-store': 'Object store',
  external: 'External service',
};

/**
 * Machine sizes: each size up doubles the speed (service times halve). Prices are linear in
 * speed within a family, as chapter 0 teaches (lib/sim/design/prices.ts).
 */
export const MACHINE_SIZES = ['s', 'm', 'l', 'xl'] as const;
export const MACHINE_SPEED = { s: 1, m: 2, l: 4, xl: 8 } as const;
export const MACHINE_SIZE_LABELS: Record<(typeof MACHINE_SIZES)[number], string> = { s: 'S (1× speed)', m: 'M (2× speed)', l: 'L (4× speed)', xl: 'XL (8× speed)' };

const POLICY_LABELS: Record<(typeof POLICIES)[number], string> = { lru: 'Least recently used', lfu: 'Least frequently used', fifo: 'First in, first out', random: 'Random' };
const ALGORITHM_LABELS: Record<(typeof ALGORITHMS)[number], string> = {
  'round-robin': 'Round robin',
  'weighted-round-robin': 'Weighted round robin',
  random: 'Random',
  'least-connections': 'Least connections',
  'power-of-two': 'Best of two random',
  'ip-hash': 'Hash of the client (sticky)',
};
const DIST_LABELS: Record<(typeof DISTS)[number], string> = { exponential: 'Exponential', constant: 'Constant', uniform: 'Uniform', lognormal: 'Lognormal' };

/** A component id: lower-case letters, digits and dashes, starting with a letter (used in paths and links). */
export const componentId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be 1–32 characters: lower-case letters, digits and dashes, starting with a letter');

const base = {
  id: componentId,
  label: z.string().trim().min(1).max(40).meta({ label: 'Name', unit: '', description: 'What the box is called on the canvas.' }),
};

const hour = (def: number, label: string, description: string) => num(0, 24, def, { label, unit: 'hour of day', description, step: 0.25 });
const dist = {
  serviceDist: choice(DISTS, 'exponential', { label: 'Time distribution', unit: '', optionLabels: DIST_LABELS, description: 'Shape of the time each visit takes around its mean.' }),
  serviceCv: num(0, 10, 1, { label: 'Time spread', unit: 'cv', description: 'Coefficient of variation for lognormal and uniform times (exponential is 1, constant 0).', step: 0.1 }),
};
const size = choice(MACHINE_SIZES, 's', { label: 'Machine size', unit: '', optionLabels: MACHINE_SIZE_LABELS, description: 'Each size up is twice as fast and costs twice as much.' });

/** A traffic spike (flash sale, launch, news): the rate × multiplier for a while. */
export const spikeSchema = z.strictObject({
  multiplier: num(1, 100, 3, { label: 'Spike', unit: '×', description: 'Traffic multiplier during the spike.', step: 0.5 }),
  startHour: hour(12, 'Spike starts', 'When the spike begins.'),
  hours: num(0, 24, 1, { label: 'Spike length', unit: 'hours', description: 'How long the spike lasts.', step: 0.25 }),
});

/** The traffic source: the day's rate curve. Request classes (what the traffic asks for) are the design's `classes`. */
export const clientSchema = z.strictObject({
  ...base,
  kind: z.literal('client'),
  peakRps: num(0.1, 100_000, 200, { label: 'Peak traffic', unit: 'req/s', description: 'Arrival rate at the daily peak, today (before growth and spikes).', step: 10 }),
  nightShare: num(0, 1, 0.2, { label: 'Night traffic', unit: 'fraction of peak', description: 'Rate at the quietest hour as a share of the peak (1 = flat all day).', step: 0.05 }),
  peakHour: hour(20, 'Peak hour', 'Hour of the daily peak (the rate follows a cosine over 24 hours).'),
  growth: num(1, 100, 1, { label: 'Growth', unit: '× today', description: 'Multiplies the whole day’s rate: 3 = three times today’s traffic.', step: 0.5 }),
  users: int(1, 10_000_000, 10_000, { label: 'Users', unit: 'users', description: 'Distinct users; each request comes from one at random (sticky balancing, hashing by client and sessions follow the user).' }),
  spike: spikeSchema.optional().meta({ label: 'Spike', unit: '', description: 'An optional spike on top of the day (omitted = none).' }),
});

/** An edge cache / CDN in front of everything: a lookup close to the user. */
export const cdnSchema = z.strictObject({
  ...base,
  kind: z.literal('cdn'),
  capacity: int(0, 10_000_000, 10_000, { label: 'Capacity', unit: 'entries', description: 'Responses the edge holds (0 = it passes everything on).' }),
  policy: choice(POLICIES, 'lru', { label: 'Eviction', unit: '', optionLabels: POLICY_LABELS, description: 'Which entry leaves when the edge is full.' }),
  ttlMs: num(0, 1e9, 60_000, { label: 'Time to live', unit: 'ms', description: 'Entries expire this long after being filled (0 = never).', step: 1000 }),
  hitMs: num(0.1, 1_000, 10, { label: 'Edge latency', unit: 'ms', description: 'Time to answer from the edge (a hit), or to pass a miss on.', step: 1 }),
});

/** An in-memory cache cluster: keys are hashed over its nodes, each with its own capacity. */
export const cacheSchema = z.strictObject({
  ...base,
  kind: z.literal('cache'),
  nodes: int(1, 64, 1, { label: 'Nodes', unit: 'machines', description: 'Cache machines; keys are spread over them by hash.' }),
  capacityPerNode: int(0, 10_000_000, 10_000, { label: 'Capacity per node', unit: 'entries', description: 'Entries one node holds (0 = every read misses).' }),
  policy: choice(POLICIES, 'lru', { label: 'Eviction', unit: '', optionLabels: POLICY_LABELS, description: 'Which entry leaves when a node is full.' }),
  ttlMs: num(0, 1e9, 0, { label: 'Time to live', unit: 'ms', description: 'Entries expire this long after being filled (0 = never).', step: 1000 }),
  workers: int(1, 256, 8, { label: 'Threads per node', unit: 'workers', description: 'Lookups one node serves at once.' }),
  size,
  queueLimit: int(0, 1_000_000, 1_000, { label: 'Waiting room', unit: 'lookups per node', description: 'Lookups that may wait per node; more are refused (queue full).' }),
  ...dist,
});
/** Mean time of one cache lookup at size s when a step does not give its own. */
export const DEFAULT_CACHE_LOOKUP_MS = 0.5;

/** A load balancer in front of the service pool that the class's next step names. */
export const lbSchema = z.strictObject({
  ...base,
  kind: z.literal('lb'),
  algorithm: choice(ALGORITHMS, 'least-connections', { label: 'Balancing', unit: '', optionLabels: ALGORITHM_LABELS, description: 'How the balancer picks a machine of the pool behind it.' }),
  healthCheckMs: num(0, 600_000, 2_000, { label: 'Health-check delay', unit: 'ms', description: 'Time until the balancer notices a dead machine and stops sending to it.', step: 500 }),
  sticky: z.boolean().default(false).meta({ label: 'Sticky sessions', unit: '', description: 'Send a user back to the machine that served them while it is in rotation (session affinity); a new user gets the balancing choice.' }),
});

/** A pool of identical machines (app servers, API or websocket gateways, workers of a service). */
export const serviceSchema = z.strictObject({
  ...base,
  kind: z.literal('service'),
  machines: int(1, 256, 2, { label: 'Machines', unit: 'machines', description: 'Identical machines in the pool (more than one needs a load balancer in front).' }),
  workersPerMachine: int(1, 1024, 8, { label: 'Threads per machine', unit: 'workers', description: 'Requests one machine serves at once.' }),
  size,
  queueLimit: int(0, 1_000_000, 200, { label: 'Waiting room', unit: 'requests per machine', description: 'Requests that may wait per machine; more are refused (queue full).' }),
  ...dist,
});

/** A database: a primary with replicas, optionally split into shards (each shard its own primary and replicas). */
export const databaseSchema = z.strictObject({
  ...base,
  kind: z.literal('database'),
  size,
  connections: int(1, 1024, 16, { label: 'Connections', unit: 'workers', description: 'Queries one database machine runs at once.' }),
  queueLimit: int(0, 1_000_000, 500, { label: 'Waiting room', unit: 'queries per machine', description: 'Queries that may wait per machine; more are refused.' }),
  replicas: int(0, 16, 0, { label: 'Read replicas', unit: 'machines per shard', description: 'Replicas of each primary; reads sent to a replica spread over them.' }),
  replication: choice(['async', 'sync'], 'async', {
    label: 'Replication',
    unit: '',
    optionLabels: { async: 'Asynchronous (fast writes, can lose commits)', sync: 'Synchronous to one replica (slower writes, none lost)' },
    description: 'Whether a write waits for a replica before it is confirmed.',
  }),
  replicationLagMs: num(0, 3_600_000, 200, { label: 'Replication lag', unit: 'ms', description: 'Mean delay (exponential) before a replica applies a write.', step: 50 }),
  promotionDelayMs: num(0, 3_600_000, 10_000, { label: 'Failover time', unit: 'ms', description: 'Time from a primary failure until a replica is promoted (or the primary restarts, with no replica).', step: 1000 }),
  shards: int(1, 64, 1, { label: 'Shards', unit: 'shards', description: 'Partitions of the data, each with its own primary (1 = not sharded).' }),
  sharding: choice(['hash', 'range', 'consistent-hash'], 'hash', {
    label: 'Shard by',
    unit: '',
    optionLabels: { hash: 'Hash of the key (modulo)', range: 'Key ranges', 'consistent-hash': 'Consistent hashing (ring)' },
    description: 'How a key picks its shard.',
  }),
  ...dist,
});

/** An asynchronous boundary: the caller is answered at enqueue; the rest of the path runs as a job on the workers. */
export const queueSchema = z.strictObject({
  ...base,
  kind: z.literal('queue'),
  workers: int(1, 1024, 4, { label: 'Workers', unit: 'workers', description: 'Jobs processed at once (the minimum when autoscaling).' }),
  autoscale: z
    .strictObject({
      maxWorkers: int(1, 1024, 32, { label: 'Most workers', unit: 'workers', description: 'Autoscaling never goes above this.' }),
      queuePerWorker: num(0.1, 10_000, 5, { label: 'Scale-up threshold', unit: 'jobs per worker', description: 'Waiting jobs per worker that start one more worker.', step: 0.5 }),
      bootMs: num(0, 3_600_000, 30_000, { label: 'Boot delay', unit: 'ms', description: 'Time for a new worker to start taking jobs.', step: 1000 }),
    })
    .optional()
    .meta({ label: 'Autoscaling', unit: '', description: 'Add workers while the queue grows (omitted = a fixed pool).' }),
  maxRetries: int(0, 20, 3, { label: 'Retries', unit: 'attempts', description: 'Times a failed job is tried again before it goes to the dead-letter queue.' }),
  retryBackoffMs: num(0, 3_600_000, 1_000, { label: 'Retry backoff', unit: 'ms', description: 'Wait before the first retry; it doubles on each further attempt.', step: 100 }),
  ...dist,
});

/** Blob storage (images, pastes, files): a latency and a price per request, practically no capacity limit. */
export const objectStoreSchema = z.strictObject({
  ...base,
  kind: z.literal('object-store'),
  latencyMs: num(0.1, 60_000, 30, { label: 'Latency', unit: 'ms', description: 'Mean time of one read or write.', step: 1 }),
  concurrency: int(1, 1_000_000, 10_000, { label: 'Concurrency', unit: 'requests', description: 'Requests in flight at once; more wait.' }),
  ...dist,
});

/** A third-party API (payments, email, SMS): latency, a concurrency or rate limit, failures, a price per call. */
export const externalSchema = z.strictObject({
  ...base,
  kind: z.literal('external'),
  latencyMs: num(0.1, 600_000, 200, { label: 'Latency', unit: 'ms', description: 'Mean time of one call.', step: 10 }),
  concurrency: int(1, 1_000_000, 100, { label: 'Concurrency', unit: 'calls', description: 'Calls in flight at once; more wait.' }),
  rateLimitPerSec: num(0, 1_000_000, 0, { label: 'Rate limit', unit: 'calls/s', description: 'Calls per second allowed (token bucket, one second of burst); more are refused. 0 = no limit.', step: 10 }),
  failureRate: num(0, 1, 0, { label: 'Failure rate', unit: 'fraction', description: 'Share of calls that fail (an error the caller or a queue’s retries must handle).', step: 0.01 }),
  pricePerMillion: num(0, 1_000_000, 100, { label: 'Price', unit: '$ per million calls', description: 'What the provider charges.', step: 10 }),
  ...dist,
});

/** Any component, by its `kind`. */
export const componentSchema = z.discriminatedUnion('kind', [clientSchema, cdnSchema, cacheSchema, lbSchema, serviceSchema, databaseSchema, queueSchema, objectStoreSchema, externalSchema]);
export type DesignComponent = z.infer<typeof componentSchema>;
export type ComponentOf<K extends ComponentKind> = Extract<DesignComponent, { kind: K }>;

/** The schema of each kind (controls and the studio's side sheet derive from these). */
export const COMPONENT_SCHEMAS = {
  client: clientSchema,
  cdn: cdnSchema,
  cache: cacheSchema,
  lb: lbSchema,
  service: serviceSchema,
  database: databaseSchema,
  queue: queueSchema,
  'object-store': objectStoreSchema,
  external: externalSchema,
} as const satisfies Record<ComponentKind, z.ZodObject>;

import { z } from 'zod';
import { ALGORITHMS } from './balancer';
import { POLICIES } from './cache-policies';
import { choice, DISTS, int, num, optNum } from './common';

/**
 * The stages of the architecture in the course's order; each includes every earlier one.
 * one-box: app and database on one machine · clones: N app clones behind a balancer and a separate
 * database (sessions in each clone's memory) · sessions: `sessionMode` applies (sticky or a shared
 * store) · replicas: reads go to R replicas · cache: a cache in front of the database · queue:
 * the confirmation email goes to a job queue with workers instead of being sent inline.
 *
 * @example
 * STAGES.indexOf('cache') > STAGES.indexOf('replicas'); // true
 */
export const STAGES = ['one-box', 'clones', 'sessions', 'replicas', 'cache', 'queue'] as const;
/**
 * One of {@link STAGES}.
 *
 * @example
 * const s: Stage = 'cache';
 */
export type Stage = (typeof STAGES)[number];

/**
 * Machine sizes: each size up doubles the speed (service time halves) and the price (prices are
 * linear in size within a family, as chapter 0 teaches; lib/sim/design/prices.ts).
 *
 * @example
 * SIZE_SPEED[SIZES.indexOf('l')]; // 4
 */
export const SIZES = ['s', 'm', 'l', 'xl'] as const;
/** Speed multiplier of each size in {@link SIZES}. */
export const SIZE_SPEED = [1, 2, 4, 8] as const;
/** How the UI names each size: its letter and its speed. */
export const SIZE_LABELS: Record<(typeof SIZES)[number], string> = Object.fromEntries(SIZES.map((s, i) => [s, `${s.toUpperCase()} (${SIZE_SPEED[i]}× speed)`])) as Record<(typeof SIZES)[number], string>;

/**
 * Tiers a slowdown can hit.
 *
 * @example
 * SLOW_TIERS.includes('db'); // true
 */
export const SLOW_TIERS = ['none', 'app', 'sessions', 'cache', 'db', 'workers'] as const;

const hour = (label: string, description: string) => optNum(0, 24, { label, unit: 'hour of day', description, step: 0.25 });
const ms = (min: number, max: number, def: number, label: string, description: string) => num(min, max, def, { label, unit: 'ms', description });
const usd = (def: number, label: string, description: string) => num(0, 100_000, def, { label, unit: '$/month', description, step: 10 });

/**
 * Parameters of the whole-system model: Crumb & Co's shop over one compressed day, as a network
 * of FIFO stations (app clones, session store, cache, database primary and replicas, job workers).
 * Hours are hours of the simulated day (0–24); the day lasts `dayMs` of simulated time.
 *
 * @example
 * const p = systemSchema.parse({ stage: 'cache', appMachines: 6, saleMultiplier: 3 });
 */
export const systemSchema = z.strictObject({
  seed: int(0, 2 ** 31 - 1, 1, { label: 'Seed', unit: '', description: 'Random seed; same seed and parameters give the same run.' }),
  stage: choice(STAGES, 'cache', { label: 'Architecture', unit: '', description: 'How far the architecture has grown, in the course’s order.' }),
  // traffic
  dayMs: ms(1_000, 86_400_000, 600_000, 'Length of the day', 'Simulated time one day of traffic is compressed into (the rates are not compressed).'),
  peakRate: num(0.1, 100_000, 600, { label: 'Peak traffic', unit: 'req/s', description: 'Arrival rate at the daily peak (before a flash sale).', step: 10 }),
  nightShare: num(0, 1, 0.2, { label: 'Night traffic', unit: 'fraction', description: 'Rate at the quietest hour as a share of the peak (1 = flat).', step: 0.05 }),
  peakHour: num(0, 24, 20, { label: 'Peak hour', unit: 'hour of day', description: 'Hour of the daily peak (the curve is a cosine over 24 hours).', step: 0.5 }),
  saleMultiplier: num(1, 100, 1, { label: 'Flash sale', unit: '×', description: 'Traffic multiplier during the flash sale (1 = no sale).', step: 0.5 }),
  saleStartHour: num(0, 24, 12, { label: 'Sale starts', unit: 'hour of day', description: 'When the flash sale begins.', step: 0.25 }),
  saleHours: num(0, 24, 1, { label: 'Sale length', unit: 'hours', description: 'How long the flash sale lasts.', step: 0.25 }),
  loginShare: num(0, 1, 0.1, { label: 'Log-ins', unit: 'fraction', description: 'Share of requests that log in (shares above 1 in total are scaled down).', step: 0.01 }),
  checkoutShare: num(0, 1, 0.05, { label: 'Checkouts', unit: 'fraction', description: 'Share of requests that check out; the rest browse.', step: 0.01 }),
  users: int(1, 1_000_000, 10_000, { label: 'Users', unit: 'users', description: 'Distinct shoppers (log-ins and checkouts pick one at random).' }),
  products: int(1, 1_000_000, 10_000, { label: 'Products', unit: 'keys', description: 'Distinct product pages browsed and bought.' }),
  zipf: num(0, 3, 0.9, { label: 'Popularity skew', unit: 'Zipf s', description: 'How concentrated browsing is on the popular products.', step: 0.05 }),
  // app tier
  appMachines: int(1, 64, 4, { label: 'App clones', unit: 'machines', description: 'Application machines behind the balancer (one-box: always 1).' }),
  appSize: choice(SIZES, 's', { label: 'App machine size', unit: '', optionLabels: SIZE_LABELS, description: 's, m, l, xl: each size is twice as fast and costs twice as much.' }),
  appWorkers: int(1, 256, 4, { label: 'Threads per app machine', unit: 'workers', description: 'Requests one app machine serves at once.' }),
  algorithm: choice(ALGORITHMS, 'least-connections', { label: 'Balancing', unit: '', description: 'How the balancer picks a clone.' }),
  appBrowseMs: ms(0.01, 10_000, 4, 'App time: browse', 'Mean app-server time to render a product page.'),
  appLoginMs: ms(0.01, 10_000, 8, 'App time: log in', 'Mean app-server time of a log-in (password hash).'),
  appCheckoutMs: ms(0.01, 10_000, 10, 'App time: checkout', 'Mean app-server time of a checkout.'),
  emailMs: ms(0.01, 100_000, 150, 'Email time', 'Time to send the confirmation email (inline in the app before the queue stage).'),
  healthCheckMs: ms(0, 600_000, 2_000, 'Health-check delay', 'Time until the balancer notices a dead clone.'),
  sessionMode: choice(['local', 'sticky', 'shared'], 'shared', {
    label: 'Sessions',
    unit: '',
    description: 'From the sessions stage: sticky (users pinned to a clone) or shared (a session store); before it, sessions are local.',
  }),
  sessionMs: ms(0.01, 10_000, 1, 'Session store time', 'Mean time of one session-store lookup.'),
  sessionWorkers: int(1, 256, 4, { label: 'Session store threads', unit: 'workers', description: 'Lookups the session store serves at once.' }),
  // database
  dbSize: choice(SIZES, 'm', { label: 'Database size', unit: '', optionLabels: SIZE_LABELS, description: 'Size of each database machine (primary and replicas).' }),
  dbWorkers: int(1, 256, 8, { label: 'Database connections', unit: 'workers', description: 'Queries one database machine runs at once.' }),
  dbReadMs: ms(0.01, 10_000, 12, 'Read time', 'Mean database time of a product read (at size s).'),
  dbWriteMs: ms(0.01, 10_000, 20, 'Write time', 'Mean database time of a checkout write (at size s).'),
  replicas: int(0, 16, 2, { label: 'Read replicas', unit: 'machines', description: 'From the replicas stage: replicas that serve the reads.' }),
  replicationLagMs: ms(0, 3_600_000, 200, 'Replication lag', 'Mean delay (exponential) before a replica applies a write.'),
  promotionDelayMs: ms(0, 3_600_000, 10_000, 'Promotion delay', 'Time from a primary failure until a replica takes over.'),
  // cache
  cacheCapacity: int(0, 1_000_000, 1_000, { label: 'Cache size', unit: 'entries', description: 'Product pages the cache holds.' }),
  cachePolicy: choice(POLICIES, 'lru', { label: 'Eviction', unit: '', description: 'Which entry leaves when the cache is full.' }),
  cacheTtlMs: ms(0, 1e9, 0, 'Cache TTL', 'Entries expire this long after being filled; 0 = never.'),
  cacheMs: ms(0.01, 10_000, 0.5, 'Cache time', 'Mean time of one cache lookup.'),
  cacheWorkers: int(1, 256, 8, { label: 'Cache threads', unit: 'workers', description: 'Lookups the cache serves at once.' }),
  // job queue
  workers: int(1, 256, 2, { label: 'Email workers', unit: 'workers', description: 'From the queue stage: workers sending emails (the minimum when autoscaling).' }),
  autoscale: z.boolean().default(false).meta({ label: 'Autoscale workers', unit: '', description: 'Add workers when the email queue grows.' }),
  maxWorkers: int(1, 256, 8, { label: 'Most workers', unit: 'workers', description: 'Autoscaling never goes above this.' }),
  scaleUpQueuePerWorker: num(0.1, 10_000, 5, { label: 'Scale-up threshold', unit: 'jobs/worker', description: 'Queued emails per worker that trigger one more worker.', step: 0.5 }),
  scaleUpDelayMs: ms(0, 3_600_000, 5_000, 'Scale-up delay', 'Time for a new worker to boot.'),
  // everything
  queueLimit: int(0, 1_000_000, 200, { label: 'Waiting room', unit: 'requests', description: 'Requests that may wait per machine; more are refused (email queue unlimited).' }),
  serviceDist: choice(DISTS, 'exponential', { label: 'Service distribution', unit: '', description: 'Shape of every service time.' }),
  serviceCv: num(0, 10, 1, { label: 'Service spread', unit: 'cv', description: 'Coefficient of variation for lognormal and uniform service times.', step: 0.1 }),
  // faults
  killCloneAtHour: hour('Kill a clone at', 'Hour app clone 1 dies (its sessions and requests are lost); omitted = never.'),
  cacheRestartAtHour: hour('Restart the cache at', 'Hour the cache restarts empty; omitted = never.'),
  primaryFailAtHour: hour('Fail the primary at', 'Hour the database primary dies; a replica is promoted after the delay; omitted = never.'),
  slowTier: choice(SLOW_TIERS, 'none', { label: 'Slow tier', unit: '', description: 'Tier that slows down for a while (none = no slowdown).' }),
  slowAtHour: num(0, 24, 14, { label: 'Slowdown at', unit: 'hour of day', description: 'When the slowdown starts.', step: 0.25 }),
  slowHours: num(0, 24, 1, { label: 'Slowdown length', unit: 'hours', description: 'How long it lasts.', step: 0.25 }),
  slowFactor: num(1, 100, 3, { label: 'Slowdown', unit: '×', description: 'Service times are this many times longer.', step: 0.5 }),
  // prices
  appPrice: usd(100, 'App machine price', 'Monthly price of one size-s app machine (chapter 0’s small machine).'),
  dbPrice: usd(100, 'Database price', 'Monthly price of one size-s database machine.'),
  cachePrice: usd(100, 'Cache price', 'Monthly price of the cache machine.'),
  sessionPrice: usd(100, 'Session store price', 'Monthly price of the session-store machine.'),
  workerPrice: usd(50, 'Worker price', 'Monthly price of one email worker.'),
  balancerPrice: usd(50, 'Balancer price', 'Monthly price of the load balancer.'),
  sampleIntervalMs: num(10, 3_600_000, 5_000, { label: 'Sample interval', unit: 'ms', description: 'Simulated time between time-series points for charts.' }),
});
/**
 * Parsed system parameters.
 *
 * @example
 * const p: SystemParams = systemSchema.parse({});
 */
export type SystemParams = z.infer<typeof systemSchema>;

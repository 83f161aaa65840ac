import type { ModelName, ResultOf } from '@/lib/sim/models';
import { runModel } from '@/lib/sim/params';

/**
 * A flashcard whose answer is measured, not written: the front asks for a number about a fixed
 * setup, the back runs the engine on that setup (fixed seed, so always the same value) and shows
 * the measurement beside the learner's guess.
 */
export interface SimCard {
  /** Flashcard id (shares the FSRS schedule with the question bank; prefixed `sim-`). */
  id: string;
  chapter: string;
  question: string;
  /** The setup, in the reader's words ("4 servers, round robin"). */
  setup: string[];
  unit: string;
  /** Why the number comes out as it does: read after comparing. */
  explain: string;
  /** Runs the engine and returns the measured value. */
  measure(): number;
  /** Where the same setup can be explored. */
  playground: string;
}

/** What the review page needs of a simulation card (plain data: passed from the server page as props). */
export type SimCardInfo = Omit<SimCard, 'measure'>;

/** The card without its engine run, for client props. */
export function simCardInfo({ measure: _measure, ...info }: SimCard): SimCardInfo {
  void _measure;
  return info;
}

interface SimCardDef<M extends ModelName> extends Omit<SimCard, 'measure'> {
  model: M;
  params: Record<string, unknown>;
  metric(r: ResultOf<M>): number;
}

function simCard<M extends ModelName>(def: SimCardDef<M>): SimCard {
  const { model, params, metric, ...rest } = def;
  return { ...rest, measure: () => metric(runModel(model, params)) };
}

const SEED = 1;

/**
 * Chapter 5's card: Black Friday traffic held flat at 2,000 req/s over a short compressed day (about
 * 130,000 engine events, a fraction of a second), the primary failing at noon with asynchronous
 * replication of about 1 s. Exported so the test can rerun the engine on other seeds and lags.
 */
export const FAILOVER_CARD_SETUP = {
  stage: 'cache',
  dayMs: 20_000,
  peakRate: 2_000,
  nightShare: 1,
  loginShare: 0.1,
  checkoutShare: 0.05,
  appMachines: 8,
  cacheCapacity: 5_000,
  replicas: 2,
  replicationLagMs: 1_000,
  primaryFailAtHour: 12,
  promotionDelayMs: 2_000,
} as const;

const playgroundLink = (model: string, params: Record<string, string | number>) =>
  `/playground/${model}?${Object.entries(params)
    .map(([k, v]) => `${model}.${k}=${encodeURIComponent(String(v))}`)
    .join('&')}`;

/** The simulation cards, at least one per chapter, in course order. */
export const SIM_CARDS: readonly SimCard[] = [
  simCard({
    id: 'sim-one-server-80',
    chapter: 'scaling-up-vs-out',
    question: 'One server, 80% busy: what is the p99 response time?',
    setup: ['1 server, 10 ms of work per request (exponential)', '80 requests per second arrive at random (Poisson)', 'no timeouts, an unbounded queue'],
    unit: 'ms',
    explain: 'At 80% utilisation an M/M/1 queue’s response time is exponential with mean 10 ms ÷ (1 − 0.8) = 50 ms, so p99 ≈ 50 × ln 100 ≈ 230 ms: 23 times the 10 ms of work. Busy servers are slow because of the queue, not the work.',
    model: 'queue',
    params: { seed: SEED, requests: 40_000, warmupRequests: 2_000, arrivalRate: 80, serviceTimeMs: 10, workers: 1 },
    metric: (r) => r.p99ResponseMs,
    playground: '/playground/queue',
  }),
  simCard({
    id: 'sim-round-robin-p99',
    chapter: 'clones',
    question: 'Four clones behind round robin at 85% load: p99?',
    setup: ['4 servers, 4 ms per request', '850 requests per second (85% of the fleet’s 1,000 req/s)', 'round-robin balancing'],
    unit: 'ms',
    explain:
      'Round robin gives each server every fourth request, whatever its queue, so each server queues on its own at 85% busy. Every fourth arrival of a random stream comes more evenly than random ones, so it is not quite a lone M/M/1 server (that would give a p99 of about 123 ms): queueing theory for this case (E4/M/1) gives about 79 ms. Least connections on the same fleet, which always picks a server with the fewest requests in hand, cuts p99 about in half, to about 40 ms.',
    model: 'lb',
    params: { seed: SEED, requests: 20_000, warmupRequests: 1_000, arrivalRate: 850, serviceTimeMs: 4, servers: 4, algorithm: 'round-robin' },
    metric: (r) => r.p99ResponseMs,
    playground: '/playground/load-balancer',
  }),
  simCard({
    id: 'sim-hottest-shard',
    chapter: 'database',
    question: 'Eight shards, skewed keys: how much busier is the hottest shard than the average?',
    setup: ['8 shards, hash partitioning', 'keys requested with Zipf popularity (default skew)', 'answer as a ratio: busiest shard ÷ mean'],
    unit: '×',
    explain: 'Hashing spreads keys evenly, not load: the few most popular keys land on a few shards, which run hotter than the mean. Balancing keys is not balancing requests.',
    model: 'sharding',
    params: { seed: SEED, requests: 20_000, warmupRequests: 1_000, shards: 8 },
    metric: (r) => r.hottestToMean,
    playground: '/playground/sharding',
  }),
  simCard({
    id: 'sim-lru-hit-rate',
    chapter: 'cache',
    question: 'A cache of 5% of the keys, LRU, Zipf 1.1: what hit rate?',
    setup: ['10,000 keys, popularity Zipf 1.1', 'cache of 500 entries (5% of the keys), LRU eviction', '1,000 reads per second'],
    unit: '%',
    explain: 'Under a skewed popularity a small cache holds the hot head of the distribution, which takes most of the reads: a cache of 5% of the keys serves well over half the traffic.',
    model: 'cache',
    params: { seed: SEED, requests: 30_000, warmupRequests: 10_000, arrivalRate: 1_000, keys: 10_000, zipf: 1.1, capacity: 500, policy: 'lru' },
    metric: (r) => 100 * r.hitRate,
    playground: '/playground/cache',
  }),
  simCard({
    id: 'sim-workers-near-full',
    chapter: 'asynchronism',
    question: '150 jobs/s of 50 ms on 8 workers: p99 time to finish a job?',
    setup: ['150 jobs per second, 50 ms each', '8 workers (7.5 busy on average: 94% utilisation)', 'an unbounded queue'],
    unit: 'ms',
    explain: 'Little’s law says 7.5 workers are busy on average, so 8 are enough to keep up, but at 94% the queue’s tail is long. One or two more workers shrink it dramatically.',
    model: 'queue',
    params: { seed: SEED, requests: 30_000, warmupRequests: 2_000, arrivalRate: 150, serviceTimeMs: 50, workers: 8 },
    metric: (r) => r.p99JobTimeMs,
    playground: '/playground/queue',
  }),
  simCard({
    id: 'sim-failover-lost-orders',
    chapter: 'putting-it-together',
    question: 'The primary fails mid-sale: how many confirmed orders has the promoted replica never seen?',
    setup: [
      '2,000 requests per second, 5% of them checkouts: 100 order writes a second on the primary',
      'asynchronous replication: each write reaches the replica about 1 s after the primary confirms it (exponential lag)',
      'the primary dies at noon; a replica is promoted 2 s later',
    ],
    unit: 'orders',
    explain:
      'At the moment of failure the replica is missing every write of roughly the last lag interval: write rate × mean lag = 100/s × 1 s ≈ 100 orders, each already confirmed to a customer. A longer promotion delay fails more checkouts but loses no more of these; only a standby that confirms each commit (synchronous replication) brings the loss to zero. One run varies around the expectation like a Poisson count (±10 here).',
    model: 'system',
    params: { seed: SEED, ...FAILOVER_CARD_SETUP },
    metric: (r) => r.lostCommits,
    playground: playgroundLink('system', { ...FAILOVER_CARD_SETUP, dayMs: 600_000 }),
  }),
];

/** A simulation card by id. */
export function getSimCard(id: string): SimCard | undefined {
  return SIM_CARDS.find((c) => c.id === id);
}

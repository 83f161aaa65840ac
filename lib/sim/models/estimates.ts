import type { CacheParams } from './cache';
import type { DeployParams } from './deploy';
import type { LbParams } from './lb';
import type { QueueParams } from './queue';
import type { ReplicationParams } from './replication';
import type { SessionsParams } from './sessions';
import type { ShardingParams } from './sharding';
import { zipfNormaliser } from '../zipf';

/**
 * What one run will cost, computed from its parameters alone (no run). Used to refuse settings
 * that would freeze a page (see lib/sim/work.ts) and to pace live play.
 */
export interface WorkEstimate {
  /** Engine events the run processes (arrivals, completions, replica applies…). */
  events: number;
  /** Events plus other per-request work (e.g. query invalidation), in event-equivalents. */
  work: number;
  /** One-off work building the model before time 0 (rings, key tables, theory), event-equivalents. */
  setup: number;
  /** Peak memory of the run, bytes. */
  bytes: number;
  /** Simulated time the run covers, ms. */
  simMs: number;
  /** Parameter keys that drive `work` and `setup`, to name in a notice (biggest lever first). */
  lowerWork: string[];
  /** Parameter keys that drive `bytes`. */
  lowerBytes: string[];
}

/** Bytes per job present (pooled typed arrays and heap slots, both grown by doubling). */
const JOB_BYTES = 160;
/** Fixed part: time series (≤ 20,000 rows), histogram, stations. */
const BASE_BYTES = 2e6;

interface Load {
  /** Arrivals simulated (warm-up + measured). */
  n: number;
  ratePerSec: number;
  /** Requests per second the servers can finish. */
  capacityPerSec: number;
  servers: number;
  burstiness?: number;
  burstCycleMs?: number;
  /** Most jobs that can be present (queue limits), if bounded. */
  cap?: number;
}

/**
 * Peak jobs present: an overloaded system keeps (1 − 1/ρ) of the arrivals; a stable one holds
 * a few per server, more near ρ = 1; ON bursts above capacity add their excess.
 */
function peakJobs(l: Load): number {
  const rho = l.ratePerSec / Math.max(l.capacityPerSec, 1e-12);
  const b = Math.max(1, l.burstiness ?? 1);
  let jobs = rho >= 1 ? l.n * (1 - 1 / rho) : 0;
  jobs += l.servers * (2 + 10 / Math.max(1 - Math.min(rho, 0.999), 0.02));
  const excessPerSec = b * l.ratePerSec - l.capacityPerSec;
  if (b > 1 && excessPerSec > 0) jobs += (3 * excessPerSec * (l.burstCycleMs ?? 1000)) / b / 1000;
  return Math.min(l.n, l.cap ?? Infinity, jobs);
}

/** Simulated time: arrivals take n/λ; an overloaded system then drains its backlog at capacity. */
function spanMs(l: Load): number {
  return (l.n / Math.min(l.ratePerSec, l.capacityPerSec)) * 1000;
}

function open(l: Load, events: number, bytes: number, extra: Partial<WorkEstimate> = {}): WorkEstimate {
  return {
    events,
    work: events,
    setup: 0,
    bytes: BASE_BYTES + bytes,
    simMs: spanMs(l),
    lowerWork: ['requests', 'warmupRequests'],
    lowerBytes: ['arrivalRate', 'requests'],
    ...extra,
  };
}

const total = (p: { requests: number; warmupRequests: number }) => p.requests + p.warmupRequests;

/** Estimates per model (each model registers its own in models/index.ts). */
export const estimates = {
  queue(p: QueueParams): WorkEstimate {
    const n = total(p);
    const cap = p.queueLimit === undefined ? undefined : p.workers + p.queueLimit;
    const load: Load = { n, ratePerSec: p.arrivalRate, capacityPerSec: (1000 * p.workers) / p.serviceTimeMs, servers: p.workers, burstiness: p.burstiness, burstCycleMs: p.burstCycleMs, cap };
    return open(load, 2 * n + (p.responseMode === 'async' ? n : 0), peakJobs(load) * JOB_BYTES + p.workers * 16);
  },
  lb(p: LbParams): WorkEstimate {
    const n = total(p);
    const speeds = Array.from({ length: p.servers }, (_, i) => p.serverSpeeds[i] ?? 1).reduce((a, b) => a + b, 0);
    const cap = p.queueLimit === undefined ? undefined : p.servers * (1 + p.queueLimit);
    const load: Load = { n, ratePerSec: p.arrivalRate, capacityPerSec: (1000 * speeds) / p.serviceTimeMs, servers: p.servers, burstiness: p.burstiness, burstCycleMs: p.burstCycleMs, cap };
    const jobs = peakJobs(load);
    // least-connections and weighted round robin scan the servers on every pick. Measured over 1,000
    // servers (100,000 requests, best of 3 against round robin): a weighted pick costs 16–21 events
    // (every server, every pick), a least-connections pick at most ~7 (it stops at the first idle
    // server; ~0 at light load), so servers/50 bounds both
    const scan = p.algorithm === 'least-connections' || p.algorithm === 'weighted-round-robin' ? (n * p.servers) / 50 : 0;
    return open(load, 2 * n, jobs * JOB_BYTES + p.servers * 400, { work: 2 * n + scan, lowerWork: scan > n ? ['requests', 'servers'] : ['requests', 'warmupRequests'] });
  },
  sessions(p: SessionsParams): WorkEstimate {
    const n = total(p);
    const perUser = 1000 / (p.thinkTimeMs + p.serviceTimeMs + (p.sessionMode === 'shared' ? p.storeLatencyMs : 0));
    const capacity = (1000 * p.servers) / (p.serviceTimeMs + (p.sessionMode === 'shared' ? p.storeLatencyMs : 0));
    const rate = Math.max(Math.min(p.users * perUser, capacity), 1e-9);
    const events = 2 * n + p.users;
    return { events, work: events, setup: p.users, bytes: BASE_BYTES + p.users * (JOB_BYTES + 24) + p.servers * 400, simMs: (n / rate) * 1000, lowerWork: ['requests', 'users'], lowerBytes: ['users'] };
  },
  deploy(p: DeployParams): WorkEstimate {
    const n = total(p);
    const inRotation = p.strategy === 'rolling' ? Math.max(1, p.servers - p.batchSize) : p.servers;
    const load: Load = { n, ratePerSec: p.arrivalRate, capacityPerSec: (1000 * inRotation) / p.serviceTimeMs, servers: p.servers };
    return open(load, 2 * n + 4 * p.servers, peakJobs(load) * JOB_BYTES + p.servers * 800);
  },
  replication(p: ReplicationParams): WorkEstimate {
    const n = total(p);
    const applies = n * p.writeRatio * p.replicas;
    const primaryShare = p.replicas === 0 ? 1 : p.writeRatio;
    const replicaShare = p.replicas === 0 ? 0 : (1 - p.writeRatio) / p.replicas;
    const perNodeRate = p.arrivalRate * Math.max(primaryShare, replicaShare);
    const load: Load = { n, ratePerSec: perNodeRate, capacityPerSec: 1000 / p.serviceTimeMs, servers: p.replicas + 1 };
    const jobs = peakJobs(load);
    const inFlight = Math.min(applies, (p.arrivalRate * p.writeRatio * p.replicas * p.lagMeanMs) / 1000) * 3;
    const bytes = p.replicas * p.users * 4 + p.users * 12 + jobs * JOB_BYTES + inFlight * 40;
    const lowerBytes = p.replicas * p.users * 4 > bytes / 2 ? ['replicas', 'users'] : ['arrivalRate', 'requests'];
    return open({ ...load, ratePerSec: p.arrivalRate, capacityPerSec: (p.arrivalRate * 1000) / p.serviceTimeMs / Math.max(perNodeRate, 1e-12) }, 2 * n + applies, bytes, { lowerWork: applies > n ? ['requests', 'replicas', 'writeRatio'] : ['requests', 'warmupRequests'], lowerBytes });
  },
  sharding(p: ShardingParams): WorkEstimate {
    const n = total(p);
    const h = zipfNormaliser(p.keys, p.zipf);
    const top = 1 / h;
    const share = p.hotKeysClustered && p.partitioning === 'range' ? zipfNormaliser(Math.max(1, Math.floor(p.keys / p.shards)), p.zipf) / h : top + (1 - top) / p.shards;
    const hot: Load = { n, ratePerSec: p.arrivalRate * share, capacityPerSec: 1000 / p.serviceTimeMs, servers: p.shards };
    const jobs = peakJobs(hot);
    const ring = p.partitioning === 'consistent-hash' ? p.shards * p.virtualNodes : 0;
    // key shuffle, Zipf table, rank → shard table and the moved-share count; the ring is built three times
    const setup = 4 * p.keys + 3 * ring;
    const bytes = p.keys * 28 + ring * 3 * 20 + jobs * JOB_BYTES + p.shards * 400;
    const lowerWork = setup > 2 * n ? (ring > p.keys ? ['virtualNodes', 'shards'] : ['keys']) : ['requests', 'warmupRequests'];
    const lowerBytes = p.keys * 28 + ring * 60 > bytes / 2 ? (ring * 60 > p.keys * 28 ? ['virtualNodes', 'shards'] : ['keys']) : ['arrivalRate', 'requests'];
    return open({ ...hot, ratePerSec: p.arrivalRate, capacityPerSec: 1000 / p.serviceTimeMs / share }, 2 * n, bytes, { setup, lowerWork, lowerBytes });
  },
  cache(p: CacheParams): WorkEstimate {
    const n = total(p);
    // each write in query mode inverts rowsPerQuery − 1 row permutations (about 1/8 event each)
    const invalidation = p.cacheMode === 'query' ? (n * p.writeRatio * (p.rowsPerQuery - 1)) / 8 : 0;
    const setup = 2 * p.keys; // Zipf table and per-key arrays (the hit-rate prediction groups the keys: a few thousand terms)
    const bytes = p.keys * (8 + 8 + 24 + (p.policy === 'lfu' ? 16 : 0) + 16);
    const jobs = Math.min(n, (p.arrivalRate * (p.cacheLatencyMs + p.dbLatencyMs * 3)) / 1000 + 100);
    const lowerWork = setup > 2 * n ? ['keys'] : invalidation > n ? ['rowsPerQuery', 'writeRatio', 'requests'] : ['requests', 'warmupRequests'];
    return open({ n, ratePerSec: p.arrivalRate, capacityPerSec: Infinity, servers: 1 }, 2 * n, bytes + jobs * JOB_BYTES, { work: 2 * n + invalidation, setup, lowerWork, lowerBytes: ['keys'] });
  },
};

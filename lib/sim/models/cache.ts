import { z } from 'zod';
import { Arrivals } from '../core/arrivals';
import { exponential } from '../core/distributions';
import { NetworkSim, type LatencyFields } from '../core/network';
import { Permutation } from '../core/permutation';
import { createRng, mix32, STREAM, type Rng } from '../core/rng';
import { Zipf } from '../core/zipf';
import { cacheHitRate } from '../theory';
import { CacheStore, POLICIES, POLICY_LABELS } from './cache-policies';
import { choice, commonParams, int, num } from './common';

/**
 * Parameters of the cache-aside model: reads check the cache, misses go to the database and fill
 * the cache; writes go to the database and invalidate.
 */
export const cacheSchema = z.strictObject({
  ...commonParams,
  keys: int(1, 1_000_000, 10_000, { label: 'Keys', unit: 'keys', description: 'Distinct objects (or queries) that can be requested.' }),
  zipf: num(0, 3, 0.8, { label: 'Skew', unit: 'Zipf s', description: 'Popularity skew; 0 = every key equally popular.', step: 0.05 }),
  capacity: int(0, 1_000_000, 1_000, { label: 'Capacity', unit: 'entries', description: 'Entries the cache holds.' }),
  policy: choice(POLICIES, 'lru', { label: 'Eviction', unit: '', description: 'Which entry leaves when the cache is full.', optionLabels: POLICY_LABELS }),
  ttlMs: num(0, 1e9, 0, { label: 'TTL', unit: 'ms', description: 'Entries expire this long after being filled; 0 = never.' }),
  writeRatio: num(0, 1, 0, { label: 'Write share', unit: 'fraction', description: 'Share of requests that write (and invalidate).', step: 0.01 }),
  cacheMode: choice(['object', 'query'], 'object', {
    label: 'Cache what',
    unit: '',
    description: 'object: a write invalidates that object; query: every cached query result containing the row.',
    optionLabels: { object: 'objects', query: 'query results' },
  }),
  rowsPerQuery: int(1, 1_000, 10, { label: 'Rows per query', unit: 'rows', description: 'Rows inside one cached query result (query mode).' }),
  arrivalRate: num(0.001, 10_000_000, 1_000, { label: 'Arrival rate', unit: 'req/s', description: 'Mean requests per second.' }),
  dbLatencyMs: num(0, 100_000, 20, { label: 'Database latency', unit: 'ms', description: 'Mean database time per query (exponential).' }),
  cacheLatencyMs: num(0, 10_000, 1, { label: 'Cache latency', unit: 'ms', description: 'Time for one cache lookup.' }),
});
/** Parsed cache parameters. */
export type CacheParams = z.infer<typeof cacheSchema>;

/** Result of a cache run. */
export interface CacheResult extends LatencyFields {
  reads: number;
  writes: number;
  hits: number;
  misses: number;
  hitRate: number;
  evictions: number;
  invalidations: number;
  expirations: number;
  dbQueries: number;
  dbLoadPerSec: number;
  cacheSize: number;
  /** Independent-reference-model prediction for this policy, keys, skew and capacity (ignores TTL and writes). */
  predictedHitRate: number;
  series: Record<string, number[]>;
}

/** cache snapshot. */
export interface CacheSnapshot {
  now: number;
  done: boolean;
  cacheSize: number;
  capacity: number;
  metrics: Omit<CacheResult, 'series'>;
}

const EV_ARRIVAL = 1;
const EV_DONE = 2;

/**
 * The cache simulation. The cache is filled at miss time (as in the independent reference
 * model); the database is a pure delay (no queueing).
 *
 * @example
 * const r = new CacheSim(cacheSchema.parse({ capacity: 500 })).runToEnd();
 * r.hitRate; // ≈ r.predictedHitRate
 */
export class CacheSim extends NetworkSim<CacheResult, CacheSnapshot> {
  private readonly arrivals: Arrivals;
  private readonly zipf: Zipf;
  private readonly keyRng: Rng;
  private readonly dbRng: Rng;
  private readonly store: CacheStore;
  private readonly filledAt: Float64Array;
  private readonly rowPerms: Permutation[] = [];
  private reads = 0;
  private writes = 0;
  private hits = 0;
  private misses = 0;
  private evictions = 0;
  private invalidations = 0;
  private expirations = 0;
  private db = 0;
  private lastHits = 0;
  private lastReads = 0;
  private predicted = -1;

  constructor(private readonly p: CacheParams) {
    super(['hitRate', 'hitRateInterval', 'cacheSize', 'dbQueries'], p.sampleIntervalMs, p.requests + p.warmupRequests, p.warmupRequests, () => 0);
    this.zipf = new Zipf(p.keys, p.zipf);
    this.keyRng = createRng(p.seed, STREAM.keys);
    this.dbRng = createRng(p.seed, STREAM.service);
    this.store = new CacheStore(p.policy, p.keys, Math.min(p.capacity, p.keys), createRng(p.seed, STREAM.misc));
    this.filledAt = new Float64Array(p.keys);
    if (p.cacheMode === 'query') {
      // query q holds row q and rows σᵢ(q), i = 1…rowsPerQuery−1, for keyed permutations σᵢ of the
      // rows: no index is built, the queries holding row r are r and σᵢ⁻¹(r)
      for (let i = 1; i < p.rowsPerQuery; i++) this.rowPerms.push(new Permutation(p.keys, mix32(p.seed * 7919 + i)));
    }
    this.arrivals = new Arrivals(createRng(p.seed, STREAM.arrivals), createRng(p.seed, STREAM.bursts), p.arrivalRate, 1);
    this.schedule(this.arrivals.next(0), EV_ARRIVAL, 0);
  }

  protected handleEvent(kind: number, j: number): void {
    if (kind === EV_DONE) return this.leave(j);
    const job = this.newJob();
    this.pool.start[job] = this.now;
    if (this.moreArrivals()) this.schedule(this.arrivals.next(this.now), EV_ARRIVAL, 0);
    const p = this.p;
    const measured = this.measuring;
    const key = this.zipf.sample(this.keyRng);
    const isWrite = p.writeRatio > 0 && this.keyRng.next() < p.writeRatio;
    let latency = p.cacheLatencyMs;
    if (isWrite) {
      if (measured) this.writes++;
      this.db++;
      latency += exponential(this.dbRng, p.dbLatencyMs);
      if (p.cacheMode === 'object') this.invalidate(key, measured);
      else {
        this.invalidate(key, measured);
        for (const perm of this.rowPerms) this.invalidate(perm.inverse(key), measured);
      }
    } else {
      if (measured) this.reads++;
      let hit = this.store.has(key);
      if (hit && p.ttlMs > 0 && this.now - (this.filledAt[key] as number) >= p.ttlMs) {
        this.store.remove(key);
        hit = false;
        if (measured) this.expirations++;
      }
      if (hit) {
        this.store.hit(key);
        if (measured) this.hits++;
      } else {
        if (measured) this.misses++;
        this.db++;
        latency += exponential(this.dbRng, p.dbLatencyMs);
        if (this.store.insert(key) >= 0 && measured) this.evictions++;
        this.filledAt[key] = this.now;
      }
    }
    this.schedule(this.now + latency, EV_DONE, job);
  }

  private invalidate(q: number, measured: boolean): void {
    if (!this.store.has(q)) return;
    this.store.remove(q);
    if (measured) this.invalidations++;
  }

  protected afterService(): void {}

  protected onMeasureStart(): void {
    this.db = 0;
  }

  protected sampleRow(_t: number, row: Float64Array): void {
    row[0] = this.reads ? this.hits / this.reads : 0;
    const dr = this.reads - this.lastReads;
    row[1] = dr > 0 ? (this.hits - this.lastHits) / dr : row[0];
    this.lastReads = this.reads;
    this.lastHits = this.hits;
    row[2] = this.store.size;
    row[3] = this.db;
  }

  private metrics(): Omit<CacheResult, 'series'> {
    const m = this.latencyMetrics();
    if (this.predicted < 0) this.predicted = cacheHitRate(this.p.policy, this.p.keys, this.p.zipf, Math.min(this.p.capacity, this.p.keys));
    const span = Math.max(this.now - this.measureStart, 1e-9);
    return {
      requests: m.requests,
      completed: m.completed,
      dropped: m.dropped,
      reads: this.reads,
      writes: this.writes,
      hits: this.hits,
      misses: this.misses,
      hitRate: this.reads ? this.hits / this.reads : 0,
      evictions: this.evictions,
      invalidations: this.invalidations,
      expirations: this.expirations,
      dbQueries: this.db,
      dbLoadPerSec: (this.db / span) * 1000,
      meanResponseMs: m.meanResponseMs,
      p50ResponseMs: m.p50ResponseMs,
      p95ResponseMs: m.p95ResponseMs,
      p99ResponseMs: m.p99ResponseMs,
      meanInSystem: m.meanInSystem,
      throughputPerSec: m.throughputPerSec,
      cacheSize: this.store.size,
      predictedHitRate: this.predicted,
      simTimeMs: m.simTimeMs,
      events: m.events,
    };
  }

  snapshot(): CacheSnapshot {
    return { now: this.now, done: this.done, cacheSize: this.store.size, capacity: this.p.capacity, metrics: this.metrics() };
  }

  result(): CacheResult {
    return { ...this.metrics(), series: this.series.toJSON() };
  }
}

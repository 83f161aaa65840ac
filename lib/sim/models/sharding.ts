import { z } from 'zod';
import { Arrivals } from '../core/arrivals';
import { makeSampler } from '../core/distributions';
import type { SimAction } from '../core/engine';
import { NetworkSim, type LatencyFields } from '../core/network';
import { createRng, STREAM, type Rng } from '../core/rng';
import { Station } from '../core/station';
import { Zipf } from '../core/zipf';
import { checkServiceCv, choice, commonParams, int, num, optNum, serviceParams } from './common';
import { makePartitioner, movedShare, PARTITIONING_LABELS, PARTITIONINGS } from './partition';

/**
 * Parameters of the sharding model: requests for Zipf-popular keys, each served by the shard
 * that owns its key (one FIFO server per shard).
 */
export const shardingSchema = z.strictObject({
  ...commonParams,
  shards: int(1, 1_000, 4, { label: 'Shards', unit: 'shards', description: 'Database shards.' }),
  keys: int(1, 1_000_000, 10_000, { label: 'Keys', unit: 'keys', description: 'Distinct keys (e.g. user ids).' }),
  zipf: num(0, 3, 0.9, { label: 'Skew', unit: 'Zipf s', description: 'Key popularity skew; 0 = uniform.', step: 0.05 }),
  partitioning: choice(PARTITIONINGS, 'consistent-hash', { label: 'Partitioning', unit: '', description: 'How keys map to shards.', optionLabels: PARTITIONING_LABELS }),
  virtualNodes: int(1, 1_000, 100, { label: 'Virtual nodes', unit: 'per shard', description: 'Ring points per shard (consistent hashing).' }),
  hotKeysClustered: z.boolean().default(false).meta({
    label: 'Clustered hot keys',
    unit: '',
    description: 'true: popular keys have adjacent ids (like recent timestamps); false: spread out.',
  }),
  arrivalRate: num(0.001, 1_000_000, 400, { label: 'Arrival rate', unit: 'req/s', description: 'Mean requests per second.' }),
  ...serviceParams(5),
  addShardAtMs: optNum(0, 1e9, { label: 'Add shard at', unit: 'ms', description: 'When one shard is added (keys re-partitioned); omitted = never.' }),
}).superRefine((p, ctx) => {
  checkServiceCv(p, ctx);
});
/** Parsed sharding parameters. */
export type ShardingParams = z.infer<typeof shardingSchema>;

/** Result of a sharding run. */
export interface ShardingResult extends LatencyFields {
  utilization: number;
  /** Requests of the busiest shard divided by the mean per shard. */
  hottestToMean: number;
  /** Share of keys that change shard when one shard is added. */
  keysMovedOnAdd: number;
  perShard: { served: number; utilization: number; meanQueueLength: number; keys: number }[];
  series: Record<string, number[]>;
}

/** sharding snapshot. */
export interface ShardingSnapshot {
  now: number;
  done: boolean;
  shards: { queue: number; busy: number; served: number }[];
  metrics: Omit<ShardingResult, 'series'>;
}

const EV_ARRIVAL = 1;
const EV_ADD = 2;
/** Most shards a run can reach by adding them (`add-server`). */
export const MAX_SHARDS = 1_024;

/**
 * The sharding simulation.
 *
 * @example
 * const r = new ShardingSim(shardingSchema.parse({ zipf: 1.2 })).runToEnd();
 * r.hottestToMean > 1; // true: skew makes a hot shard
 */
export class ShardingSim extends NetworkSim<ShardingResult, ShardingSnapshot> {
  private readonly arrivals: Arrivals;
  private readonly zipf: Zipf;
  private readonly keyRng: Rng;
  private readonly keyOf: Int32Array; // popularity rank → key id
  private shardOf: (key: number) => number;
  private rankToShard: Int32Array; // popularity rank → shard, rebuilt when a shard is added
  private readonly moved: number;
  private keyCount: number[] = [];

  constructor(private readonly p: ShardingParams) {
    const service = makeSampler(p.serviceDist, p.serviceTimeMs, createRng(p.seed, STREAM.service), p.serviceCv);
    super(['inSystem', 'completed', 'hottestQueue', 'shards'], p.sampleIntervalMs, p.requests + p.warmupRequests, p.warmupRequests, service);
    this.stations = Array.from({ length: p.shards }, () => new Station(1, Infinity, 1));
    this.zipf = new Zipf(p.keys, p.zipf);
    this.keyRng = createRng(p.seed, STREAM.keys);
    this.keyOf = new Int32Array(p.keys);
    for (let k = 0; k < p.keys; k++) this.keyOf[k] = k;
    if (!p.hotKeysClustered) {
      const r = createRng(p.seed, STREAM.misc);
      for (let i = p.keys - 1; i > 0; i--) {
        const j = r.int(i + 1);
        const t = this.keyOf[i] as number;
        this.keyOf[i] = this.keyOf[j] as number;
        this.keyOf[j] = t;
      }
    }
    this.shardOf = makePartitioner(p.partitioning, p.shards, p.keys, p.virtualNodes);
    this.rankToShard = this.table();
    this.moved = movedShare(p.partitioning, p.shards, p.keys, p.virtualNodes);
    this.arrivals = new Arrivals(createRng(p.seed, STREAM.arrivals), createRng(p.seed, STREAM.bursts), p.arrivalRate, 1);
    this.schedule(this.arrivals.next(0), EV_ARRIVAL, 0);
    if (p.addShardAtMs !== undefined) this.schedule(p.addShardAtMs, EV_ADD, 0);
  }

  protected handleEvent(kind: number): void {
    if (kind === EV_ADD) {
      this.addShard();
      return;
    }
    const j = this.newJob();
    if (this.moreArrivals()) this.schedule(this.arrivals.next(this.now), EV_ARRIVAL, 0);
    this.offer(this.rankToShard[this.zipf.sample(this.keyRng)] as number, j);
  }

  /** Adds one shard now and re-partitions every key (live, like `addShardAtMs`). */
  private addShard(): void {
    const st = new Station(1, Infinity, 1);
    st.reset(this.now);
    this.stations.push(st);
    this.shardOf = makePartitioner(this.p.partitioning, this.stations.length, this.p.keys, this.p.virtualNodes);
    this.rankToShard = this.table();
  }

  /** `add-server` adds a shard at the current time (the UI's "Add a shard" button); up to 1,024 shards. */
  act(a: SimAction): boolean {
    if (a.type !== 'add-server' || this.stations.length >= MAX_SHARDS) return false;
    this.addShard();
    return true;
  }

  /** Popularity rank → shard, and the keys each shard holds (both change only when a shard is added). */
  private table(): Int32Array {
    const t = new Int32Array(this.p.keys);
    this.keyCount = new Array<number>(this.stations.length).fill(0);
    for (let r = 0; r < this.p.keys; r++) {
      const s = this.shardOf(this.keyOf[r] as number);
      t[r] = s;
      this.keyCount[s] = (this.keyCount[s] as number) + 1;
    }
    return t;
  }

  protected afterService(j: number): void {
    this.leave(j);
  }

  protected sampleRow(_t: number, row: Float64Array): void {
    row[0] = this.live;
    row[1] = this.completed;
    row[2] = Math.max(...this.stations.map((s) => s.load));
    row[3] = this.stations.length;
  }

  private metrics(): Omit<ShardingResult, 'series'> {
    const m = this.latencyMetrics();
    const end = this.now;
    const keyCount = this.keyCount;
    const perShard = this.stations.map((st, i) => ({
      served: st.served,
      utilization: st.busyAvg.mean(end),
      meanQueueLength: st.queueAvg.mean(end),
      keys: keyCount[i] ?? 0,
    }));
    const served = perShard.map((s) => s.served);
    const mean = served.reduce((a, b) => a + b, 0) / served.length;
    return {
      requests: m.requests,
      completed: m.completed,
      dropped: m.dropped,
      meanResponseMs: m.meanResponseMs,
      p50ResponseMs: m.p50ResponseMs,
      p95ResponseMs: m.p95ResponseMs,
      p99ResponseMs: m.p99ResponseMs,
      meanInSystem: m.meanInSystem,
      throughputPerSec: m.throughputPerSec,
      utilization: perShard.reduce((a, s) => a + s.utilization, 0) / perShard.length,
      hottestToMean: mean > 0 ? Math.max(...served) / mean : 1,
      keysMovedOnAdd: this.moved,
      perShard,
      simTimeMs: m.simTimeMs,
      events: m.events,
    };
  }

  snapshot(): ShardingSnapshot {
    return {
      now: this.now,
      done: this.done,
      shards: this.stations.map((st) => ({ queue: st.queueLen, busy: st.busy, served: st.served })),
      metrics: this.metrics(),
    };
  }

  result(): ShardingResult {
    return { ...this.metrics(), series: this.series.toJSON() };
  }
}

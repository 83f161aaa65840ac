import { z } from 'zod';
import { Arrivals } from '../core/arrivals';
import { makeSampler, type Sampler } from '../core/distributions';
import { NetworkSim, type LatencyFields } from '../core/network';
import { createRng, STREAM, type Rng } from '../core/rng';
import { Station } from '../core/station';
import { grown } from '../core/grow';
import { checkServiceCv, choice, commonParams, DIST_LABELS, DISTS, int, num, serviceParams } from './common';

/**
 * Parameters of the replication model: one primary and R replicas; writes go to the primary and
 * are copied to each replica after a random lag; reads go to replicas (round robin).
 */
export const replicationSchema = z.strictObject({
  ...commonParams,
  replicas: int(0, 1_000, 2, { label: 'Replicas', unit: 'replicas', description: 'Read replicas behind the primary (0 = primary only).' }),
  arrivalRate: num(0.001, 1_000_000, 300, { label: 'Arrival rate', unit: 'req/s', description: 'Mean requests (reads + writes) per second.' }),
  writeRatio: num(0, 1, 0.1, { label: 'Write share', unit: 'fraction', description: 'Share of requests that are writes.', step: 0.01 }),
  lagMeanMs: num(0, 3_600_000, 100, { label: 'Replication lag', unit: 'ms', description: 'Mean delay before a replica applies a write.' }),
  lagDist: choice(DISTS, 'exponential', { label: 'Lag distribution', unit: '', description: 'Shape of the replication lag.', optionLabels: DIST_LABELS }),
  readYourWritesWindowMs: num(0, 3_600_000, 0, {
    label: 'Read-your-writes window',
    unit: 'ms',
    description: 'Reads by a user this soon after their own write go to the primary (0 = off).',
  }),
  users: int(1, 1_000_000, 100, { label: 'Users', unit: 'users', description: 'Users; each owns one record that only they write.' }),
  ownReadRatio: num(0, 1, 0.3, { label: 'Own reads', unit: 'fraction', description: 'Share of reads where users read their own record.', step: 0.05 }),
  ...serviceParams(5),
}).superRefine((p, ctx) => {
  checkServiceCv(p, ctx);
});
/** Parsed replication parameters. */
export type ReplicationParams = z.infer<typeof replicationSchema>;

/** Per-node statistics (index 0 = primary). */
export interface ReplicationNodeStats {
  role: 'primary' | 'replica';
  served: number;
  utilization: number;
  meanQueueLength: number;
}

/** Result of a replication run. */
export interface ReplicationResult extends LatencyFields {
  reads: number;
  writes: number;
  staleReads: number;
  staleReadShare: number;
  readYourWritesViolations: number;
  readsOnPrimary: number;
  utilization: number;
  perNode: ReplicationNodeStats[];
  series: Record<string, number[]>;
}

/** replication snapshot. */
export interface ReplicationSnapshot {
  now: number;
  done: boolean;
  nodes: { role: 'primary' | 'replica'; queue: number; busy: number; served: number; pendingWrites: number }[];
  metrics: Omit<ReplicationResult, 'series'>;
}

const EV_ARRIVAL = 1;
const EV_APPLY = 2;
const WRITE = 4; // job flag

/**
 * The replication simulation.
 *
 * @example
 * const r = new ReplicationSim(replicationSchema.parse({})).runToEnd();
 * r.staleReads >= 0; // true
 */
export class ReplicationSim extends NetworkSim<ReplicationResult, ReplicationSnapshot> {
  private readonly arrivals: Arrivals;
  private readonly pick: Rng;
  private readonly lag: Sampler;
  private readonly primaryVersion: Int32Array;
  private readonly replicaVersion: Int32Array; // [replica * users + key]
  private readonly lastWrite: Float64Array;
  private readonly pending: Int32Array;
  /** Per job id: for an own read, the version of the reader's record committed when it was sent. */
  private sentVersion = new Int32Array(256);
  private rr = 0;
  private reads = 0;
  private writes = 0;
  private stale = 0;
  private ryw = 0;
  private onPrimary = 0;
  // pooled replication records
  private recReplica = new Int32Array(256);
  private recKey = new Int32Array(256);
  private recVersion = new Int32Array(256);
  private recFree: number[] = [];
  private recNext = 0;

  constructor(private readonly p: ReplicationParams) {
    const service = makeSampler(p.serviceDist, p.serviceTimeMs, createRng(p.seed, STREAM.service), p.serviceCv);
    super(['inSystem', 'staleReads', 'readYourWritesViolations', 'reads', 'writes'], p.sampleIntervalMs, p.requests + p.warmupRequests, p.warmupRequests, service);
    this.stations = Array.from({ length: p.replicas + 1 }, () => new Station(1, Infinity, 1));
    this.pick = createRng(p.seed, STREAM.keys);
    this.lag = makeSampler(p.lagDist, p.lagMeanMs, createRng(p.seed, STREAM.lag));
    this.primaryVersion = new Int32Array(p.users);
    this.replicaVersion = new Int32Array(p.replicas * p.users);
    this.lastWrite = new Float64Array(p.users).fill(-Infinity);
    this.pending = new Int32Array(p.replicas);
    this.arrivals = new Arrivals(createRng(p.seed, STREAM.arrivals), createRng(p.seed, STREAM.bursts), p.arrivalRate, 1);
    this.schedule(this.arrivals.next(0), EV_ARRIVAL, 0);
  }

  protected handleEvent(kind: number, data: number): void {
    if (kind === EV_APPLY) return this.apply(data);
    const j = this.newJob();
    if (this.moreArrivals()) this.schedule(this.arrivals.next(this.now), EV_ARRIVAL, 0);
    const p = this.p;
    const u = this.pick.int(p.users);
    const isWrite = this.pick.next() < p.writeRatio;
    const own = this.pick.next() < p.ownReadRatio;
    const other = this.pick.int(p.users);
    const pool = this.pool;
    if (isWrite) {
      pool.flags[j] = (pool.flags[j] as number) | WRITE;
      pool.tag[j] = u;
      this.offer(0, j);
      return;
    }
    const key = own ? u : other;
    pool.tag[j] = key * 2 + (key === u ? 1 : 0);
    if (j >= this.sentVersion.length) {
      const bigger = new Int32Array(Math.max(j + 1, this.sentVersion.length * 2));
      bigger.set(this.sentVersion);
      this.sentVersion = bigger;
    }
    this.sentVersion[j] = this.primaryVersion[key] as number;
    const toPrimary = p.replicas === 0 || (p.readYourWritesWindowMs > 0 && this.now - (this.lastWrite[u] as number) < p.readYourWritesWindowMs);
    this.offer(toPrimary ? 0 : 1 + (this.rr++ % p.replicas), j);
  }

  protected afterService(j: number, node: number): void {
    const pool = this.pool;
    const flags = pool.flags[j] as number;
    const measured = (flags & 1) === 1;
    const tag = pool.tag[j] as number;
    if (flags & WRITE) {
      const version = (this.primaryVersion[tag] as number) + 1;
      this.primaryVersion[tag] = version;
      this.lastWrite[tag] = this.now;
      if (measured) this.writes++;
      for (let r = 0; r < this.p.replicas; r++) {
        // each write reaches each replica after its own lag; a replica never goes back to an older version
        const at = this.now + this.lag();
        this.pending[r] = (this.pending[r] as number) + 1;
        this.schedule(at, EV_APPLY, this.record(r, tag, version));
      }
    } else if (measured) {
      this.reads++;
      const key = tag >> 1;
      if (node === 0) this.onPrimary++;
      else {
        const seen = this.replicaVersion[(node - 1) * this.p.users + key] as number;
        if (seen < (this.primaryVersion[key] as number)) this.stale++;
        // read-your-writes: the node misses a write this user had committed before sending the read
        if (tag & 1 && seen < (this.sentVersion[j] as number)) this.ryw++;
      }
    }
    this.leave(j);
  }

  private record(r: number, key: number, version: number): number {
    let id = this.recFree.pop();
    if (id === undefined) {
      id = this.recNext++;
      if (id === this.recReplica.length) {
        const n = this.recReplica.length * 2;
        this.recReplica = grown(this.recReplica, n);
        this.recKey = grown(this.recKey, n);
        this.recVersion = grown(this.recVersion, n);
      }
    }
    this.recReplica[id] = r;
    this.recKey[id] = key;
    this.recVersion[id] = version;
    return id;
  }

  private apply(id: number): void {
    const r = this.recReplica[id] as number;
    const idx = r * this.p.users + (this.recKey[id] as number);
    const v = this.recVersion[id] as number;
    if (v > (this.replicaVersion[idx] as number)) this.replicaVersion[idx] = v;
    this.pending[r] = (this.pending[r] as number) - 1;
    this.recFree.push(id);
  }

  protected sampleRow(_t: number, row: Float64Array): void {
    row[0] = this.live;
    row[1] = this.stale;
    row[2] = this.ryw;
    row[3] = this.reads;
    row[4] = this.writes;
  }

  private metrics(): Omit<ReplicationResult, 'series'> {
    const m = this.latencyMetrics();
    const end = this.now;
    const perNode = this.stations.map((st, i) => ({
      role: i === 0 ? ('primary' as const) : ('replica' as const),
      served: st.served,
      utilization: st.busyAvg.mean(end),
      meanQueueLength: st.queueAvg.mean(end),
    }));
    return {
      requests: m.requests,
      completed: m.completed,
      dropped: m.dropped,
      reads: this.reads,
      writes: this.writes,
      staleReads: this.stale,
      staleReadShare: this.reads ? this.stale / this.reads : 0,
      readYourWritesViolations: this.ryw,
      readsOnPrimary: this.onPrimary,
      meanResponseMs: m.meanResponseMs,
      p50ResponseMs: m.p50ResponseMs,
      p95ResponseMs: m.p95ResponseMs,
      p99ResponseMs: m.p99ResponseMs,
      meanInSystem: m.meanInSystem,
      throughputPerSec: m.throughputPerSec,
      utilization: perNode.reduce((a, n) => a + n.utilization, 0) / perNode.length,
      perNode,
      simTimeMs: m.simTimeMs,
      events: m.events,
    };
  }

  snapshot(): ReplicationSnapshot {
    return {
      now: this.now,
      done: this.done,
      nodes: this.stations.map((st, i) => ({
        role: i === 0 ? ('primary' as const) : ('replica' as const),
        queue: st.queueLen,
        busy: st.busy,
        served: st.served,
        pendingWrites: i === 0 ? 0 : (this.pending[i - 1] as number),
      })),
      metrics: this.metrics(),
    };
  }

  result(): ReplicationResult {
    return { ...this.metrics(), series: this.series.toJSON() };
  }
}

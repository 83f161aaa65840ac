import { z } from 'zod';
import { Arrivals } from '../core/arrivals';
import { makeSampler } from '../core/distributions';
import { NetworkSim, type LatencyFields } from '../core/network';
import { createRng, STREAM } from '../core/rng';
import { TimeAverage } from '../core/stats';
import { Station } from '../core/station';
import { Balancer } from './balancer';
import { checkServiceCv, choice, commonParams, int, num, serviceParams } from './common';

/** How the UI names each deploy strategy. */
export const DEPLOY_STRATEGY_LABELS = { 'all-at-once': 'all at once', rolling: 'rolling', 'blue-green': 'blue/green' } as const;

/** Parameters of the deployment model: N servers move from version A to B. */
export const deploySchema = z.strictObject({
  ...commonParams,
  servers: int(1, 1_000, 6, { label: 'Servers', unit: 'servers', description: 'Servers running version A before the deploy.' }),
  strategy: choice(['all-at-once', 'rolling', 'blue-green'], 'rolling', {
    label: 'Strategy',
    unit: '',
    description: 'all-at-once: replace every server; rolling: a batch at a time; blue-green: boot a full new set, then switch.',
    optionLabels: DEPLOY_STRATEGY_LABELS,
  }),
  batchSize: int(1, 1_000, 2, { label: 'Batch size', unit: 'servers', description: 'Servers replaced at a time (rolling).' }),
  bootTimeMs: num(0, 3_600_000, 5_000, { label: 'Boot time', unit: 'ms', description: 'Time for a server to start version B.' }),
  arrivalRate: num(0.001, 1_000_000, 200, { label: 'Arrival rate', unit: 'req/s', description: 'Mean requests per second.' }),
  ...serviceParams(10),
  deployAtMs: num(0, 1e9, 10_000, { label: 'Deploy at', unit: 'ms', description: 'When the deployment starts.' }),
}).superRefine((p, ctx) => {
  checkServiceCv(p, ctx);
});
/** Parsed deploy parameters. */
export type DeployParams = z.infer<typeof deploySchema>;

/** Server life cycle during a deploy. */
export type ServerPhase = 'serving' | 'draining' | 'booting' | 'idle' | 'retired';

/** Result of a deploy run. */
export interface DeployResult extends LatencyFields {
  /** Requests that found no server in rotation (or were lost with one). */
  failed: number;
  servedA: number;
  servedB: number;
  /** Server-seconds below the normal N servers in rotation. */
  lostCapacityServerSec: number;
  /** Fewest servers in rotation at any moment. */
  minServersInRotation: number;
  /** Time during which both versions were in rotation. */
  mixedVersionsMs: number;
  /** Time from deploy start until every server in rotation runs B; `null` = the deploy had not finished when the run ended. */
  deployDurationMs: number | null;
  /** Most servers running at once (blue-green doubles it). */
  peakServers: number;
  series: Record<string, number[]>;
}

/** deploy snapshot. */
export interface DeploySnapshot {
  now: number;
  done: boolean;
  servers: { version: 'A' | 'B'; phase: ServerPhase; queue: number; busy: number; served: number }[];
  metrics: Omit<DeployResult, 'series'>;
}

const EV_ARRIVAL = 1;
const EV_DEPLOY = 2;
const EV_BOOTED = 3;

/**
 * The deployment simulation.
 *
 * @example
 * const r = new DeploySim(deploySchema.parse({ strategy: 'all-at-once' })).runToEnd();
 * r.minServersInRotation; // 0
 */
export class DeploySim extends NetworkSim<DeployResult, DeploySnapshot> {
  private readonly arrivals: Arrivals;
  private readonly balancer: Balancer;
  private readonly version: Uint8Array;
  private readonly phase: ServerPhase[];
  private readonly servedBy = [0, 0];
  private readonly deficit = new TimeAverage();
  private readonly mixed = new TimeAverage();
  private inRot = [0, 0];
  private minInRotation: number;
  private nextBatch = 0;
  private pendingBoots = 0;
  private finishedAt = -1;
  private running = 0;
  private peak = 0;

  constructor(private readonly p: DeployParams) {
    const service = makeSampler(p.serviceDist, p.serviceTimeMs, createRng(p.seed, STREAM.service), p.serviceCv);
    super(['inRotationA', 'inRotationB', 'servedA', 'servedB', 'failed'], p.sampleIntervalMs, p.requests + p.warmupRequests, p.warmupRequests, service);
    const total = p.strategy === 'blue-green' ? 2 * p.servers : p.servers;
    this.stations = Array.from({ length: total }, () => new Station(1, Infinity, 1));
    this.balancer = new Balancer('round-robin', this.stations, [], createRng(p.seed, STREAM.routing));
    this.version = new Uint8Array(total);
    this.phase = Array.from({ length: total }, (_, i) => (i < p.servers ? 'serving' : 'idle'));
    for (let i = p.servers; i < total; i++) this.balancer.setInRotation(i, false);
    this.inRot = [p.servers, 0];
    this.minInRotation = p.servers;
    this.running = this.peak = p.servers;
    this.arrivals = new Arrivals(createRng(p.seed, STREAM.arrivals), createRng(p.seed, STREAM.bursts), p.arrivalRate, 1);
    this.schedule(this.arrivals.next(0), EV_ARRIVAL, 0);
    this.schedule(p.deployAtMs, EV_DEPLOY, 0);
  }

  protected handleEvent(kind: number, data: number): void {
    if (kind === EV_ARRIVAL) {
      const j = this.newJob();
      if (this.moreArrivals()) this.schedule(this.arrivals.next(this.now), EV_ARRIVAL, 0);
      this.offer(this.balancer.pick(0), j);
    } else if (kind === EV_DEPLOY) this.startDeploy();
    else if (kind === EV_BOOTED) this.booted(data);
  }

  private startDeploy(): void {
    const n = this.p.servers;
    if (this.p.strategy === 'blue-green') {
      for (let i = n; i < 2 * n; i++) this.boot(i);
    } else this.takeBatch(this.p.strategy === 'all-at-once' ? n : this.p.batchSize);
  }

  private takeBatch(size: number): void {
    const end = Math.min(this.p.servers, this.nextBatch + size);
    const batch: number[] = [];
    for (let i = this.nextBatch; i < end; i++) batch.push(i);
    this.nextBatch = end;
    this.pendingBoots = batch.length;
    for (const i of batch) this.setRotation(i, false);
    for (const i of batch) this.drainOrBoot(i, 'draining');
  }

  private setRotation(i: number, on: boolean): void {
    const v = this.version[i] as number;
    this.inRot[v] = (this.inRot[v] as number) + (on ? 1 : -1);
    this.balancer.setInRotation(i, on);
    const total = (this.inRot[0] as number) + (this.inRot[1] as number);
    this.deficit.set(this.now, Math.max(0, this.p.servers - total));
    this.mixed.set(this.now, this.inRot[0] && this.inRot[1] ? 1 : 0);
    if (total < this.minInRotation) this.minInRotation = total;
  }

  private drainOrBoot(i: number, phase: 'draining' | 'retired'): void {
    this.phase[i] = phase;
    if ((this.stations[i] as Station).load > 0) return;
    if (phase === 'retired') this.running--;
    else this.boot(i);
  }

  private boot(i: number): void {
    if (this.phase[i] === 'idle') this.peak = Math.max(this.peak, ++this.running);
    this.phase[i] = 'booting';
    this.schedule(this.now + this.p.bootTimeMs, EV_BOOTED, i);
  }

  private booted(i: number): void {
    this.version[i] = 1;
    this.phase[i] = 'serving';
    const n = this.p.servers;
    if (this.p.strategy === 'blue-green') {
      if (++this.pendingBoots < n) return;
      for (let g = n; g < 2 * n; g++) this.setRotation(g, true);
      for (let b = 0; b < n; b++) {
        this.setRotation(b, false);
        this.drainOrBoot(b, 'retired');
      }
      this.finishedAt = this.now;
      return;
    }
    this.setRotation(i, true);
    if (--this.pendingBoots > 0) return;
    if (this.nextBatch < n) this.takeBatch(this.p.batchSize);
    else this.finishedAt = this.now;
  }

  protected afterService(j: number, si: number): void {
    const v = this.version[si] as number;
    if (this.pool.flags[j] as number) this.servedBy[v] = (this.servedBy[v] as number) + 1;
    this.leave(j);
    const ph = this.phase[si];
    if ((ph === 'draining' || ph === 'retired') && (this.stations[si] as Station).load === 0) this.drainOrBoot(si, ph);
  }

  protected onMeasureStart(): void {
    this.servedBy[0] = this.servedBy[1] = 0;
    this.deficit.reset(this.now);
    this.mixed.reset(this.now);
  }

  protected sampleRow(_t: number, row: Float64Array): void {
    row[0] = this.inRot[0] as number;
    row[1] = this.inRot[1] as number;
    row[2] = this.servedBy[0] as number;
    row[3] = this.servedBy[1] as number;
    row[4] = this.failed;
  }

  private metrics(): Omit<DeployResult, 'series'> {
    const m = this.latencyMetrics();
    return {
      requests: m.requests,
      completed: m.completed,
      dropped: m.dropped,
      failed: this.failed,
      servedA: this.servedBy[0] as number,
      servedB: this.servedBy[1] as number,
      meanResponseMs: m.meanResponseMs,
      p50ResponseMs: m.p50ResponseMs,
      p95ResponseMs: m.p95ResponseMs,
      p99ResponseMs: m.p99ResponseMs,
      meanInSystem: m.meanInSystem,
      throughputPerSec: m.throughputPerSec,
      lostCapacityServerSec: this.deficit.integral(this.now) / 1000,
      minServersInRotation: this.minInRotation,
      mixedVersionsMs: this.mixed.integral(this.now),
      deployDurationMs: this.finishedAt < 0 ? null : this.finishedAt - this.p.deployAtMs,
      peakServers: this.peak,
      simTimeMs: m.simTimeMs,
      events: m.events,
    };
  }

  snapshot(): DeploySnapshot {
    return {
      now: this.now,
      done: this.done,
      servers: this.stations.map((st, i) => ({
        version: this.version[i] ? 'B' : 'A',
        phase: this.phase[i] ?? 'idle',
        queue: st.queueLen,
        busy: st.busy,
        served: st.served,
      })),
      metrics: this.metrics(),
    };
  }

  result(): DeployResult {
    return { ...this.metrics(), series: this.series.toJSON() };
  }
}

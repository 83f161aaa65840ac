import { z } from 'zod';
import { Arrivals } from '../core/arrivals';
import { makeSampler } from '../core/distributions';
import type { SimAction } from '../core/engine';
import { MEASURED, NetworkSim, type LatencyFields } from '../core/network';
import { createRng, STREAM, type Rng } from '../core/rng';
import { Station } from '../core/station';
import { ALGORITHM_LABELS, ALGORITHMS, Balancer } from './balancer';
import { burstParams, checkIndex, checkServiceCv, choice, commonParams, int, num, optInt, serviceParams } from './common';

/** Parameters of the load-balancer model: N single-worker servers, each with its own FIFO queue. */
export const lbSchema = z.strictObject({
  ...commonParams,
  servers: int(1, 1_000, 4, { label: 'Servers', unit: 'servers', description: 'Application servers behind the balancer.' }),
  algorithm: choice(ALGORITHMS, 'round-robin', { label: 'Algorithm', unit: '', description: 'How the balancer picks a server.', optionLabels: ALGORITHM_LABELS }),
  arrivalRate: num(0.001, 1_000_000, 300, { label: 'Arrival rate', unit: 'req/s', description: 'Mean requests per second.' }),
  ...serviceParams(10),
  serverSpeeds: z
    .array(z.number().min(0.01).max(100))
    .max(1_000)
    .default([])
    .meta({ label: 'Server speeds', unit: '×', description: 'Speed multiplier per server, at most one per server; missing entries = 1.' }),
  queueLimit: optInt(0, 10_000_000, { label: 'Queue limit', unit: 'requests', description: 'Waiting room per server; omitted = unlimited.' }),
  ...burstParams,
  failServer: optInt(0, 999, { label: 'Fail server', unit: 'index', description: 'Server that dies at failAtMs; omitted = none.' }),
  failAtMs: num(0, 1e9, 10_000, { label: 'Fail at', unit: 'ms', description: 'When the failing server dies.' }),
  healthCheckMs: num(0, 1e7, 2_000, {
    label: 'Health-check delay',
    unit: 'ms',
    description: 'Time until the balancer notices a dead (or revived) server.',
  }),
  clients: int(1, 1_000_000, 1_000, { label: 'Clients', unit: 'clients', description: 'Distinct client IPs (for ip-hash).' }),
}).superRefine((p, ctx) => {
  checkServiceCv(p, ctx);
  checkIndex(ctx, 'failServer', p.failServer, p.servers);
  if (p.serverSpeeds.length > p.servers)
    ctx.addIssue({ code: 'custom', path: ['serverSpeeds'], message: `has ${p.serverSpeeds.length} entries but there are ${p.servers} servers: give between 0 and ${p.servers} speeds` });
});
/** Parsed lb parameters. */
export type LbParams = z.infer<typeof lbSchema>;

/** Per-server statistics. */
export interface LbServerStats {
  served: number;
  dropped: number;
  utilization: number;
  meanQueueLength: number;
  meanResponseMs: number;
  speed: number;
  alive: boolean;
  inRotation: boolean;
}

/** Result of an lb run. `failed` ⊂ `dropped`: requests refused or lost because a server was down. */
export interface LbResult extends LatencyFields {
  failed: number;
  inSystem: number;
  meanWaitMs: number;
  utilization: number;
  loadImbalance: number;
  perServer: LbServerStats[];
  series: Record<string, number[]>;
}

/** What the UI draws for each server. */
export interface LbServerView {
  queue: number;
  busy: number;
  alive: boolean;
  inRotation: boolean;
  served: number;
}

/** lb snapshot. */
export interface LbSnapshot {
  now: number;
  done: boolean;
  servers: LbServerView[];
  metrics: Omit<LbResult, 'series'>;
}

const EV_ARRIVAL = 1;
const EV_FAIL = 2;
const EV_DETECT = 3;

/**
 * The load-balancer simulation. `act({type:'kill'|'revive', server})` works at the current time.
 *
 * @example
 * const r = new LbSim(lbSchema.parse({ algorithm: 'least-connections' })).runToEnd();
 * r.perServer.length; // 4
 */
export class LbSim extends NetworkSim<LbResult, LbSnapshot> {
  private readonly arrivals: Arrivals;
  private readonly balancer: Balancer;
  private readonly clientRng: Rng;
  private readonly respSum: Float64Array;

  constructor(private readonly p: LbParams) {
    const service = makeSampler(p.serviceDist, p.serviceTimeMs, createRng(p.seed, STREAM.service), p.serviceCv);
    super(['inSystem', 'completed', 'dropped', 'aliveServers', 'inRotation'], p.sampleIntervalMs, p.requests + p.warmupRequests, p.warmupRequests, service);
    const speeds = Array.from({ length: p.servers }, (_, i) => p.serverSpeeds[i] ?? 1);
    this.stations = speeds.map((s) => new Station(1, p.queueLimit ?? Infinity, s));
    this.respSum = new Float64Array(p.servers);
    this.balancer = new Balancer(p.algorithm, this.stations, speeds, createRng(p.seed, STREAM.routing));
    this.clientRng = createRng(p.seed, STREAM.misc);
    this.arrivals = new Arrivals(createRng(p.seed, STREAM.arrivals), createRng(p.seed, STREAM.bursts), p.arrivalRate, p.burstiness, p.burstCycleMs);
    this.schedule(this.arrivals.next(0), EV_ARRIVAL, 0);
    if (p.failServer !== undefined) this.schedule(p.failAtMs, EV_FAIL, p.failServer);
  }

  protected handleEvent(kind: number, data: number): void {
    if (kind === EV_ARRIVAL) {
      const j = this.newJob();
      if (this.moreArrivals()) this.schedule(this.arrivals.next(this.now), EV_ARRIVAL, 0);
      const client = this.clientRng.int(this.p.clients);
      this.offer(this.balancer.pick(client), j);
    } else if (kind === EV_FAIL) {
      this.act({ type: 'kill', server: data });
    } else if (kind === EV_DETECT) {
      const st = this.stations[data];
      if (st) this.balancer.setInRotation(data, st.alive);
    }
  }

  protected afterService(j: number, si: number): void {
    // only measured jobs, like `served` (the divisor) and the overall mean
    if ((this.pool.flags[j] as number) & MEASURED) this.respSum[si] = (this.respSum[si] as number) + this.now - (this.pool.arrival[j] as number);
    this.leave(j);
  }

  protected onMeasureStart(): void {
    this.respSum.fill(0);
  }

  act(a: SimAction): boolean {
    if (a.type !== 'kill' && a.type !== 'revive') return false;
    const st = this.stations[a.server];
    if (!st) return false;
    if (a.type === 'kill' && st.alive) this.killStation(a.server);
    else if (a.type === 'revive' && !st.alive) st.alive = true;
    else return false;
    this.schedule(this.now + this.p.healthCheckMs, EV_DETECT, a.server);
    return true;
  }

  protected sampleRow(_t: number, row: Float64Array): void {
    row[0] = this.live;
    row[1] = this.completed;
    row[2] = this.dropped;
    row[3] = this.stations.filter((s) => s.alive).length;
    row[4] = this.balancer.size;
  }

  private metrics(): Omit<LbResult, 'series'> {
    const end = this.now;
    const perServer = this.stations.map((st, i) => ({
      served: st.served,
      dropped: st.dropped,
      utilization: st.busyAvg.mean(end),
      meanQueueLength: st.queueAvg.mean(end),
      meanResponseMs: st.served ? (this.respSum[i] as number) / st.served : 0,
      speed: st.speed,
      alive: st.alive,
      inRotation: this.balancer.inRotation[i] === 1,
    }));
    const served = perServer.map((s) => s.served);
    const mean = served.reduce((a, b) => a + b, 0) / served.length;
    return {
      ...this.latencyMetrics(),
      failed: this.failed,
      utilization: perServer.reduce((a, s) => a + s.utilization, 0) / perServer.length,
      loadImbalance: mean > 0 ? Math.max(...served) / mean : 1,
      perServer,
    };
  }

  snapshot(): LbSnapshot {
    return {
      now: this.now,
      done: this.done,
      servers: this.stations.map((st, i) => ({ queue: st.queueLen, busy: st.busy, alive: st.alive, inRotation: this.balancer.inRotation[i] === 1, served: st.served })),
      metrics: this.metrics(),
    };
  }

  result(): LbResult {
    return { ...this.metrics(), series: this.series.toJSON() };
  }
}

import { z } from 'zod';
import { Arrivals } from '../core/arrivals';
import { makeSampler } from '../core/distributions';
import { NetworkSim, type LatencyFields } from '../core/network';
import { createRng, STREAM } from '../core/rng';
import { LatencyStats } from '../core/stats';
import { Station } from '../core/station';
import { burstParams, checkServiceCv, choice, commonParams, int, num, optInt, serviceParams } from './common';

/**
 * Parameters of the job-queue model: Poisson (optionally bursty) arrivals into one FIFO queue
 * served by `workers` parallel workers (M/G/c/K).
 */
export const queueSchema = z.strictObject({
  ...commonParams,
  arrivalRate: num(0.001, 1_000_000, 80, { label: 'Arrival rate', unit: 'req/s', description: 'Mean jobs arriving per second.' }),
  ...serviceParams(10),
  workers: int(1, 10_000, 1, { label: 'Workers', unit: 'workers', description: 'Jobs served in parallel.' }),
  queueLimit: optInt(0, 10_000_000, {
    label: 'Queue limit',
    unit: 'jobs',
    description: 'Waiting room size; omitted = unlimited, 0 = no waiting.',
  }),
  responseMode: choice(['sync', 'async'], 'sync', {
    label: 'Response',
    unit: '',
    description: 'sync: client waits for the job; async: answered when the job is queued.',
    optionLabels: { sync: 'synchronous', async: 'asynchronous' },
  }),
  ackTimeMs: num(0, 10_000, 0, { label: 'Ack time', unit: 'ms', description: 'Time to answer an async request (enqueue).' }),
  ...burstParams,
}).superRefine((p, ctx) => {
  checkServiceCv(p, ctx);
});
/** Parsed queue parameters. */
export type QueueParams = z.infer<typeof queueSchema>;

/**
 * Result of a queue run. Response = what the client sees (job time in sync mode, ack time in
 * async mode); job time = arrival to job completion.
 */
export interface QueueResult extends LatencyFields {
  inSystem: number;
  meanWaitMs: number;
  meanJobTimeMs: number;
  p99JobTimeMs: number;
  meanQueueLength: number;
  utilization: number;
  dropRate: number;
  series: Record<string, number[]>;
}

/** Queue snapshot for drawing. */
export interface QueueSnapshot {
  now: number;
  done: boolean;
  queueLength: number;
  busyWorkers: number;
  workers: number;
  metrics: Omit<QueueResult, 'series'>;
}

const EV_ARRIVAL = 1;

/**
 * The job-queue simulation.
 *
 * @example
 * const r = new QueueSim(queueSchema.parse({ requests: 5000 })).runToEnd();
 * r.utilization; // ≈ 0.8
 */
export class QueueSim extends NetworkSim<QueueResult, QueueSnapshot> {
  private readonly arrivals: Arrivals;
  private readonly perceived = new LatencyStats();
  private readonly st: Station;

  constructor(private readonly p: QueueParams) {
    const service = makeSampler(p.serviceDist, p.serviceTimeMs, createRng(p.seed, STREAM.service), p.serviceCv);
    super(['inSystem', 'queueLength', 'busyWorkers', 'completed', 'dropped'], p.sampleIntervalMs, p.requests + p.warmupRequests, p.warmupRequests, service);
    this.st = new Station(p.workers, p.queueLimit ?? Infinity, 1);
    this.stations = [this.st];
    this.arrivals = new Arrivals(createRng(p.seed, STREAM.arrivals), createRng(p.seed, STREAM.bursts), p.arrivalRate, p.burstiness, p.burstCycleMs);
    this.schedule(this.arrivals.next(0), EV_ARRIVAL, 0);
  }

  protected handleEvent(): void {
    const j = this.newJob();
    if (this.moreArrivals()) this.schedule(this.arrivals.next(this.now), EV_ARRIVAL, 0);
    const measured = this.measuring;
    if (this.offer(0, j) && measured && this.p.responseMode === 'async') this.perceived.record(0, this.p.ackTimeMs);
  }

  protected afterService(j: number): void {
    this.leave(j);
  }

  protected sampleRow(_t: number, row: Float64Array): void {
    row[0] = this.live;
    row[1] = this.st.queueLen;
    row[2] = this.st.busy;
    row[3] = this.completed;
    row[4] = this.dropped;
  }

  private metrics(): Omit<QueueResult, 'series'> {
    const m = this.latencyMetrics();
    const async = this.p.responseMode === 'async';
    const ph = this.perceived.hist;
    const end = this.now;
    return {
      ...m,
      meanResponseMs: async ? this.perceived.meanResponse() : m.meanResponseMs,
      p50ResponseMs: async ? ph.percentile(0.5) : m.p50ResponseMs,
      p95ResponseMs: async ? ph.percentile(0.95) : m.p95ResponseMs,
      p99ResponseMs: async ? ph.percentile(0.99) : m.p99ResponseMs,
      meanJobTimeMs: m.meanResponseMs,
      p99JobTimeMs: m.p99ResponseMs,
      meanQueueLength: this.st.queueAvg.mean(end),
      utilization: this.st.busyAvg.mean(end) / this.p.workers,
      dropRate: this.measured ? this.dropped / this.measured : 0,
    };
  }

  snapshot(): QueueSnapshot {
    return { now: this.now, done: this.done, queueLength: this.st.queueLen, busyWorkers: this.st.busy, workers: this.p.workers, metrics: this.metrics() };
  }

  result(): QueueResult {
    return { ...this.metrics(), series: this.series.toJSON() };
  }
}

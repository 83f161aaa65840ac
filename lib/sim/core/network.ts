import type { Sampler } from './distributions';
import { EventSim, type SimAction } from './engine';
import { LatencyStats, TimeAverage } from './stats';
import { JobPool, Station } from './station';

/**
 * The latency and throughput figures every request-serving model reports (its `...Result` extends
 * this). Measured after the warm-up; times in ms, throughput per second.
 *
 * @example
 * const r: LatencyFields = models.queue.run(queueSchema.parse({}));
 */
export interface LatencyFields {
  requests: number;
  completed: number;
  dropped: number;
  meanResponseMs: number;
  p50ResponseMs: number;
  p95ResponseMs: number;
  p99ResponseMs: number;
  meanInSystem: number;
  throughputPerSec: number;
  simTimeMs: number;
  events: number;
}

/**
 * Event kind reserved by {@link NetworkSim} for service completions. Models use kinds ≥ 1.
 *
 * @example
 * // in a NetworkSim subclass: this.schedule(t, EV_DEPART, job)
 */
export const EV_DEPART = 0;
/**
 * Job flag: arrived after warm-up, so it counts in the statistics.
 *
 * @example
 * const counted = (pool.flags[j] & MEASURED) !== 0;
 */
export const MEASURED = 1;
/**
 * Job flag: lost with its server; its pending completion event is ignored.
 *
 * @example
 * const lost = (pool.flags[j] & LOST) !== 0;
 */
export const LOST = 2;

/**
 * Base for models built from FIFO {@link Station}s: job bookkeeping, warm-up, drops, server
 * failures and the conservation law arrivals = completed + dropped + in system (measured jobs).
 *
 * @example
 * // see lib/sim/models/queue.ts: class QueueSim extends NetworkSim<…>
 */
export abstract class NetworkSim<R, S, A = SimAction> extends EventSim<R, S, A> {
  readonly pool = new JobPool();
  readonly latency = new LatencyStats();
  /** Time-average of all jobs present (warm-up jobs included once measuring starts). */
  readonly inSystem = new TimeAverage();
  stations: Station[] = [];
  /** Arrivals generated, warm-up included. */
  arrived = 0;
  /** Measured arrivals (after warm-up). */
  measured = 0;
  completed = 0;
  /** Measured jobs refused (queue full, no server) or lost with a server. */
  dropped = 0;
  /** Part of `dropped` that was lost or refused because a server was down. */
  failed = 0;
  /** Measured jobs still in the system. */
  measuredInSystem = 0;
  /** Time the measurement started (end of warm-up). */
  measureStart = 0;
  protected measuring = false;
  /** Jobs present, warm-up included. */
  protected live = 0;

  constructor(
    columns: readonly string[],
    sampleIntervalMs: number,
    protected readonly totalArrivals: number,
    protected readonly warmup: number,
    protected readonly service: Sampler,
  ) {
    super(columns, sampleIntervalMs);
  }

  /** Model events other than completions. */
  protected abstract handleEvent(kind: number, data: number): void;
  /** Called after a job finishes service (it is still allocated; call `leave` or route it on). */
  protected abstract afterService(job: number, station: number): void;

  /** Called when job j is refused or lost, before it is freed (e.g. to let its user retry). */
  protected onLost(j: number): void {
    void j;
  }

  /** Extra restarts at the end of warm-up (the base resets its own stats and the stations'). */
  protected onMeasureStart(): void {}

  protected handle(kind: number, data: number): void {
    if (kind === EV_DEPART) this.depart(data);
    else this.handleEvent(kind, data);
  }

  /** Counts one arrival and creates its job (starts measuring at the warm-up boundary). */
  protected newJob(): number {
    if (this.arrived === this.warmup && !this.measuring) this.startMeasuring();
    this.arrived++;
    const p = this.pool;
    const j = p.alloc();
    p.arrival[j] = this.now;
    p.extra[j] = 0;
    p.work[j] = this.service();
    p.flags[j] = this.measuring ? MEASURED : 0;
    if (this.measuring) {
      this.measured++;
      this.measuredInSystem++;
    }
    this.live++;
    this.inSystem.set(this.now, this.live);
    return j;
  }

  /** True while more arrivals remain to be generated. */
  protected moreArrivals(): boolean {
    return this.arrived < this.totalArrivals;
  }

  private startMeasuring(): void {
    this.measuring = true;
    this.measureStart = this.now;
    this.inSystem.reset(this.now);
    for (const st of this.stations) st.reset(this.now);
    this.onMeasureStart();
  }

  /** Sends job j to station si: serves, queues or drops it. Returns false if dropped. */
  protected offer(si: number, j: number): boolean {
    const st = this.stations[si];
    if (!st || !st.alive) {
      this.drop(j, st, true);
      return false;
    }
    this.pool.station[j] = si;
    if (st.busy < st.workers) {
      this.startService(st, j);
      return true;
    }
    if (st.queueLen < st.queueLimit) {
      st.push(j);
      st.queueAvg.set(this.now, st.queueLen);
      return true;
    }
    this.drop(j, st, false);
    return false;
  }

  /** Service time of job j before the speed factor (override to add costs). */
  protected serviceTime(j: number): number {
    return this.pool.work[j] as number;
  }

  private startService(st: Station, j: number): void {
    const p = this.pool;
    p.start[j] = this.now;
    p.slot[j] = st.take(j);
    st.busyAvg.set(this.now, st.busy);
    this.schedule(this.now + this.serviceTime(j) / st.speed, EV_DEPART, j);
  }

  private depart(j: number): void {
    const p = this.pool;
    if ((p.flags[j] as number) & LOST) {
      p.free(j);
      return;
    }
    const si = p.station[j] as number;
    const st = this.stations[si] as Station;
    st.release(p.slot[j] as number);
    st.busyAvg.set(this.now, st.busy);
    if ((p.flags[j] as number) & MEASURED) st.served++;
    if (st.queueLen > 0) {
      const next = st.shift();
      st.queueAvg.set(this.now, st.queueLen);
      this.startService(st, next);
    }
    this.afterService(j, si);
  }

  /** Job j leaves the system successfully; records its wait and response (plus `extra`). */
  protected leave(j: number): void {
    const p = this.pool;
    if ((p.flags[j] as number) & MEASURED) {
      const arrival = p.arrival[j] as number;
      this.latency.record((p.start[j] as number) - arrival, this.now - arrival + (p.extra[j] as number));
      this.completed++;
      this.measuredInSystem--;
    }
    this.remove(j);
    p.free(j);
  }

  /** Job j is refused or lost. */
  protected drop(j: number, st: Station | undefined, failure: boolean): void {
    if ((this.pool.flags[j] as number) & MEASURED) {
      this.dropped++;
      if (failure) this.failed++;
      if (st) st.dropped++;
      this.measuredInSystem--;
    }
    this.onLost(j);
    this.remove(j);
    this.pool.free(j);
  }

  private remove(j: number): void {
    void j;
    this.live--;
    this.inSystem.set(this.now, this.live);
    if (this.live === 0 && !this.moreArrivals()) this.finish();
  }

  /** Takes station si down now: its waiting and in-service jobs are lost (counted as failed). */
  protected killStation(si: number): void {
    const st = this.stations[si];
    if (!st || !st.alive) return;
    st.alive = false;
    const p = this.pool;
    while (st.queueLen > 0) this.drop(st.shift(), st, true);
    st.queueAvg.set(this.now, 0);
    for (let s = 0; s < st.slots.length; s++) {
      const j = st.slots[s] as number;
      if (j < 0) continue;
      st.release(s);
      if ((p.flags[j] as number) & MEASURED) {
        this.dropped++;
        this.failed++;
        st.dropped++;
        this.measuredInSystem--;
      }
      this.onLost(j);
      p.flags[j] = LOST; // freed when its completion event pops
      this.live--;
      this.inSystem.set(this.now, this.live);
    }
    st.busyAvg.set(this.now, 0);
    if (this.live === 0 && !this.moreArrivals()) this.finish();
  }

  /** Common latency metrics over the measurement window. */
  protected latencyMetrics() {
    const end = this.now;
    const span = Math.max(end - this.measureStart, 1e-9);
    const h = this.latency.hist;
    return {
      requests: this.measured,
      completed: this.completed,
      dropped: this.dropped,
      inSystem: this.measuredInSystem,
      meanWaitMs: this.latency.meanWait(),
      meanResponseMs: this.latency.meanResponse(),
      p50ResponseMs: h.percentile(0.5),
      p95ResponseMs: h.percentile(0.95),
      p99ResponseMs: h.percentile(0.99),
      meanInSystem: this.inSystem.mean(end),
      throughputPerSec: (this.completed / span) * 1000,
      simTimeMs: end,
      events: this.events,
    };
  }
}

import { EventHeap } from './heap';
import { TimeSeries } from './timeseries';

/**
 * Something a UI can do to a running simulation, applied at its current sim time.
 *
 * @example
 * sim.act({ type: 'kill', server: 2 });
 */
export type SimAction =
  | { type: 'kill'; server: number }
  | { type: 'revive'; server: number }
  | { type: 'add-server' }
  /** Whole-system faults (the system model): empty the cache, or fail the database primary. */
  | { type: 'fault'; fault: 'cache-restart' | 'primary-fail' };

/**
 * The uniform interface of every event-driven model. `A` is the action type `act` takes (the
 * design model's are its faults, `DesignAction`).
 * `advanceTo(t)` + `snapshot()` drive animation; `runToEnd()` gives the same final `result()`.
 *
 * @example
 * const sim = models.queue.create(parseParamsOrThrow('queue', { arrivalRate: 50 }));
 * sim.advanceTo(1000);
 * sim.snapshot().now; // 1000
 * const r = sim.runToEnd();
 */
export interface Simulation<R = unknown, S = unknown, A = SimAction> {
  /** Current simulation time (ms). */
  readonly now: number;
  /** True once every request has arrived and left (or the event list ran dry). */
  readonly done: boolean;
  /** Processes every event with time ≤ tMs, then moves the clock to tMs (or to the end). */
  advanceTo(tMs: number): void;
  /** Current time, cumulative metrics and per-entity state for drawing. */
  snapshot(): S;
  /** Final (or so-far) statistics. */
  result(): R;
  /** Runs to the end and returns `result()`. */
  runToEnd(): R;
  /** Applies a UI action at the current sim time; returns false if the model ignores it. */
  act(action: A): boolean;
}

/**
 * Base class of the discrete-event models: owns the future-event list, the clock and the fixed-
 * interval time series. A sample at time s shows the state after every event with time ≤ s, in
 * both stepped and run-to-end modes, which is what makes them give identical output.
 *
 * @example
 * class Tick extends EventSim<number, number> {
 *   constructor() { super(['n'], 100); this.schedule(0, 0, 0); }
 *   n = 0;
 *   protected handle() { if (++this.n < 10) this.schedule(this.now + 10, 0, 0); else this.finish(); }
 *   protected sampleRow(_t: number, row: Float64Array) { row[0] = this.n; }
 *   snapshot() { return this.n; }
 *   result() { return this.n; }
 * }
 * new Tick().runToEnd(); // 10
 */
export abstract class EventSim<R, S, A = SimAction> implements Simulation<R, S, A> {
  now = 0;
  done = false;
  /** Events processed so far. */
  events = 0;
  protected readonly heap = new EventHeap();
  protected readonly series: TimeSeries;
  private readonly sampleEvery: number;
  private nextSample: number;
  private readonly row: Float64Array;

  constructor(columns: readonly string[], sampleIntervalMs: number) {
    this.series = new TimeSeries(columns);
    this.sampleEvery = sampleIntervalMs;
    this.nextSample = sampleIntervalMs;
    this.row = new Float64Array(columns.length);
  }

  /** Handles one event; `this.now` is already its time. */
  protected abstract handle(kind: number, data: number): void;
  /** Fills one time-series row for sim time t (no events happen between the last one and t). */
  protected abstract sampleRow(t: number, row: Float64Array): void;
  abstract snapshot(): S;
  abstract result(): R;

  act(action: A): boolean {
    void action;
    return false;
  }

  /** Schedules an event. */
  protected schedule(t: number, kind: number, data: number): void {
    this.heap.push(t, kind, data);
  }

  /** Marks the run finished at the current time. */
  protected finish(): void {
    this.done = true;
  }

  advanceTo(tMs: number): void {
    const h = this.heap;
    while (!this.done && h.size > 0) {
      const te = h.peekTime();
      if (te > tMs) break;
      if (te > this.nextSample) this.sampleUntil(te, false);
      h.pop();
      this.now = te;
      this.events++;
      this.handle(h.kind, h.data);
    }
    if (!this.done) {
      if (h.size === 0 && tMs === Infinity) this.done = true;
      else if (tMs > this.now) this.now = tMs;
    }
    this.sampleUntil(this.now, true);
  }

  runToEnd(): R {
    this.advanceTo(Infinity);
    return this.result();
  }

  private sampleUntil(t: number, inclusive: boolean): void {
    while (this.nextSample < t || (inclusive && this.nextSample === t)) {
      const s = this.nextSample;
      this.row.fill(0);
      this.sampleRow(s, this.row);
      this.series.push(s, this.row);
      this.nextSample = s + this.sampleEvery;
      if (this.series.rows >= 20_000) {
        this.nextSample = Infinity;
        break;
      }
    }
  }
}

import { grown } from './grow';
import { TimeAverage } from './stats';

/**
 * A FIFO service station with `workers` parallel servers, an optional waiting-room limit and a
 * speed multiplier (service time is divided by `speed`). Holds job ids in a growable ring buffer.
 *
 * @example
 * const st = new Station(2, Infinity, 1);
 * st.push(7); st.shift(); // 7
 */
export class Station {
  /** Jobs in service. */
  busy = 0;
  /** Jobs waiting. */
  queueLen = 0;
  /** False while the server is down. */
  alive = true;
  /** Jobs finished here (after warm-up). */
  served = 0;
  /** Jobs refused or lost here (after warm-up). */
  dropped = 0;
  /** Time-average of busy workers. */
  readonly busyAvg = new TimeAverage();
  /** Time-average of queue length. */
  readonly queueAvg = new TimeAverage();
  /** Job id in each worker slot, −1 if idle. */
  readonly slots: Int32Array;
  private readonly freeSlots: Int32Array;
  private freeSlotCount: number;
  private ring = new Int32Array(64);
  private head = 0;

  constructor(
    public workers: number,
    public queueLimit: number,
    public speed: number,
  ) {
    this.slots = new Int32Array(workers).fill(-1);
    this.freeSlots = new Int32Array(workers);
    for (let i = 0; i < workers; i++) this.freeSlots[i] = workers - 1 - i;
    this.freeSlotCount = workers;
  }

  /** Takes a free worker slot for `job` (caller checked busy < workers); returns the slot. */
  take(job: number): number {
    const s = this.freeSlots[--this.freeSlotCount] as number;
    this.slots[s] = job;
    this.busy++;
    return s;
  }

  /** Frees worker slot s. */
  release(s: number): void {
    this.slots[s] = -1;
    this.freeSlots[this.freeSlotCount++] = s;
    this.busy--;
  }

  /** Jobs here: waiting + in service. */
  get load(): number {
    return this.busy + this.queueLen;
  }

  /** Appends a waiting job. */
  push(job: number): void {
    if (this.queueLen === this.ring.length) {
      const bigger = new Int32Array(this.ring.length * 2);
      for (let i = 0; i < this.queueLen; i++) bigger[i] = this.ring[(this.head + i) % this.ring.length] as number;
      this.ring = bigger;
      this.head = 0;
    }
    this.ring[(this.head + this.queueLen) % this.ring.length] = job;
    this.queueLen++;
  }

  /** Removes the oldest waiting job (−1 if none). */
  shift(): number {
    if (this.queueLen === 0) return -1;
    const job = this.ring[this.head] as number;
    this.head = (this.head + 1) % this.ring.length;
    this.queueLen--;
    return job;
  }

  /** Restarts time averages and counters at t (end of warm-up). */
  reset(t: number): void {
    this.busyAvg.reset(t);
    this.queueAvg.reset(t);
    this.served = 0;
    this.dropped = 0;
  }
}

/**
 * Pooled per-job fields in typed arrays (no allocation per request). Ids are recycled.
 *
 * @example
 * const p = new JobPool();
 * const j = p.alloc(); p.arrival[j] = 12; p.free(j);
 */
export class JobPool {
  arrival = new Float64Array(256);
  start = new Float64Array(256);
  /** Work (service time at speed 1, ms) drawn at arrival, so A/B lanes share job sizes. */
  work = new Float64Array(256);
  /** Extra ms added to the response after service (e.g. a store round trip). */
  extra = new Float64Array(256);
  station = new Int32Array(256);
  slot = new Int32Array(256);
  /** Bit 1: measured (arrived after warm-up); bit 2: lost; other bits free for models. */
  flags = new Int32Array(256);
  /** Model-specific tag (user, key, version…). */
  tag = new Int32Array(256);
  private freeList = new Int32Array(256);
  private freeCount = 0;
  private next = 0;

  /** Returns a free job id. */
  alloc(): number {
    if (this.freeCount > 0) return this.freeList[--this.freeCount] as number;
    if (this.next === this.arrival.length) this.grow();
    return this.next++;
  }

  /** Returns a job id to the pool. */
  free(j: number): void {
    this.freeList[this.freeCount++] = j;
  }

  private grow(): void {
    const n = this.arrival.length * 2;
    this.arrival = grown(this.arrival, n);
    this.start = grown(this.start, n);
    this.work = grown(this.work, n);
    this.extra = grown(this.extra, n);
    this.station = grown(this.station, n);
    this.slot = grown(this.slot, n);
    this.flags = grown(this.flags, n);
    this.tag = grown(this.tag, n);
    this.freeList = grown(this.freeList, n);
  }
}

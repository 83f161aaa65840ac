import { grown } from '../core/grow';

/**
 * Per-job fields of a design run beside the engine's JobPool (same ids, grown together):
 * class, step on the path, user, chosen machine, caches missed, attempts and the client's deadline.
 *
 * @example
 * const f = new JobFields(); f.ensure(300); f.cls[299] = 1;
 */
export class JobFields {
  cls = new Int8Array(256);
  step = new Int8Array(256);
  user = new Int32Array(256);
  /** Machine picked by a balancer for the next step; a sync write's failover epoch. */
  machine = new Int32Array(256);
  /** Bit s set: the read at step s missed (its cache is filled when the request completes). */
  miss = new Int32Array(256);
  attempt = new Int8Array(256);
  /** Sim time the client gives up (−1: none). */
  deadline = new Float64Array(256).fill(-1);

  /** Makes room for job id j. */
  ensure(j: number): void {
    if (j < this.cls.length) return;
    let n = this.cls.length;
    while (n <= j) n *= 2;
    this.cls = grown(this.cls, n);
    this.step = grown(this.step, n);
    this.attempt = grown(this.attempt, n);
    this.user = grown(this.user, n);
    this.machine = grown(this.machine, n);
    this.miss = grown(this.miss, n);
    this.deadline = grown(this.deadline, n, -1);
  }
}

/** Job flag bits beyond the engine's MEASURED (1) and LOST (2). */
export const ASYNC = 4;
export const TIMED_OUT = 8;
export const PEAK = 16;
/** A CDN hit: the request ends when the edge's delay is over. */
export const HIT_END = 32;

/**
 * Why a request (or a job attempt) failed. The first four are the whole-system model's causes,
 * in its order.
 *
 * @example
 * ERROR_CAUSES.indexOf('rate-limited'); // 5
 */
export const ERROR_CAUSES = ['queue-full', 'machine-down', 'no-session', 'database-down', 'timeout', 'rate-limited', 'partitioned', 'external-error'] as const;
export type DesignErrorCause = (typeof ERROR_CAUSES)[number];
export const FULL = 0;
export const DOWN = 1;
export const NO_SESSION = 2;
export const DB_DOWN = 3;
export const TIMEOUT = 4;
export const RATE_LIMITED = 5;
export const PARTITIONED = 6;
export const EXTERNAL_ERROR = 7;
export const NC = ERROR_CAUSES.length;

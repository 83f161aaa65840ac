import type { ComponentKind } from './components';
import type { DesignErrorCause } from './jobs';
import type { DesignBill } from './prices';
import type { PeakWindow } from './window';

/** Latency percentiles (ms) of the requests counted. */
export interface Percentiles {
  meanResponseMs: number;
  p50ResponseMs: number;
  p95ResponseMs: number;
  p99ResponseMs: number;
}

/**
 * What happened to a class's queued jobs (the part of its path after its queue): delays from
 * enqueue to the end of the path; retries after a failed attempt; dead letters after the last.
 * `jobs = completed + deadLettered + inSystem`.
 *
 * @example
 * r.perClass[1]?.jobs?.p99ResponseMs;
 */
export interface DesignJobStats extends Percentiles {
  queue: string;
  jobs: number;
  completed: number;
  deadLettered: number;
  inSystem: number;
  retries: number;
  /** Failed attempts by cause (a retried attempt counts too). */
  failuresByCause: Record<DesignErrorCause, number>;
}

/**
 * Per-class statistics of the callers' requests (answered at the end of the path, at a cache
 * hit, or at the queue). `requests = completed + errors + inSystem`; a timed-out request is an
 * error at its deadline (its work may still run). `peak` covers the requests that arrived inside
 * the peak window.
 *
 * @example
 * r.perClass.find((c) => c.id === 'open')?.peak.p99ResponseMs;
 */
export interface DesignClassStats extends Percentiles {
  id: string;
  label: string;
  requests: number;
  completed: number;
  errors: number;
  inSystem: number;
  errorsByCause: Record<DesignErrorCause, number>;
  throughputPerSec: number;
  peak: Percentiles & { requests: number; errors: number; errorRate: number };
  jobs: DesignJobStats | null;
}

/**
 * One station group as measured: a pool's machines, a cache's nodes, a database's primaries or
 * replicas, a queue's workers. Utilisation is busy ÷ capacity over the day (to its end; a drain
 * after it does not dilute it) and over the peak window; visits and times cover the whole run.
 *
 * @example
 * r.perComponent[2]?.groups[0]?.peakUtilization;
 */
export interface DesignGroupStats {
  role: 'main' | 'primary' | 'replica';
  machines: number;
  machinesUp: number;
  /** Workers over all machines (an autoscaled queue: the mean number running). */
  workers: number;
  utilization: number;
  peakUtilization: number;
  meanQueueLength: number;
  visits: number;
  throughputPerSec: number;
  /** Per visit: waiting + service (ms). */
  meanResponseMs: number;
  /** Per visit: service alone, after the machine's speed (ms). */
  meanServiceMs: number;
  dropped: number;
  /** Requests per second offered in the peak window (served, refused or lost here). */
  peakOfferedPerSec: number;
  /** What the group can serve per second at its measured service time: workers × 1000 / service ms. */
  capacityPerSec: number;
}

/**
 * Per-component statistics. Fields that do not apply to the kind are null.
 *
 * @example
 * r.perComponent.find((c) => c.id === 'db')?.database?.lostCommits;
 */
export interface DesignComponentStats {
  id: string;
  kind: ComponentKind;
  label: string;
  groups: DesignGroupStats[];
  /** Busiest group's day utilisation (0 for kinds without stations). */
  utilization: number;
  peakUtilization: number;
  visits: number;
  monthlyCost: number;
  cache: { lookups: number; hits: number; hitRate: number } | null;
  database: {
    reads: number;
    writes: number;
    replicaReads: number;
    staleReads: number;
    staleReadShare: number;
    meanLagMs: number;
    lostCommits: number;
    failovers: number;
    /** Queries per shard (a hot key makes a hot shard). */
    perShard: number[];
  } | null;
  queue: { meanWorkers: number; maxWorkers: number; deadLetters: number; retries: number } | null;
  external: { calls: number; rateLimited: number; failures: number } | null;
}

/**
 * The component that limits the design, and why: its busiest group's utilisation in the peak
 * window, the load offered there against what it can serve.
 *
 * @example
 * r.bottleneck?.why; // "App servers: 94 % busy at the peak (1,880 req/s offered, 2,000 req/s capacity)"
 */
export interface DesignBottleneck {
  id: string;
  label: string;
  role: DesignGroupStats['role'];
  utilization: number;
  offeredPerSec: number;
  capacityPerSec: number;
  why: string;
}

/**
 * Result of a design run. The latency fields cover the callers of every class; queued jobs are in
 * `perClass[i].jobs`. `errors` = callers answered with an error or refused, for any cause.
 *
 * @example
 * const r: DesignResult = runDesign(design);
 */
export interface DesignResult extends Percentiles {
  name: string;
  requests: number;
  completed: number;
  errors: number;
  inSystem: number;
  errorRate: number;
  errorsByCause: Record<DesignErrorCause, number>;
  throughputPerSec: number;
  meanInSystem: number;
  peakWindow: PeakWindow;
  /** Percentiles of the requests that arrived in the peak window ("p99 at peak"). */
  peak: Percentiles & { requests: number; errors: number; errorRate: number };
  perClass: DesignClassStats[];
  perComponent: DesignComponentStats[];
  bottleneck: DesignBottleneck | null;
  nextBottleneck: DesignBottleneck | null;
  bill: DesignBill;
  monthlyCost: number;
  simTimeMs: number;
  events: number;
  series: Record<string, number[]>;
}

/** One machine as drawn. */
export interface DesignMachineView {
  role: DesignGroupStats['role'];
  queue: number;
  busy: number;
  workers: number;
  alive: boolean;
}

/**
 * What a view draws: each component with its machines and its utilisation over the last sample
 * interval (the day's once done), the hour, the arrival rate now, the latest series row and the
 * metrics so far.
 *
 * @example
 * const s: DesignSnapshot = createDesignSim(design).snapshot();
 */
export interface DesignSnapshot {
  now: number;
  done: boolean;
  hour: number;
  ratePerSec: number;
  components: { id: string; kind: ComponentKind; label: string; utilization: number; partitioned: boolean; machines: DesignMachineView[] }[];
  recent: Record<string, number>;
  metrics: Omit<DesignResult, 'series'>;
}

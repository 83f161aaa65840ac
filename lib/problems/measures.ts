import type { Design } from '../sim/design/schema';

/**
 * What grading reads from one run of a design: the engine's result reduced to the numbers goals
 * and evidence need (lib/problems/engine.ts builds it from the engine's DesignResult). Keeping the
 * grader on this small shape keeps it testable without running anything.
 */

/** One request class over the graded window (the peak of the scaled day). */
export interface ClassMeasure {
  id: string;
  label: string;
  requests: number;
  errors: number;
  /** Failed requests by cause ("queue full", "database down", …). */
  errorsByCause: Record<string, number>;
  /** 99th-percentile response time of the requests that succeeded; null when none did. */
  p99Ms: number | null;
  /** 99th-percentile time from enqueue to the end of the path of its queued jobs; null when it queues nothing. */
  jobP99Ms: number | null;
  /** The whole day: requests, failed ones, and queued jobs that went to the dead-letter queue. */
  day: { requests: number; errors: number; deadLettered: number };
  /** Requests that ended (served or failed) in the fault window, how many failed, and the window's length (ms; shorter if the day ends first); null without a fault. */
  faultWindow: { requests: number; errors: number; ms: number } | null;
}

/** One component: how busy it was at the peak, and what it costs. */
export interface ComponentMeasure {
  id: string;
  label: string;
  kind: string;
  /** Busy share of its capacity at the peak (0–1; above 1 only when it could not keep up). */
  utilisation: number;
  /** Mean time a visit spends here, waiting included (ms); null for kinds without stations. */
  meanVisitMs: number | null;
  monthlyCost: number;
}

/**
 * How long after a scenario's first fault availability is measured (simulated ms, real time: the
 * day is scaled but failovers and health checks are not, so a window of fixed length keeps the
 * share meaningful whatever the day's length).
 */
export const FAULT_WINDOW_MS = 15_000;

export interface RunMeasures {
  classes: ClassMeasure[];
  components: ComponentMeasure[];
  /** The engine's bottleneck with its reason ("93 % busy: 1,120 req/s offered, 1,200 req/s capacity"). */
  bottleneck: { id: string; label: string; why: string } | null;
  monthlyCost: number;
  /** Confirmed writes lost when a primary failed, over all databases. */
  lostCommits: number;
}

/** A run's outcome: its measures, or why it did not run (over the work budget, a design the engine refused). */
export type RunOutcome = { ok: true; measures: RunMeasures } | { ok: false; error: string };

/**
 * Runs one prepared design in steps: yields the fraction of this run done (0–1), returns the
 * outcome. The page's worker, the CLI and the content check pass the engine's; tests pass fakes.
 */
export type DesignRunner = (design: Design) => Generator<number, RunOutcome, void>;

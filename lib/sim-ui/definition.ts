import '@/lib/zod-csp';
import type { z } from 'zod';
import type { SimAction, Simulation } from '@/lib/sim/core/engine';
import type { BudgetProblem, WorkBudget, WorkEstimate } from '@/lib/sim/work';

/** Parameters of a model, as parsed by its schema. */
export type Params = Record<string, unknown>;

/** A number shown in the metrics list (and compared across A/B lanes). */
export interface MetricDef<S> {
  key: string;
  label: string;
  /** Display unit: `ms`, `req/s`, `%` (value is a fraction 0–1), `jobs`, … */
  unit: string;
  get: (snapshot: S) => number;
  /** Which direction is an improvement (colours and words in the A/B difference). */
  better?: 'lower' | 'higher';
  /** Included in the screen-reader summary. */
  summary?: boolean;
  /** True when the number means nothing for this run (the card is left out), e.g. a theory that does not apply. */
  hidden?: (snapshot: S) => boolean;
  /** One sentence under the number: what it assumes or leaves out. */
  note?: (snapshot: S) => string;
  /** A theory's number: the answer a lesson's prediction asks for, so a gated figure withholds it until the learner predicts or skips. */
  theory?: boolean;
  /**
   * A state of the system (queue now, shards, the bill), not a statistic of the requests measured
   * after the warm-up: shown during the warm-up too. Other numbers read "—" until something is counted.
   */
  duringWarmup?: boolean;
}

/** One column of the live time series, sampled from a snapshot on a fixed sim-time grid. */
export interface SeriesDef<S> {
  key: string;
  label: string;
  unit: string;
  get: (snapshot: S) => number;
  /** A statistic of the measured requests (p99, hit rate): no point during the warm-up, so the chart leaves a gap, never a line at 0. */
  measured?: boolean;
}

/** A horizontal theory line (or nothing, when no closed form applies to these params). */
export interface TheoryLine {
  /** Legend label, e.g. `theory (M/M/c)`. */
  label: string;
  value: number;
}

/** A live chart: some series over sim time, optionally with a theory line. */
export interface ChartDef<P> {
  id: string;
  title: string;
  /** Axis unit: `ms`, `%`, `jobs`… (`%` series are fractions and shown ×100). */
  unit: string;
  /** Keys of {@link SeriesDef}s drawn in this chart. */
  series: string[];
  theory?: (params: P) => TheoryLine | null;
}

/** A named starting point ("one slow server", "flash sale"). */
export interface Preset<P> {
  label: string;
  description: string;
  params: Partial<P>;
}

/** Practical slider range for a parameter (the schema's range is often far wider). */
export interface UiRange {
  min?: number;
  max?: number;
  step?: number;
  /**
   * The parameter is a 0-based engine index into a list whose length is this other parameter
   * (e.g. `servers`): the control counts from 1 and stops at that length (see numbering.ts).
   */
  indexInto?: string;
}

/** A parameter sweep: one run to the end per point, e.g. latency vs load. */
export interface SweepDef<P, S> {
  title: string;
  xLabel: string;
  xUnit: string;
  /** Points to run: x value and the full parameters of that run. */
  points: (params: P) => { x: number; params: P }[];
  /** Metrics read from each run's final snapshot. */
  metrics: { key: string; label: string; unit: string; get: (s: S) => number }[];
  /** Closed-form curve over the same x values, if one applies (label says which model). */
  theory?: (params: P, x: number[]) => { label: string; values: number[] } | null;
  /** Current x of the live setup, marked on the chart. */
  currentX?: (params: P) => number;
}

/**
 * Everything the framework needs to put one engine model on the page. Contains no React, so the
 * content check (MDX props), the Web Worker and the perf scripts can import it.
 * See components/sims/README.md.
 */
export interface SimDefinition<P extends Params = Params, S = unknown> {
  /** Short id: URL namespace, worker key, playground slug lookup (e.g. `queue`). */
  id: string;
  /** Component name used in MDX (e.g. `QueueSim`). */
  mdxName: string;
  title: string;
  /** The engine model's zod schema (single source of ranges, defaults, labels, units). */
  schema: z.ZodObject;
  /** Creates the engine simulation for parsed params. */
  create: (params: P) => Simulation<unknown, S>;
  /** UI starting values that differ from the model defaults (e.g. a longer run). */
  defaults?: Partial<P>;
  /** Controls shown when a lesson does not choose (`controls` prop). */
  controls: (keyof P & string)[];
  /** Controls of the full playground page (default: every schema key). */
  playgroundControls?: (keyof P & string)[];
  ui?: Partial<Record<keyof P & string, UiRange>>;
  presets: Record<string, Preset<P>>;
  metrics: MetricDef<S>[];
  series: SeriesDef<S>[];
  charts: ChartDef<P>[];
  sweep?: SweepDef<P, S>;
  /** Sim-time spacing of chart points (ms). */
  sampleEveryMs: (params: P) => number;
  /** Sim ms advanced by the Step button. */
  stepMs: (params: P) => number;
  /** Starting speed (sim ms per wall ms). */
  defaultSpeed: number;
  /** Sim time as the learner reads it (default `12.5 s`), e.g. `month 12` for the scaling plan. */
  formatTime?: (simMs: number) => string;
  /** Chart x-axis tick text for sim seconds (default `12s`); params for a scale like the system's compressed day. */
  formatAxisTime?: (simSeconds: number, params: P) => string;
  /** The x-axis title and its words in the chart's accessible name, e.g. `hour of the day` (default: none shown, `simulated time`). */
  axisTimeLabel?: (params: P) => string;
  /** True while the run is in its warm-up (nothing counted yet); the header says so. */
  warmingUp?: (snapshot: S) => boolean;
  /** Allowed x-axis tick spacings in sim seconds (e.g. whole months), default uPlot's. */
  axisTimeSteps?: number[] | ((params: P) => number[]);
  /** Parameters a learner may vary in the B lane (default: the visible controls). */
  compareKeys?: (keyof P & string)[];
  /** What the model assumes, one sentence each (the expandable note). */
  assumptions: string[];
  /**
   * The cost of one run, for a model that is not one of `lib/sim/models` by id (the design model):
   * the page budget, the per-frame cap of live play and run-to-end progress read it.
   */
  estimate?: (params: P) => WorkEstimate;
  /** The budget's refusal in the model's own words (default: the estimate against the budget, levers named by the schema's labels). */
  budgetProblem?: (params: P, budget: WorkBudget) => BudgetProblem | null;
}

/** A UI action stamped with the sim time it happened at, so a run can be replayed exactly. */
export interface ActionAt {
  atMs: number;
  action: SimAction;
}

/**
 * Identity helper that keeps `P`/`S` inferred for a definition literal.
 *
 * @example
 * export const queueSim = defineSim<QueueParams, QueueSnapshot>({ id: 'queue', … });
 */
export function defineSim<P extends Params, S>(def: SimDefinition<P, S>): SimDefinition<P, S> {
  return def;
}

/**
 * The number a metric shows for a snapshot: NaN ("—") while nothing is counted (the warm-up, or
 * t = 0), unless it is a state of the system or a theory's number, so no statistic reads 0 before
 * it is one.
 *
 * @example
 * shownValue(queueSim, p99Metric, snapshotAtZero); // NaN, shown as "—"
 */
export function shownValue<S>(def: Pick<SimDefinition<Params, S>, 'warmingUp'>, metric: MetricDef<S>, snapshot: S): number {
  return metric.duringWarmup || metric.theory || !def.warmingUp?.(snapshot) ? metric.get(snapshot) : NaN;
}

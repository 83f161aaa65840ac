import '../zod-csp';
import { z } from 'zod';
import { componentId } from '../sim/design/components';

/** A kebab-case id (problems, goals, scenarios, probes, rubric items). */
export const kebabId = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and dashes, starting with a letter').max(48);

/**
 * What a goal measures. Each is read from the engine's run of the candidate's design:
 * p99Ms: the class's 99th-percentile response time in the graded window ·
 * jobP99Ms: the 99th-percentile time until the class's work is complete: its queued part's end (from
 * enqueue) if it queues any, else its response ·
 * errorRate: the class's failed share of requests (any cause) ·
 * availability: the class's succeeded share of requests (a minimum) ·
 * lossRate: the class's share of requests whose work never completed over the day: failed calls
 * plus queued jobs sent to the dead-letter queue (what at-least-once delivery must keep near 0) ·
 * lostCommits: confirmed writes lost when a primary failed (all databases) ·
 * monthlyCost: the design's monthly bill in dollars.
 */
export const GOAL_METRICS = ['p99Ms', 'jobP99Ms', 'errorRate', 'availability', 'lossRate', 'lostCommits', 'monthlyCost'] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

/** Metrics that are about one request class (the others are about the whole design). */
export const CLASS_METRICS: ReadonlySet<GoalMetric> = new Set(['p99Ms', 'jobP99Ms', 'errorRate', 'availability', 'lossRate']);
/** Metrics whose goal is a floor (at least); the others are ceilings (at most). */
export const FLOOR_METRICS: ReadonlySet<GoalMetric> = new Set(['availability']);

/** A service-level goal: one number the design must meet in the scenarios it names. */
export const goalSchema = z.strictObject({
  id: kebabId,
  /** What the report calls it ("open a link p99 at peak"). */
  label: z.string().trim().min(3).max(80),
  metric: z.enum(GOAL_METRICS),
  /** The request class it is about (p99Ms, errorRate, availability). */
  class: componentId.optional(),
  /** The bound: at most this (ms, fraction, commits, $/month), or for availability at least this fraction. */
  target: z.number().min(0).max(10_000_000),
  /** Scenarios (ids) where it must hold, on every seed. */
  scenarios: z.array(kebabId).min(1).max(8),
});
export type Goal = z.infer<typeof goalSchema>;

/**
 * Which component of the candidate's design a scenario's fault hits. A problem cannot know the
 * candidate's ids, so it names a role: the first component of `kind` on `class`'s path (the
 * database 'create a link' writes to), or a component the problem gives by `id`.
 */
export const targetSchema = z.union([
  z.strictObject({ class: componentId, kind: z.enum(['cache', 'cdn', 'service', 'database', 'queue', 'object-store', 'external']) }),
  z.strictObject({ id: componentId }),
]);
export type FaultTarget = z.infer<typeof targetSchema>;

const atHour = z.number().min(0).max(24);
const hours = z.number().min(0).max(24);
/** A fault in a scenario or a probe, aimed at a role rather than an id. */
export const problemFaultSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('kill-machine'), atHour, target: targetSchema, machine: z.number().int().min(0).max(1023).default(0) }),
  z.strictObject({ type: z.literal('restart-cache'), atHour, target: targetSchema }),
  z.strictObject({ type: z.literal('fail-primary'), atHour, target: targetSchema, shard: z.number().int().min(0).max(63).default(0) }),
  z.strictObject({ type: z.literal('slow'), atHour, target: targetSchema, factor: z.number().min(1).max(100), hours }),
  z.strictObject({ type: z.literal('partition'), atHour, target: targetSchema, hours }),
  z.strictObject({ type: z.literal('surge'), atHour, multiplier: z.number().min(1).max(100), hours }),
]);
export type ProblemFault = z.infer<typeof problemFaultSchema>;

/**
 * A condition the design is graded under: the traffic (today's peak × growth), the faults, and
 * the seeds. Every goal naming it must hold on every seed.
 */
export const scenarioSchema = z.strictObject({
  id: kebabId,
  /** What the report calls it ("today's peak", "3× growth", "the primary dies"). */
  label: z.string().trim().min(3).max(60),
  /** Multiplies today's traffic (3 = three times today's peak). */
  growth: z.number().min(1).max(100).default(1),
  faults: z.array(problemFaultSchema).max(4).default([]),
  /** At least three, so one lucky run cannot pass a design. */
  seeds: z.array(z.number().int().min(0).max(2 ** 31 - 1)).min(3, 'seeds: a scenario runs on at least 3 seeds').max(8),
});
export type GradingScenario = z.infer<typeof scenarioSchema>;

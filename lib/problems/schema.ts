import '../zod-csp';
import { z } from 'zod';
import { componentId, externalSchema, objectStoreSchema } from '../sim/design/components';
import { checkProblem } from './checks';
import { GOAL_METRICS, goalSchema, kebabId, problemFaultSchema, scenarioSchema } from './goals';

export * from './goals';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const ms = z.number().min(0).max(600_000);
/**
 * The time one kind of visit costs at size S: a number the grader imposes on every such step, or
 * a menu of operations when the design decides which one a step is (a feed read may look up a
 * precomputed timeline, 2 ms, or merge the followees' posts, 40 ms): each step must then take one
 * of the listed times.
 */
const work = z.union([ms, z.array(z.strictObject({ ms, what: text(3, 80) })).min(2).max(4)]);
export type WorkTime = z.infer<typeof work>;

/** A number the interviewer gives (users, data sizes, retention): shown in the requirements table. */
export const factSchema = z.strictObject({ label: text(3, 80), value: z.number(), unit: text(0, 30) });

/**
 * A request class as the problem defines it. The grader imposes all of it on the candidate's
 * design (its share, keys, payload, and the work each visit costs at machine size S), so a design
 * is graded on the problem's traffic, never on numbers it chose for itself.
 */
export const problemClassSchema = z.strictObject({
  id: componentId,
  label: text(3, 40),
  share: z.number().min(0).max(1),
  keys: z.strictObject({ count: z.number().int().min(1).max(10_000_000), zipf: z.number().min(0).max(3) }),
  payloadBytes: z.number().int().min(0).max(100_000_000),
  /** Work per visit at size S (ms), by what the step does; a step of a kind listed here gets this time. */
  work: z
    .strictObject({ service: work.optional(), cache: work.optional(), dbRead: work.optional(), dbWrite: work.optional(), queue: work.optional() })
    .default({}),
});
export type ProblemClass = z.infer<typeof problemClassSchema>;

/** The requirements as numbers: facts for the table, today's peak traffic and its request classes. */
export const requirementsSchema = z.strictObject({
  facts: z.array(factSchema).min(2).max(16),
  traffic: z.strictObject({
    peakRps: z.number().min(1).max(100_000),
    nightShare: z.number().min(0).max(1).default(0.2),
    peakHour: z.number().min(0).max(24).default(20),
    /** Simulated length of one graded day (ms): a scaled day keeps grading fast. */
    dayMs: z.number().min(5_000).max(3_600_000).default(60_000),
  }),
  classes: z.array(problemClassSchema).min(1).max(8),
});

/** How close an estimate must be (as in the estimation drills). */
export const toleranceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('relative'), pct: z.number().min(1).max(100) }),
  z.strictObject({ kind: z.literal('factor'), factor: z.number().min(1.1).max(10) }),
  z.strictObject({ kind: z.literal('plusMinus'), within: z.number().min(0) }),
]);

/** One number the candidate must compute, checked within its tolerance, with the worked steps shown after. */
export const estimateSchema = z.strictObject({
  id: kebabId,
  ask: text(10, 300),
  unit: text(1, 20),
  answer: z.number(),
  tolerance: toleranceSchema,
  steps: z.array(z.strictObject({ text: text(3, 200), value: z.number(), unit: text(0, 20) })).min(1).max(8),
});
export type ProblemEstimate = z.infer<typeof estimateSchema>;

/** A design file in the problem's folder (`content/problems/<id>/<file>.json`). */
const designFile = z.string().regex(/^[a-z0-9][a-z0-9-]*\.json$/, 'must be a .json file name in the problem folder, e.g. reference.json');

export const referenceSchema = z.strictObject({ design: designFile, label: text(3, 60), note: text(10, 400) });

/** A design a candidate is tempted to draw, and the goal it fails (the content check runs it to prove so). */
export const wrongDesignSchema = z.strictObject({
  design: designFile,
  label: text(3, 60),
  /** The goal (id) it fails. */
  fails: kebabId,
  /** The component (id in that design) the engine must name as the bottleneck where it fails, when the reason is a bottleneck. */
  bottleneck: componentId.optional(),
  /** Why, in the words the write-up uses. */
  reason: text(20, 400),
});

/** What a probe's re-run reports, e.g. lost commits, or one class's p99 and errors. */
export const evidenceSchema = z.strictObject({ metric: z.enum(GOAL_METRICS), class: componentId.optional() });

/**
 * One interviewer follow-up. The chain goes numbers first, then a fault applied to the candidate's
 * own design and re-run (`run`), then a change of requirements.
 */
export const probeSchema = z.strictObject({
  id: kebabId,
  kind: z.enum(['numbers', 'fault', 'change']),
  ask: text(10, 300),
  modelAnswer: text(40, 1_200),
  /** Re-run the candidate's design like this and show `evidence` (a fault probe must). */
  run: z
    .strictObject({ label: text(3, 60), growth: z.number().min(1).max(100).default(1), faults: z.array(problemFaultSchema).max(4).default([]), seed: z.number().int().min(0).default(1) })
    .optional(),
  evidence: z.array(evidenceSchema).max(4).default([]),
});
export type Probe = z.infer<typeof probeSchema>;

/** What an interviewer listens for; `evidence` (a goal or probe id) fills in the engine's number where it measures it. */
export const rubricItemSchema = z.strictObject({ id: kebabId, point: text(5, 160), evidence: kebabId.optional() });

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

/** A design problem's frontmatter fields (the cross-reference checks are added below). */
export const problemFields = z.strictObject({
  title: text(5, 100),
  summary: text(10, 240),
  order: z.number().int().min(0).max(999),
  difficulty: z.enum(DIFFICULTIES),
  /** Topics it teaches, kebab-case; the first is the one the practice page groups it under. */
  topics: z.array(kebabId).min(1).max(8),
  draft: z.boolean().default(false),
  prompt: text(20, 600),
  clarify: z.array(z.strictObject({ ask: text(5, 200), answer: text(5, 600) })).min(3).max(10),
  requirements: requirementsSchema,
  /**
   * Facts of the environment the grader imposes on every design, whatever it says: how far behind a
   * replica runs (and so how long a synchronous write waits), how long a failover takes, how fast a
   * balancer notices a dead machine. Omitted = the design's own values.
   */
  environment: z
    .strictObject({ replicationLagMs: z.number().min(0).max(60_000).optional(), promotionDelayMs: z.number().min(0).max(600_000).optional(), healthCheckMs: z.number().min(0).max(600_000).optional() })
    .default({}),
  /** Components the world gives (a payment provider, an email API): graded as written here, whatever the design says. */
  given: z.array(z.discriminatedUnion('kind', [externalSchema, objectStoreSchema])).max(4).default([]),
  /** The service-level goals; the one on monthlyCost is the budget. */
  goals: z.array(goalSchema).min(3).max(12),
  scenarios: z.array(scenarioSchema).min(2).max(6),
  estimates: z.array(estimateSchema).min(2).max(8),
  start: designFile,
  references: z.array(referenceSchema).min(1).max(3),
  wrong: z.array(wrongDesignSchema).min(1).max(4),
  probes: z.array(probeSchema).min(3).max(5),
  rubric: z.array(rubricItemSchema).min(4).max(10),
  /** Mock-interview minute at which the follow-ups start if the design phase has not ended (default 25). */
  followUpAtMin: z.number().min(5).max(45).default(25),
  /** Ids of the older text scenarios this problem takes over in the mock interview. */
  replaces: z.array(kebabId).max(4).default([]),
});
export type ProblemFrontmatter = z.infer<typeof problemFields>;

/** A design problem's frontmatter: the one schema behind the loader, the content check, the page and the grader. */
export const problemFrontmatterSchema = problemFields.superRefine((p, ctx) => checkProblem(p, ctx));
export type ProblemFrontmatterInput = z.input<typeof problemFrontmatterSchema>;

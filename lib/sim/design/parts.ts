import '../../zod-csp';
import { z } from 'zod';
import { int, num } from '../models/common';
import { componentId, componentSchema } from './components';

/** The design format's version; a file with another version is refused with a clear message. */
export const DESIGN_VERSION = 1;

/** What a step does at its component: read or write keyed data, or call a service. */
export const STEP_OPS = ['read', 'write', 'call'] as const;
export type StepOp = (typeof STEP_OPS)[number];

/**
 * One visit of a request class to a component, in path order. What `op` may be, and which of the
 * other fields apply, depends on the component's kind (checked in checks.ts):
 * cdn / cache: `read` (a hit ends the request there; a miss goes on and the response fills the
 * cache) or `write` (invalidates or updates the key: `onWrite`, then goes on) · lb: `call` (picks a
 * machine of the service pool in the next step) · service: `call` with `ms` · database: `read`
 * (from the primary or a replica: `node`) or `write` (always the primary), with `ms` at size s ·
 * queue: `call` with `ms` = a worker's time per job; the caller is answered here and the remaining
 * steps run as the job · object-store: `read` or `write` · external: `call`.
 * A step with `ms: 0` does its effect (a lookup, an invalidation) without waiting at the component:
 * e.g. the database's own commit invalidating a cached key. A cache step marked `session` reads or
 * writes the user's session instead of keyed data (see the class's `session`).
 */
export const stepSchema = z.strictObject({
  to: componentId,
  op: z.enum(STEP_OPS).default('call'),
  ms: z.number().min(0).max(600_000).optional().meta({ label: 'Time here', unit: 'ms', description: 'Mean work this step needs at its component (at machine size S).', step: 0.5 }),
  node: z.enum(['primary', 'replica']).optional().meta({ label: 'Read from', unit: '', description: 'Database reads: the primary (fresh) or a replica (may be stale). Writes always go to the primary.' }),
  onWrite: z.enum(['invalidate', 'update']).optional().meta({ label: 'On write', unit: '', description: 'Cache writes: drop the key (the next read misses) or store the new value.' }),
  session: z.boolean().optional().meta({ label: 'Session store', unit: '', description: 'At a cache: this step reads or writes the user’s session (shared sessions), not keyed data. The class must say what it does with sessions (`session`).' }),
});
export type PathStep = z.infer<typeof stepSchema>;

/** A kind of request the clients send: its share of the traffic, the keys it touches and its path. */
export const classSchema = z.strictObject({
  id: componentId,
  label: z.string().trim().min(1).max(40),
  share: num(0, 1, 1, { label: 'Share of traffic', unit: 'fraction', description: 'Part of all requests that are of this class (the shares add up to 1).', step: 0.01 }),
  keys: z
    .strictObject({
      count: int(1, 10_000_000, 10_000, { label: 'Keys', unit: 'keys', description: 'Distinct keys (links, users, products) the class reads or writes.' }),
      zipf: num(0, 3, 0.9, { label: 'Popularity skew', unit: 'Zipf s', description: 'How concentrated the requests are on the most popular keys (0 = uniform).', step: 0.05 }),
    })
    .default({ count: 10_000, zipf: 0.9 }),
  payloadBytes: int(0, 100_000_000, 1_000, { label: 'Payload', unit: 'bytes', description: 'Size of the response (or of the upload, for writes).' }),
  session: z.enum(['create', 'require']).optional().meta({
    label: 'Session',
    unit: '',
    description:
      'create: the request logs the user in (stores their session); require: it needs one, or fails with no-session. Sessions live in the step marked `session` (a shared store), else in the memory of the machine of the first service step (local). Every user starts the day logged in.',
  }),
  timeoutMs: z.number().min(1).max(3_600_000).optional().meta({ label: 'Client timeout', unit: 'ms', description: 'The client gives up after this long (counted as a timeout; the work already started still runs). Omitted = never.' }),
  path: z.array(stepSchema).min(1).max(16),
});
export type RequestClass = z.infer<typeof classSchema>;

/** An arrow on the canvas: `from` may send requests to `to`. Paths may only follow arrows. */
export const connectionSchema = z.strictObject({ from: componentId, to: componentId });
export type Connection = z.infer<typeof connectionSchema>;

const at = num(0, 24, 12, { label: 'At', unit: 'hour of day', description: 'When the fault happens.', step: 0.25 });
const forHours = num(0, 24, 1, { label: 'For', unit: 'hours', description: 'How long it lasts.', step: 0.25 });

/**
 * Faults: scheduled in a design or a problem's scenario (`atHour`), or applied live by the studio
 * (the same shapes without `atHour`, see `designActionSchema`).
 */
export const FAULT_TYPES = ['kill-machine', 'revive-machine', 'restart-cache', 'fail-primary', 'slow', 'partition', 'surge'] as const;
export type FaultType = (typeof FAULT_TYPES)[number];
const faultShapes = {
  'kill-machine': { target: componentId, machine: z.number().int().min(0).max(1023).default(0) },
  'revive-machine': { target: componentId, machine: z.number().int().min(0).max(1023).default(0) },
  'restart-cache': { target: componentId },
  'fail-primary': { target: componentId, shard: z.number().int().min(0).max(63).default(0) },
  slow: { target: componentId, factor: num(1, 100, 3, { label: 'Slower by', unit: '×', description: 'Times are this many times longer.', step: 0.5 }), hours: forHours },
  partition: { target: componentId, hours: forHours },
  surge: { multiplier: num(1, 100, 3, { label: 'Surge', unit: '×', description: 'Traffic multiplier.', step: 0.5 }), hours: forHours },
} as const;
export const faultSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('kill-machine'), atHour: at, ...faultShapes['kill-machine'] }),
  z.strictObject({ type: z.literal('revive-machine'), atHour: at, ...faultShapes['revive-machine'] }),
  z.strictObject({ type: z.literal('restart-cache'), atHour: at, ...faultShapes['restart-cache'] }),
  z.strictObject({ type: z.literal('fail-primary'), atHour: at, ...faultShapes['fail-primary'] }),
  z.strictObject({ type: z.literal('slow'), atHour: at, ...faultShapes.slow }),
  z.strictObject({ type: z.literal('partition'), atHour: at, ...faultShapes.partition }),
  z.strictObject({ type: z.literal('surge'), atHour: at, ...faultShapes.surge }),
]);
export type DesignFault = z.infer<typeof faultSchema>;
/** A fault applied now (the studio's "Break it" buttons, recorded in share links with their time). */
export const designActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('kill-machine'), ...faultShapes['kill-machine'] }),
  z.strictObject({ type: z.literal('revive-machine'), ...faultShapes['revive-machine'] }),
  z.strictObject({ type: z.literal('restart-cache'), ...faultShapes['restart-cache'] }),
  z.strictObject({ type: z.literal('fail-primary'), ...faultShapes['fail-primary'] }),
  z.strictObject({ type: z.literal('slow'), ...faultShapes.slow }),
  z.strictObject({ type: z.literal('partition'), ...faultShapes.partition }),
  z.strictObject({ type: z.literal('surge'), ...faultShapes.surge }),
]);
export type DesignAction = z.infer<typeof designActionSchema>;

/** How the day is run: the seed and how much simulated time one day is compressed into. */
export const runSchema = z.strictObject({
  seed: int(0, 2 ** 31 - 1, 1, { label: 'Seed', unit: '', description: 'Random seed; the same seed and design give the same run.' }),
  dayMs: num(1_000, 86_400_000, 600_000, { label: 'Length of the day', unit: 'ms', description: 'Simulated time one day of traffic is compressed into (rates are not compressed).', step: 1000 }),
  sampleIntervalMs: num(10, 3_600_000, 5_000, { label: 'Sample interval', unit: 'ms', description: 'Simulated time between time-series points for charts.' }),
});

/** The design's fields, before the cross-reference checks (schema.ts adds them). */
export const designObject = z.strictObject({
  version: z.literal(DESIGN_VERSION, { error: `must be ${DESIGN_VERSION} (the only design format version)` }),
  name: z.string().trim().min(1).max(80),
  description: z.string().max(2_000).optional(),
  components: z.array(componentSchema).min(2).max(24),
  connections: z.array(connectionSchema).max(96),
  classes: z.array(classSchema).min(1).max(8),
  faults: z.array(faultSchema).max(16).default([]),
  run: runSchema.default({ seed: 1, dayMs: 600_000, sampleIntervalMs: 5_000 }),
  /** Hand-moved canvas positions (the studio's override of the automatic layout); the engine ignores them. */
  layout: z.record(componentId, z.strictObject({ x: z.number().finite(), y: z.number().finite() })).optional(),
});
/** A parsed design (defaults filled in). */
export type Design = z.infer<typeof designObject>;

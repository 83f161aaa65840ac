import '@/lib/zod-csp';
import type { z } from 'zod';
import { COMPONENT_SCHEMAS, type ComponentKind } from '@/lib/sim/design/schema';
import { describeParams, type ParamInfo } from '@/lib/sim/describe';
import type { UiRange } from '@/lib/sim-ui/definition';

/** An optional group of settings (a spike, autoscaling): on or off, with its own fields. */
export interface FieldGroup {
  key: string;
  label: string;
  description: string;
  fields: ParamInfo[];
  /** The group's values when the learner switches it on (its schema's defaults). */
  defaults: Record<string, unknown>;
}

/** A component kind's settings for the side sheet: the ones most designs change, then the rest. */
export interface KindFields {
  main: (ParamInfo | FieldGroup)[];
  more: (ParamInfo | FieldGroup)[];
}

/** Settings shown first per kind (the rest go under "More settings"). */
const MAIN: Record<ComponentKind, string[]> = {
  client: ['peakRps', 'growth', 'nightShare', 'peakHour'],
  cdn: ['capacity', 'ttlMs'],
  cache: ['nodes', 'capacityPerNode', 'size'],
  lb: ['algorithm'],
  service: ['machines', 'size', 'workersPerMachine'],
  database: ['size', 'replicas', 'shards'],
  queue: ['workers', 'autoscale'],
  'object-store': ['latencyMs', 'concurrency'],
  external: ['latencyMs', 'concurrency', 'rateLimitPerSec', 'failureRate'],
};

/** Slider ends a learner can use (the schema allows far more; the number box takes any allowed value). */
export const STUDIO_RANGES: Record<string, UiRange> = {
  peakRps: { min: 10, max: 5_000, step: 10 },
  growth: { min: 1, max: 20, step: 0.5 },
  capacity: { min: 100, max: 1_000_000, step: 100 },
  capacityPerNode: { min: 100, max: 1_000_000, step: 100 },
  ttlMs: { min: 0, max: 3_600_000, step: 1_000 },
  hitMs: { min: 1, max: 200, step: 1 },
  nodes: { min: 1, max: 16 },
  workers: { min: 1, max: 64 },
  machines: { min: 1, max: 32 },
  workersPerMachine: { min: 1, max: 128 },
  queueLimit: { min: 0, max: 2_000, step: 10 },
  connections: { min: 1, max: 256 },
  replicas: { min: 0, max: 8 },
  shards: { min: 1, max: 16 },
  replicationLagMs: { min: 0, max: 10_000, step: 50 },
  promotionDelayMs: { min: 0, max: 120_000, step: 1_000 },
  healthCheckMs: { min: 0, max: 30_000, step: 500 },
  maxWorkers: { min: 1, max: 256 },
  queuePerWorker: { min: 0.5, max: 100, step: 0.5 },
  bootMs: { min: 0, max: 300_000, step: 1_000 },
  retryBackoffMs: { min: 0, max: 60_000, step: 100 },
  latencyMs: { min: 1, max: 2_000, step: 1 },
  concurrency: { min: 1, max: 10_000 },
  rateLimitPerSec: { min: 0, max: 10_000, step: 10 },
  pricePerMillion: { min: 0, max: 5_000, step: 10 },
  serviceCv: { min: 0, max: 4, step: 0.1 },
};

interface Def {
  type: string;
  innerType?: z.ZodType;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema inside an optional (and maybe defaulted) field, or null when it is not an object. */
function objectInside(field: z.ZodType): z.ZodObject | null {
  let inner = field;
  for (let d = defOf(inner); (d.type === 'optional' || d.type === 'default') && d.innerType; d = defOf(inner)) inner = d.innerType;
  return defOf(inner).type === 'object' ? (inner as z.ZodObject) : null;
}

/**
 * A kind's settings from its schema (labels, units, ranges, choices), without the id, kind and name.
 *
 * @example
 * kindFields('service').main.map((f) => f.key); // ['machines', 'size', 'workersPerMachine']
 */
export function kindFields(kind: ComponentKind): KindFields {
  const schema = COMPONENT_SCHEMAS[kind] as z.ZodObject;
  const all = describeParams(schema)
    .filter((f) => !['id', 'kind', 'label'].includes(f.key))
    .map((f): ParamInfo | FieldGroup => {
      const obj = objectInside(schema.shape[f.key] as z.ZodType);
      if (!obj) return f;
      return { key: f.key, label: f.label, description: f.description, fields: describeParams(obj), defaults: obj.parse({}) as Record<string, unknown> };
    });
  const main = MAIN[kind];
  return { main: main.map((k) => all.find((f) => f.key === k)).filter((f) => f !== undefined), more: all.filter((f) => !main.includes(f.key)) };
}

/** True for a group of settings rather than one. */
export function isGroup(f: ParamInfo | FieldGroup): f is FieldGroup {
  return 'fields' in f;
}

import type { z } from 'zod';
import { isModelName, models, type ModelName, type ParamsOf, type ResultOf } from './models';

/** UI/CLI description of one parameter, generated from its zod schema. */
export interface ParamInfo {
  key: string;
  label: string;
  unit: string;
  description: string;
  kind: 'number' | 'integer' | 'enum' | 'boolean' | 'number-list';
  min?: number;
  max?: number;
  step?: number;
  /** Default value (undefined for optional parameters that are off by default). */
  default: unknown;
  options?: string[];
  /** What the UI shows for each option (defaults to the option itself). */
  optionLabels?: Record<string, string>;
  optional: boolean;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  element?: z.ZodType;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
interface Bounds {
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  options?: readonly string[];
}
const boundsOf = (s: z.ZodType): Bounds => s as unknown as Bounds;

function finite(x: number | null | undefined): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/**
 * Lists a model schema's parameters with label, unit, range, default and options.
 *
 * @example
 * describeParams(models.cache.schema).find((p) => p.key === 'capacity');
 * // { key: 'capacity', kind: 'integer', min: 0, max: 1000000, default: 1000, unit: 'entries', … }
 */
export function describeParams(schema: z.ZodObject): ParamInfo[] {
  return Object.entries(schema.shape).map(([key, outer]) => {
    const field = outer as z.ZodType;
    const meta = (field.meta() ?? {}) as { label?: string; unit?: string; description?: string; step?: number; optionLabels?: Record<string, string> };
    let inner = field;
    let def: unknown = undefined;
    let optional = false;
    for (;;) {
      const d = defOf(inner);
      if (d.type === 'default' && d.innerType) {
        def = d.defaultValue;
        inner = d.innerType;
      } else if (d.type === 'optional' && d.innerType) {
        optional = true;
        inner = d.innerType;
      } else break;
    }
    const d = defOf(inner);
    const info: ParamInfo = {
      key,
      label: meta.label ?? key,
      unit: meta.unit ?? '',
      description: meta.description ?? '',
      kind: 'number',
      default: def,
      optional,
    };
    if (meta.step !== undefined) info.step = meta.step;
    let numeric: z.ZodType | undefined = inner;
    if (d.type === 'enum') {
      info.kind = 'enum';
      info.options = [...(boundsOf(inner).options ?? [])];
      if (meta.optionLabels) info.optionLabels = meta.optionLabels;
      numeric = undefined;
    } else if (d.type === 'boolean') {
      info.kind = 'boolean';
      numeric = undefined;
    } else if (d.type === 'array') {
      info.kind = 'number-list';
      numeric = d.element;
    }
    if (numeric) {
      const b = boundsOf(numeric);
      const min = finite(b.minValue);
      const max = finite(b.maxValue);
      if (min !== undefined) info.min = min;
      if (max !== undefined) info.max = max;
      if (b.isInt && info.kind === 'number') {
        info.kind = 'integer';
        info.step ??= 1;
      }
    }
    return info;
  });
}

/** Either parsed parameters or readable error messages. */
export type ParseResult<M extends ModelName> = { ok: true; params: ParamsOf<M> } | { ok: false; errors: string[] };

function show(v: unknown): string {
  return Array.isArray(v) ? v.join(',') : typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * Validates raw input for a model. Errors read like `capacity must be between 0 and 1000000, got -1`.
 *
 * @example
 * parseParams('cache', { capacity: -1 }); // { ok: false, errors: ['capacity must be between 0 and 1000000, got -1'] }
 * parseParams('queue', { workers: 2 }); // { ok: true, params: { workers: 2, arrivalRate: 80, … } }
 */
export function parseParams<M extends ModelName>(model: M, input: Record<string, unknown>): ParseResult<M> {
  if (!isModelName(model)) return { ok: false, errors: [`unknown model ${String(model)}`] };
  const schema: z.ZodObject = models[model].schema;
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, params: r.data as ParamsOf<M> };
  const infos = new Map(describeParams(schema).map((i) => [i.key, i]));
  const errors = r.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown parameter ${issue.keys.join(', ')} (known: ${[...infos.keys()].join(', ')})`;
    const key = String(issue.path[0] ?? '');
    const info = infos.get(key);
    const where = issue.path.length > 1 ? `${key}[${String(issue.path[1])}]` : key;
    const got = show(issue.path.length > 1 ? (input[key] as unknown[] | undefined)?.[Number(issue.path[1])] : input[key]);
    if (issue.code === 'custom') return `${where} ${issue.message}`; // cross-field rules (models/common.ts) name the allowed range
    if (!info) return `${where}: ${issue.message}`;
    if (info.kind === 'enum') return `${key} must be one of ${(info.options ?? []).join(', ')}, got ${got}`;
    if (info.kind === 'boolean') return `${key} must be true or false, got ${got}`;
    if (issue.code === 'too_big' && info.kind === 'number-list' && issue.path.length === 1) return `${key} has too many entries (at most ${String(issue.maximum)})`;
    const range = `between ${info.min ?? '-∞'} and ${info.max ?? '∞'}`;
    if (issue.code === 'invalid_type' && input[key] !== undefined && typeof input[key] !== 'number' && info.kind !== 'number-list')
      return `${key} must be a number ${range}, got ${got}`;
    if (info.kind === 'integer' && issue.code !== 'too_small' && issue.code !== 'too_big') return `${key} must be a whole number ${range}, got ${got}`;
    return `${where} must be ${range}, got ${got}`;
  });
  return { ok: false, errors };
}

/**
 * Like {@link parseParams} but throws an Error listing the problems.
 *
 * @example
 * const p = parseParamsOrThrow('lb', { servers: 8 });
 */
export function parseParamsOrThrow<M extends ModelName>(model: M, input: Record<string, unknown>): ParamsOf<M> {
  const r = parseParams(model, input);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.params;
}

/**
 * Validates `input` and runs model `model` to the end (throws on invalid input). Handy for the
 * CLI, a Web Worker or a test that picks the model by name.
 *
 * @example
 * const r = runModel('cache', { capacity: 200 });
 * r.hitRate;
 */
export function runModel<M extends ModelName>(model: M, input: Record<string, unknown>): ResultOf<M> {
  const params = parseParamsOrThrow(model, input);
  // one model, chosen by name: TypeScript cannot correlate the union of entries with M
  const entry = models[model] as unknown as { run(p: ParamsOf<M>): ResultOf<M> };
  return entry.run(params);
}

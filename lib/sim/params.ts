import type { z } from 'zod';
import { describeParams } from './describe';
import { isModelName, models, type ModelName, type ParamsOf, type ResultOf } from './models';

export { describeParams, type ParamInfo } from './describe';

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

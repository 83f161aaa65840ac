import '@/lib/zod-csp';
import type { z } from 'zod';
import { formatZodIssue } from '@/lib/content/zod-format';
import { runBudgetProblem } from './budget';
import type { Params, SimDefinition } from './definition';

/** Props every simulation component accepts besides model parameters. */
export const UI_PROP_KEYS = ['controls', 'preset', 'title', 'children', 'id', 'caption', 'metrics', 'charts', 'gate'] as const;

/**
 * Applies `overrides` to `base` one field at a time through the model schema: valid values are
 * taken, invalid ones are skipped and reported. Never throws.
 *
 * @example
 * mergeParams(queueSchema, base, { workers: 0, arrivalRate: 50 });
 * // { params: { …base, arrivalRate: 50 }, problems: ['workers must be at least 1, got 0'] }
 */
export function mergeParams<P extends Params>(schema: z.ZodObject, base: P, overrides: Record<string, unknown>): { params: P; problems: string[] } {
  const next: Record<string, unknown> = { ...base };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const field = schema.shape[key] as z.ZodType | undefined;
    if (!field) {
      problems.push(`unknown setting ${JSON.stringify(key)}`);
      continue;
    }
    const r = field.safeParse(value);
    if (r.success) next[key] = r.data;
    else {
      const issue = r.error.issues[0] as z.core.$ZodIssue;
      problems.push(formatZodIssue({ ...issue, path: [key, ...issue.path] }, { [key]: value }, schema));
    }
  }
  const whole = schema.safeParse(next);
  if (!whole.success) return { params: base, problems: [...problems, ...whole.error.issues.map((i) => formatZodIssue(i, next))] };
  return { params: whole.data as P, problems };
}

/**
 * The parameters a simulation starts from: model defaults ← definition defaults ← preset ← props.
 * Props were validated by the content check; anything invalid that still arrives is skipped.
 *
 * @example
 * initialParams(queueSim, { workers: 2, preset: 'flash-sale' });
 */
export function initialParams<P extends Params, S>(def: SimDefinition<P, S>, props: Record<string, unknown>): { params: P; problems: string[] } {
  const modelDefaults = def.schema.parse({}) as P;
  const withDefs = mergeParams(def.schema, modelDefaults, { ...(def.defaults ?? {}) });
  const preset = typeof props.preset === 'string' ? def.presets[props.preset] : undefined;
  const withPreset = preset ? mergeParams(def.schema, withDefs.params, { ...preset.params }) : withDefs;
  const own = Object.fromEntries(Object.entries(props).filter(([k, v]) => !(UI_PROP_KEYS as readonly string[]).includes(k) && v !== undefined));
  const merged = mergeParams(def.schema, withPreset.params, own);
  const problems = [...withDefs.problems, ...withPreset.problems, ...merged.problems];
  // each prop may be valid alone and the combination still too big for the page: keep the preset's
  const over = runBudgetProblem(def, merged.params);
  if (over) return { params: withPreset.params, problems: [...problems, over] };
  return { params: merged.params, problems };
}

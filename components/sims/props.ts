import { z } from 'zod';
import { runBudget } from '@/lib/sim-ui/budget';
import type { AnySimDefinition } from '@/lib/sim-ui/compute';
import { UI_PROP_KEYS } from '@/lib/sim-ui/params';
import { IMPLEMENTED_SIMS } from '@/lib/content/sim-catalog';
import { simDefinitions } from './definitions';

/**
 * MDX props of a simulation, built from the engine's model schema: any subset of the model's
 * params (same ranges), plus what the lesson figure shows (`controls`, `metrics`, `charts`), `preset`,
 * `title`, `caption` and `id` (the name a `<Try figure="…">` uses). Strict: an
 * unknown prop or an out-of-range value fails the content check with the allowed range.
 *
 * @example
 * simPropsSchema(queueSim).safeParse({ workers: 0 }).success; // false: workers must be at least 1
 */
export function simPropsSchema(def: AnySimDefinition): z.ZodType {
  const keys = Object.keys(def.schema.shape) as [string, ...string[]];
  const presets = Object.keys(def.presets);
  const metricKeys = def.metrics.map((m) => m.key) as [string, ...string[]];
  const chartIds = def.charts.map((c) => c.id);
  // rebuilt from the shape: zod cannot make a schema with cross-field refinements partial
  return z.strictObject(def.schema.shape).partial().extend({
    controls: z.array(z.enum(keys)).optional().meta({ description: 'Controls the figure shows (default: the two or three that matter for this model)' }),
    metrics: z.array(z.enum(metricKeys)).optional().meta({ description: 'Metrics the figure shows (default: the two or three that matter)' }),
    charts: (chartIds.length ? z.array(z.enum(chartIds as [string, ...string[]])) : z.array(z.never())).optional().meta({ description: 'Charts the figure shows (default: often none; the picture is the figure)' }),
    preset: (presets.length ? z.enum(presets as [string, ...string[]]) : z.never()).optional().meta({ description: 'A named starting point (the playground lists them)' }),
    title: z.string().min(3).optional().meta({ description: 'Figure title (default: the simulation’s name)' }),
    caption: z.string().min(3).optional().meta({ description: 'One or two sentences under the figure: what the setup is' }),
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'id is a short kebab-case name, e.g. "ttl"')
      .optional()
      .meta({ description: 'Name a `<Try figure="…">` uses to drive this figure (unique in the chapter)' }),
  }).superRefine((props, ctx) => {
    // each prop is valid alone (checked above); the combination must pass the model's cross-field
    // rules and fit the page's work budget, as it will in the browser
    const own = Object.fromEntries(Object.entries(props).filter(([k, v]) => !(UI_PROP_KEYS as readonly string[]).includes(k) && v !== undefined));
    const preset = typeof props.preset === 'string' ? def.presets[props.preset] : undefined;
    const whole = def.schema.safeParse({ ...(def.defaults ?? {}), ...(preset?.params ?? {}), ...own });
    if (!whole.success) {
      // field-level issues are reported by the field schemas above; add only the cross-field ones
      for (const issue of whole.error.issues) if (issue.code === 'custom') ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return;
    }
    const over = runBudget(def, whole.data as Record<string, unknown>);
    if (over) ctx.addIssue({ code: 'custom', path: [over.lower.find((k) => k in own) ?? over.lower[0] ?? ''], message: over.message });
  });
}

/**
 * Prop schemas of the simulation components, by MDX name (implemented simulations only). The
 * content check validates lessons against these.
 */
export const simPropSchemas: Record<string, z.ZodType> = Object.fromEntries(
  IMPLEMENTED_SIMS.flatMap((entry) => {
    const def = simDefinitions[entry.id];
    return def ? [[entry.mdxName, simPropsSchema(def)]] : [];
  }),
);

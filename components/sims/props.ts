import { z } from 'zod';
import type { AnySimDefinition } from '@/lib/sim-ui/compute';
import { IMPLEMENTED_SIMS } from './catalog';
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
  return def.schema.partial().extend({
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

import type { z } from 'zod';

// Reading a parameter schema for controls and the CLI. Kept apart from params.ts, which imports every
// model: a page that only draws controls (the design studio) does not load the engine with them.

/**
 * UI/CLI description of one parameter, generated from its zod schema.
 *
 * @example
 * const info: ParamInfo | undefined = describeParams(models.queue.schema)[0];
 */
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

import { z } from 'zod';

/** One row of a component's props table, derived from its zod schema. */
export interface PropRow {
  name: string;
  type: string;
  required: boolean;
  defaultValue?: string;
  /** Allowed values or range, e.g. `1 – 100000` or `"lru" | "lfu"`. */
  allowed?: string;
  description?: string;
}

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  description?: string;
  label?: string;
  unit?: string;
};

function typeName(s: JsonSchema): string {
  if (s.enum) return 'enum';
  if (s.anyOf) return s.anyOf.map(typeName).join(' | ');
  if (s.type === 'array') return `${s.items ? typeName(s.items) : 'value'}[]`;
  if (s.type === 'integer') return 'integer';
  if (s.type === 'object') return 'object';
  return Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any');
}

function allowed(s: JsonSchema): string | undefined {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.type === 'array' && s.items) {
    const inner = allowed(s.items);
    const count = s.minItems !== undefined || s.maxItems !== undefined ? `${s.minItems ?? 0}–${s.maxItems ?? '∞'} items` : '';
    return [count, inner ? `each ${inner}` : ''].filter(Boolean).join(', ') || undefined;
  }
  const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? `>${s.exclusiveMinimum}` : undefined);
  const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? `<${s.exclusiveMaximum}` : undefined);
  if (lo !== undefined && hi !== undefined) return `${lo} – ${hi}${s.unit ? ` ${s.unit}` : ''}`;
  if (lo !== undefined) return `≥ ${lo}`;
  if (hi !== undefined) return `≤ ${hi}`;
  return undefined;
}

/**
 * The props of a component as table rows, read from its zod schema (types, ranges, defaults,
 * descriptions from `.meta()`), so documentation cannot drift from validation.
 * @example propRows(z.strictObject({ n: z.number().min(1).max(9).default(3) })) // [{ name: 'n', allowed: '1 – 9', ... }]
 */
export function propRows(schema: z.ZodType): PropRow[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    type: typeName(s),
    required: required.has(name),
    defaultValue: s.default === undefined ? undefined : JSON.stringify(s.default),
    allowed: allowed(s),
    description: [s.label, s.description].filter(Boolean).join(': ') || undefined,
  }));
}

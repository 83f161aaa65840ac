import { z } from 'zod';

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'nothing';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** `a.b[2].c` from a zod issue path. */
export function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

type Bounds = { minimum?: number; maximum?: number; unit?: string };

/** The numeric range of the field at `path` in a schema, read from its JSON Schema form. */
function boundsAt(schema: z.ZodType | undefined, path: PropertyKey[]): Bounds | undefined {
  if (!schema) return undefined;
  let node: Record<string, unknown> | undefined;
  try {
    node = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  for (const key of path) {
    if (!node) return undefined;
    if (typeof key === 'number') node = node.items as Record<string, unknown> | undefined;
    else node = (node.properties as Record<string, Record<string, unknown>> | undefined)?.[String(key)];
  }
  return node as Bounds | undefined;
}

/**
 * Turns a zod issue into one sentence naming the field, what is allowed and what was given,
 * e.g. `capacity must be at least 1, got 0` or `policy must be one of "lru", "lfu", got "mru"`.
 */
export function formatZodIssue(issue: z.core.$ZodIssue, input: unknown, schema?: z.ZodType): string {
  const where = formatPath(issue.path) || 'value';
  const got = valueAt(input, issue.path);
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    const b = boundsAt(schema, issue.path);
    if (b?.minimum !== undefined && b.maximum !== undefined) {
      return `${where} must be between ${b.minimum} and ${b.maximum}${b.unit ? ` ${b.unit}` : ''}, got ${show(got)}`;
    }
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return `${where} needs at least ${String(issue.minimum)} item(s), got ${Array.isArray(got) ? got.length : show(got)}`;
      if (issue.origin === 'string') return `${where} must be at least ${String(issue.minimum)} characters, got ${show(got)}`;
      return `${where} must be at least ${String(issue.minimum)}, got ${show(got)}`;
    case 'too_big':
      if (issue.origin === 'array') return `${where} allows at most ${String(issue.maximum)} item(s), got ${Array.isArray(got) ? got.length : show(got)}`;
      if (issue.origin === 'string') return `${where} must be at most ${String(issue.maximum)} characters`;
      return `${where} must be at most ${String(issue.maximum)}, got ${show(got)}`;
    case 'invalid_value':
      return `${where} must be one of ${issue.values.map(show).join(', ')}, got ${show(got)}`;
    case 'invalid_type':
      return got === undefined ? `${where} is required (${issue.expected})` : `${where} must be ${issue.expected === 'int' ? 'an integer' : `a ${issue.expected}`}, got ${show(got)}`;
    case 'unrecognized_keys':
      return `${where === 'value' ? '' : `${where}: `}unknown key(s) ${issue.keys.map(show).join(', ')}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

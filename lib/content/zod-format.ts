import type { z } from 'zod';

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

/**
 * Turns a zod issue into one sentence naming the field, what is allowed and what was given,
 * e.g. `capacity must be at least 1, got 0` or `policy must be one of "lru", "lfu", got "mru"`.
 */
export function formatZodIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = formatPath(issue.path) || 'value';
  const got = valueAt(input, issue.path);
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

import '@/lib/zod-csp';
import type { z } from 'zod';
import { formatZodIssue } from '@/lib/content/zod-format';
import type { ParamInfo } from '@/lib/sim/params';
import type { UiRange } from './definition';
import { linkNotice } from './link-notice';

/** Value written for an optional parameter that is switched off ("unlimited"). */
export const NONE = 'none';

/**
 * Query key of one parameter: `<namespace>.<key>` so two simulations on one page never collide.
 *
 * @example
 * queryKey('queue', 'workers'); // "queue.workers"
 */
export function queryKey(namespace: string, key: string): string {
  return `${namespace}.${key}`;
}

/** Text form of a parameter value for the URL. */
export function encodeValue(field: ParamInfo, value: unknown): string {
  if (value === undefined) return NONE;
  if (field.kind === 'boolean') return value ? '1' : '0';
  if (field.kind === 'number-list') return Array.isArray(value) ? value.join(',') : '';
  return String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** Turns URL text into the JS value the schema expects (numbers stay strings if not numeric, so the schema rejects them). */
export function decodeValue(field: ParamInfo, text: string): unknown {
  if (text === NONE && field.optional) return undefined;
  if (field.kind === 'number' || field.kind === 'integer') return text.trim() === '' ? text : Number(text);
  if (field.kind === 'boolean') return text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : text;
  if (field.kind === 'number-list') return text === '' ? [] : text.split(',').map((s) => (s.trim() === '' ? s : Number(s)));
  return text;
}

/**
 * The query entries that reproduce `params`: only the ones that differ from `base` (the values the
 * page starts from), so links stay short. A `null` value means "remove this key".
 *
 * @example
 * encodeParams(fields, { workers: 2, seed: 1 }, { workers: 1, seed: 1 }, 'queue'); // { "queue.workers": "2", "queue.seed": null }
 */
export function encodeParams(fields: readonly ParamInfo[], params: Record<string, unknown>, base: Record<string, unknown>, namespace: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const f of fields) out[queryKey(namespace, f.key)] = sameValue(params[f.key], base[f.key]) ? null : encodeValue(f, params[f.key]);
  return out;
}

/** Result of reading parameters from a link. */
export interface DecodedParams<P> {
  /** `base` with every valid value from the link applied. */
  params: P;
  /** One sentence per ignored field in the learner's words, e.g. `The link set “Workers” to -5, but it goes from 1 to 16 workers; using 1 worker`. */
  problems: string[];
  /** True if the link carried any value for this namespace. */
  found: boolean;
}

/**
 * Reads a simulation's parameters from query text through the model schema, field by field:
 * every valid value is used, every bad one falls back to `base` and is reported with the control's
 * label and its slider range (`ui`, the definition's UI ranges). Never throws.
 *
 * @example
 * decodeParams(queueSchema, fields, (k) => ({ 'queue.workers': '-5' })[k] ?? null, base, 'queue', queueSim.ui);
 * // { params: base, problems: ['The link set “Workers” to -5, but it goes from 1 to 16 workers; using 1 worker'], found: true }
 */
export function decodeParams<P extends Record<string, unknown>>(
  schema: z.ZodObject,
  fields: readonly ParamInfo[],
  read: (key: string) => string | null,
  base: P,
  namespace: string,
  ui: Partial<Record<string, UiRange>> = {},
): DecodedParams<P> {
  const next: Record<string, unknown> = { ...base };
  const problems: string[] = [];
  const bad: { field: ParamInfo; text: string }[] = [];
  const texts = new Map<string, string>();
  let found = false;
  for (const f of fields) {
    const text = read(queryKey(namespace, f.key));
    if (text === null) continue;
    found = true;
    texts.set(f.key, text);
    const value = decodeValue(f, text);
    const fieldSchema = schema.shape[f.key] as z.ZodType;
    const r = fieldSchema.safeParse(value);
    if (r.success) next[f.key] = r.data;
    else bad.push({ field: f, text });
  }
  // Worded once every good value is in, so an index's range follows the link's own list length.
  for (const b of bad) problems.push(linkNotice(b.field, ui[b.field.key], b.text, base[b.field.key], next));
  // Cross-field rules (a fail-server index past the number of servers, more speeds than servers)
  // are checked on the whole object: a field from the link that breaks one falls back to `base`
  // and is reported like any other; an issue no link field explains falls back to `base` entirely.
  for (let round = 0; round <= fields.length; round++) {
    const whole = schema.safeParse(next);
    if (whole.success) return { params: whole.data as P, problems, found };
    const culprits = whole.error.issues.flatMap((i) => {
      const key = String(i.path[0] ?? '');
      const field = fields.find((f) => f.key === key);
      return field && texts.has(key) && next[key] !== base[key] ? [{ field, message: i.message }] : [];
    });
    if (culprits.length === 0) return { params: base, problems: [...problems, ...whole.error.issues.map((i) => formatZodIssue(i, next))], found };
    const seen = new Set<string>();
    for (const c of culprits) {
      if (seen.has(c.field.key)) continue;
      seen.add(c.field.key);
      problems.push(linkNotice(c.field, ui[c.field.key], texts.get(c.field.key) ?? '', base[c.field.key], next, c.message));
    }
    for (const key of seen) next[key] = base[key];
  }
  return { params: base, problems, found };
}

/** A share link's moment: a whole sim ms to open paused at, or the end of the run. */
export type LinkMoment = number | 'end';

/**
 * The `<id>.t` value of a link: where the run was (whole sim ms), `end` once it finished, null at
 * t = 0 (a link without it opens at the start).
 *
 * @example
 * encodeMoment(12_345.6, false); // "12346"
 * encodeMoment(90_000, true); // "end"
 */
export function encodeMoment(simTimeMs: number, done: boolean): string | null {
  if (done) return 'end';
  return simTimeMs > 0 ? String(Math.round(simTimeMs)) : null;
}

/**
 * Reads a link's `<id>.t`: a moment, or a problem in the learner's words (the link then opens at
 * the start). Never throws.
 *
 * @example
 * decodeMoment('end'); // { moment: 'end' }
 * decodeMoment('soon'); // { moment: null, problem: 't: "soon" is not a moment …' }
 */
export function decodeMoment(text: string | null): { moment: LinkMoment | null; problem?: string } {
  if (text === null) return { moment: null };
  if (text === 'end') return { moment: 'end' };
  const ms = Number(text);
  if (text.trim() !== '' && Number.isFinite(ms) && ms >= 0) return { moment: Math.round(ms) };
  return { moment: null, problem: `t: "${text}" is not a moment of the run (write a time in ms, or end); opened at the start` };
}

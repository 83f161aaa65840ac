import '@/lib/zod-csp';
import type { z } from 'zod';
import { formatZodIssue } from '@/lib/content/zod-format';
import type { ParamInfo } from '@/lib/sim/params';
import type { UiRange } from './definition';
import { budgetLinkNotice, linkNotice, quote } from './link-notice';

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
  /** `base` with every usable value from the link applied. */
  params: P;
  /** One sentence per link value not used, in the learner's words, e.g. `The link set “Workers” to -5, but it goes from 1 to 16 workers; using 1 worker`. */
  problems: string[];
  /** True if the link carried any value for this namespace. */
  found: boolean;
}

/** Why a whole setting is too much for the page, and which keys drive it (see lib/sim/work.ts). */
export type OverBudget = (params: Record<string, unknown>) => { message: string; lower: string[] } | null;

const sameIssue = (a: z.core.$ZodIssue, b: z.core.$ZodIssue) => a.message === b.message && a.path.join('.') === b.path.join('.');

/**
 * Reads a simulation's parameters from query text through the model schema, field by field:
 * every valid value is used, every bad one falls back to `base` and is reported with the control's
 * label and its slider range (`ui`, the definition's UI ranges). A value that breaks a rule with
 * another setting is dropped alone (the one the rule names, else the link value whose removal
 * clears it); a setting too big for the page (`overBudget`) drops link values, the levers it
 * names first, until the rest fits. Every value dropped gets its own sentence. Never throws.
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
  overBudget?: OverBudget,
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
  /** Link values in use that differ from `base`: the only ones a rule or the budget can drop. */
  const inUse = () => fields.filter((f) => texts.has(f.key) && !sameValue(next[f.key], base[f.key]));
  const drop = (field: ParamInfo, why: (params: Record<string, unknown>) => string) => {
    problems.push(why(next));
    next[field.key] = base[field.key];
  };
  const label = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  // Cross-field rules (a fail-server index past the number of servers, a uniform shape with a
  // spread it cannot have) are checked on the whole object, one dropped value per round.
  for (let round = 0; round <= fields.length; round++) {
    const whole = schema.safeParse(next);
    if (whole.success) break;
    const issue = whole.error.issues[0] as z.core.$ZodIssue;
    const key = String(issue.path[0] ?? '');
    const own = inUse().find((f) => f.key === key);
    // The rule names a link value: drop it. Else find the link value whose removal clears the rule.
    const culprit =
      own ??
      inUse()
        .reverse()
        .find((f) => {
          const trial = schema.safeParse({ ...next, [f.key]: base[f.key] });
          return trial.success || !trial.error.issues.some((i) => sameIssue(i, issue));
        });
    if (!culprit) {
      // No single link value explains it: use none of them, and say so for each.
      for (const f of inUse()) drop(f, (params) => linkNotice(f, ui[f.key], texts.get(f.key) ?? '', base[f.key], params, `${quote(label(key))} ${issue.message}`));
      if (!schema.safeParse(next).success) return { params: base, problems: [...problems, formatZodIssue(issue, next)], found };
      break;
    }
    const clash = culprit === own ? issue.message : `${quote(label(key))} ${issue.message}`;
    drop(culprit, (params) => linkNotice(culprit, ui[culprit.key], texts.get(culprit.key) ?? '', base[culprit.key], params, clash));
  }
  const parsed = schema.safeParse(next);
  if (!parsed.success) return { params: base, problems, found };
  let params = parsed.data as Record<string, unknown>;
  // Too big for the page: drop link values one at a time, first the biggest lever the budget
  // names, until the rest fits.
  for (let over = overBudget?.(params); over; over = overBudget?.(params)) {
    const levers = inUse();
    const f = over.lower.map((k) => levers.find((l) => l.key === k)).find((l) => l !== undefined) ?? levers.at(-1);
    if (!f) break;
    const message = over.message;
    drop(f, () => budgetLinkNotice(f, ui[f.key], texts.get(f.key) ?? '', base[f.key], message));
    const again = schema.safeParse(next);
    if (!again.success) return { params: base, problems, found };
    params = again.data as Record<string, unknown>;
  }
  return { params: params as P, problems, found };
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

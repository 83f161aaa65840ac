import { optionLabel } from '@/lib/sim/option-label';
import type { ParamInfo } from '@/lib/sim/params';
import type { UiRange } from './definition';
import { formatValue } from './format';
import { serverName, shownNumber, shownRange } from './numbering';

/**
 * What a learner reads when a share link carries a value the simulation cannot use: the control's
 * label, the range its slider offers and the value used instead, in one sentence (no schema
 * names, no `[1]` paths). Used for links only; lesson authors get the schema's wording.
 */

/** A name or value in curly quotes, as every notice shows them. */
export const quote = (s: string) => `“${s}”`;

/** A value as its control shows it: 1-based for an index, with its unit, `%` for fractions. */
export function shown(field: ParamInfo, value: unknown, range: UiRange | undefined): string {
  if (value === undefined || value === null) return field.key === 'queueLimit' ? 'unlimited' : 'off';
  if (Array.isArray(value)) return value.length ? value.map((v) => shown(field, v, range)).join(', ') : 'the default';
  if (field.kind === 'enum') return optionLabel(field, value);
  if (typeof value !== 'number') return String(value);
  if (range?.indexInto) return serverName(value);
  if (field.unit === 'fraction') return formatValue(value, '%');
  if (field.unit === 'index' || field.key === 'seed') return String(value);
  return formatValue(value, field.unit);
}

/** The slider's range in the control's own numbers: `1 to 32 servers`, `0 % to 100 %`. */
function rangeText(field: ParamInfo, range: UiRange | undefined, params: Record<string, unknown>): string | null {
  if (range?.indexInto) {
    const r = shownRange(range, params);
    return `server ${r?.min ?? 1} to server ${r?.max ?? 1}`;
  }
  const min = range?.min ?? field.min;
  const max = range?.max ?? field.max;
  if (min === undefined || max === undefined) return null;
  if (field.unit === 'fraction') return `${formatValue(min, '%')} to ${formatValue(max, '%')}`;
  const unit = field.unit && field.unit !== 'index' ? ` ${field.unit}` : '';
  return `${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}${unit}`;
}

/** A value pasted into a link, cut to its first 40 characters with its length said ("999…(7,000 characters)"). */
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…(${text.length.toLocaleString('en-US')} characters)` : text);

/**
 * One sentence about a link value that could not be used, e.g. `The link set “Servers” to 100,
 * but it goes from 1 to 32 servers; using 4 servers`.
 *
 * @param text the raw text from the link
 * @param used the value the simulation uses instead (the field's starting value)
 * @param params the parameters the link leads to (an index's range follows the list's length)
 * @param clash for a value that is fine alone but breaks a rule between settings: the rule's words
 *
 * @example
 * linkNotice(serversField, { min: 1, max: 32 }, '100', 4, params);
 * // 'The link set “Servers” to 100, but it goes from 1 to 32 servers; using 4 servers'
 */
export function linkNotice(field: ParamInfo, range: UiRange | undefined, text: string, used: unknown, params: Record<string, unknown>, clash?: string): string {
  const label = quote(field.label);
  const instead = `; using ${shown(field, used, range)}`;
  const given = clip(text);
  if (clash && !range?.indexInto) return `The link set ${label} to ${quote(given)}, which does not fit the other settings (${clash.replace(/^(must|has) /, 'it $1 ')})${instead}`;
  if (field.kind === 'enum') return `The link set ${label} to ${quote(given)}, but it can only be ${(field.options ?? []).map((o) => optionLabel(field, o)).join(', ')}${instead}`;
  if (field.kind === 'boolean') return `The link set ${label} to ${quote(given)}, but it can only be on (1) or off (0)${instead}`;
  if (field.kind === 'number-list') {
    const span = rangeText(field, range, params);
    return `The link’s ${label} (${quote(given)}) is not a list of numbers${span ? ` from ${span}` : ''}, separated by commas${instead}`;
  }
  const number = Number(text);
  const span = rangeText(field, range, params);
  if (text.trim() === '' || !Number.isFinite(number)) return `The link set ${label} to ${quote(given)}, which is not a number${span ? ` (it goes from ${span})` : ''}${instead}`;
  const asShown = range?.indexInto ? String(shownNumber(number)) : given;
  const whole = field.kind === 'integer' && !Number.isInteger(number) ? ' in whole numbers' : '';
  return `The link set ${label} to ${asShown}, but it goes from ${span ?? 'a narrower range'}${whole}${instead}`;
}

/**
 * One sentence about a link value dropped because the whole setting is more than the page runs,
 * e.g. `The link set “Requests” to 10000000, more than this page runs (this run would simulate
 * ~20 M events; the page allows 5 M); using 20,000 requests`.
 *
 * @example
 * budgetLinkNotice(requestsField, undefined, '10000000', 20_000, 'This run would simulate ~20 M events; the page allows 5 M. Lower Requests or Warm-up.');
 */
export function budgetLinkNotice(field: ParamInfo, range: UiRange | undefined, text: string, used: unknown, budgetMessage: string): string {
  // the "Lower …" advice is what this sentence does; keep what the run would cost
  const cost = budgetMessage.replace(/\s*Lower [^.]*\.?$/, '').replace(/\.$/, '');
  return `The link set ${quote(field.label)} to ${clip(text)}, more than this page runs (${cost.charAt(0).toLowerCase()}${cost.slice(1)}); using ${shown(field, used, range)}`;
}

/**
 * The sentence for a link that asks to compare a setting the A/B lane cannot vary.
 *
 * @example
 * compareNotice('nonsense', fields, ['arrivalRate', 'workers']);
 * // 'The link asked to compare “nonsense”, but only “Arrival rate” or “Workers” can be compared here; showing one lane'
 */
export function compareNotice(key: string, fields: readonly ParamInfo[], compareKeys: readonly string[]): string {
  const labels = compareKeys.map((k) => quote(fields.find((f) => f.key === k)?.label ?? k));
  const list = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : (labels[0] ?? 'nothing');
  const given = clip(key);
  return `The link asked to compare ${quote(fields.find((f) => f.key === key)?.label ?? given)}, but only ${list} can be compared here; showing one lane`;
}

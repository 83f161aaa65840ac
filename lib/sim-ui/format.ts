import { formatNumber } from './number-text';

const MINUS = '\u2212';

function digitsFor(abs: number): number {
  if (abs === 0 || abs >= 100) return 0;
  if (abs >= 10) return 1;
  return 2;
}

/** Count nouns used as units, plural → singular (`1 worker`, `2 workers`). */
const SINGULAR: Record<string, string> = {
  workers: 'worker',
  servers: 'server',
  shards: 'shard',
  replicas: 'replica',
  users: 'user',
  keys: 'key',
  entries: 'entry',
  requests: 'request',
  jobs: 'job',
  clients: 'client',
  rows: 'row',
  tiers: 'tier',
  months: 'month',
  machines: 'machine',
  cards: 'card',
  queries: 'query',
  writes: 'write',
  reads: 'read',
  sessions: 'session',
  'small machines': 'small machine',
  'sample keys': 'sample key',
};

/** Units written before the number, as a name: `Zipf 0.9`, `cv 1.5` (not `0.9 Zipf s`). */
const PREFIX_UNITS: Record<string, string> = { 'Zipf s': 'Zipf', cv: 'cv' };

/** Units written against the number: `2.1×`, `$40`. */
const TIGHT_UNITS = new Set(['×']);

/**
 * A count with its noun, singular for exactly one: `1 worker`, `3 workers`, `0 shards`.
 * Nouns not in the table are left as given.
 *
 * @example
 * plural(1, 'servers'); // "1 server"
 * plural(1200, 'requests'); // "1,200 requests"
 */
export function plural(count: number, noun: string): string {
  return `${formatNumber(count)} ${unitFor(count, noun)}`;
}

/** The unit word for a value: singular for exactly 1 when the unit is a count noun. */
export function unitFor(value: number, unit: string): string {
  return value === 1 && SINGULAR[unit] ? SINGULAR[unit] : unit;
}

/** The rounded text of |v| (written without Intl: see ./number-text.ts) and whether it rounds to zero (so a sign is never shown on "0"). */
function rounded(abs: number, unit: string): { text: string; zero: boolean } {
  const digits = unit === '%' ? (abs >= 99.95 || abs === 0 ? 0 : 1) : digitsFor(abs);
  const text = formatNumber(abs, digits);
  return { text, zero: /^[0.,]*$/.test(text) };
}

/**
 * A number with its unit, rounded for reading: `12.3 ms`, `1,234 req/s`, `85.2 %` (unit `%`
 * means the value is a fraction 0–1), `∞ ms` for an unbounded theory value, `—` for NaN (no value: never happened, or nothing measured yet).
 *
 * @example
 * formatValue(0.8523, '%'); // "85.2 %"
 * formatValue(1234.4, 'req/s'); // "1,234 req/s"
 */
export function formatValue(value: number, unit: string): string {
  if (Number.isNaN(value)) return '—';
  const v = unit === '%' ? value * 100 : value;
  if (!Number.isFinite(v)) return `${v < 0 ? MINUS : ''}∞${unit ? ` ${unit}` : ''}`;
  const { text, zero } = rounded(Math.abs(v), unit);
  const sign = v < 0 && !zero ? MINUS : '';
  if (unit === '$') return `${sign}$${text}`;
  if (PREFIX_UNITS[unit]) return `${PREFIX_UNITS[unit]} ${sign}${text}`;
  if (TIGHT_UNITS.has(unit)) return `${sign}${text}${unit}`;
  const shownUnit = text === '1' ? unitFor(1, unit) : unit;
  return `${sign}${text}${shownUnit ? ` ${shownUnit}` : ''}`;
}

/**
 * Signed difference B − A with the unit, for the A/B lane: `−170 ms`, `+2.5 pp` (percentage
 * points for `%` metrics), `±0 ms` when equal or when the difference rounds to zero (never `−0`).
 *
 * @example
 * formatDelta(230, 60, 'ms'); // "−170 ms"
 * formatDelta(1.2001, 1.2, '×'); // "±0×"
 */
export function formatDelta(a: number, b: number, unit: string): string {
  const d = b - a;
  if (!Number.isFinite(d)) return '—';
  const abs = Math.abs(d);
  const body = unit === '%' ? formatValue(abs, '%').replace(/ %$/, ' pp') : formatValue(abs, PREFIX_UNITS[unit] ? '' : unit);
  const zero = rounded(unit === '%' ? abs * 100 : abs, unit).zero;
  return (zero ? '±' : d < 0 ? MINUS : '+') + body;
}

/**
 * Sim time for the header: `12.5 s`, `3 min 20 s`.
 *
 * @example
 * formatSimTime(200_000); // "3 min 20 s"
 */
export function formatSimTime(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const min = Math.floor(ms / 60_000);
  return `${min} min ${Math.floor((ms % 60_000) / 1000)} s`;
}

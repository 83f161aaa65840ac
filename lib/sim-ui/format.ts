const MINUS = '\u2212';

function digitsFor(abs: number): number {
  if (abs === 0 || abs >= 100) return 0;
  if (abs >= 10) return 1;
  return 2;
}

/**
 * A number with its unit, rounded for reading: `12.3 ms`, `1,234 req/s`, `85.2 %` (unit `%`
 * means the value is a fraction 0–1), `∞ ms` for an unbounded theory value, `–` for NaN.
 *
 * @example
 * formatValue(0.8523, '%'); // "85.2 %"
 * formatValue(1234.4, 'req/s'); // "1,234 req/s"
 */
export function formatValue(value: number, unit: string): string {
  if (Number.isNaN(value)) return '–';
  const v = unit === '%' ? value * 100 : value;
  if (!Number.isFinite(v)) return `${v < 0 ? MINUS : ''}∞${unit ? ` ${unit}` : ''}`;
  const abs = Math.abs(v);
  const digits = unit === '%' ? (abs >= 99.95 || abs === 0 ? 0 : 1) : digitsFor(abs);
  const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(abs);
  if (unit === '$') return `${v < 0 ? MINUS : ''}$${text}`;
  return `${v < 0 ? MINUS : ''}${text}${unit ? ` ${unit}` : ''}`;
}

/**
 * Signed difference B − A with the unit, for the A/B lane: `−170 ms`, `+2.5 %` (percentage
 * points for `%` metrics), `±0 ms` when equal.
 *
 * @example
 * formatDelta(230, 60, 'ms'); // "−170 ms"
 */
export function formatDelta(a: number, b: number, unit: string): string {
  const d = b - a;
  if (!Number.isFinite(d)) return '–';
  const sign = d === 0 ? '±' : d < 0 ? MINUS : '+';
  const body = unit === '%' ? formatValue(Math.abs(d), '%').replace(/ %$/, ' pp') : formatValue(Math.abs(d), unit);
  return sign + body;
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

/**
 * Numbers written as `Intl.NumberFormat('en-US', { maximumFractionDigits })` writes them, without
 * Intl. A browser loads its locale data (ICU) on the first Intl call of a page, a one-off cost of
 * 20–500 ms of main-thread time on a slow phone; figures format numbers from their first frame, so
 * they use this instead. Rounding is Intl's: half away from zero, on the number's shortest decimal
 * form (1.005 → "1.01", where toFixed gives "1.00").
 */

/** The digits of |x| (finite) before and after the point, from its shortest round-trip form. */
function decimalParts(abs: number): { int: string; frac: string } {
  const s = abs.toString();
  const e = s.indexOf('e');
  if (e < 0) {
    const [int = '0', frac = ''] = s.split('.');
    return { int, frac };
  }
  // 1.5e-7 or 1.2345e+21: move the point by the exponent
  const mantissa = s.slice(0, e);
  const exponent = Number(s.slice(e + 1));
  const digits = mantissa.replace('.', '');
  const point = (mantissa.includes('.') ? mantissa.indexOf('.') : mantissa.length) + exponent;
  if (point <= 0) return { int: '0', frac: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { int: digits + '0'.repeat(point - digits.length), frac: '' };
  return { int: digits.slice(0, point), frac: digits.slice(point) };
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  const d = digits.split('');
  for (let i = d.length - 1; i >= 0; i--) {
    if (d[i] === '9') d[i] = '0';
    else {
      d[i] = String(Number(d[i]) + 1);
      return d.join('');
    }
  }
  return `1${d.join('')}`;
}

/** Thousands separated by commas: "1234567" → "1,234,567". */
export function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * `x` rounded to at most `maxFractionDigits` digits after the point, trailing zeros dropped,
 * thousands grouped, a hyphen-minus for negatives (as Intl writes it; formatValue puts in its own
 * minus sign).
 *
 * @example
 * formatNumber(1234.567, 1); // "1,234.6"
 * formatNumber(2.5, 0); // "3"
 */
export function formatNumber(x: number, maxFractionDigits = 3): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x < 0 ? '-∞' : '∞';
  const { int, frac } = decimalParts(Math.abs(x));
  let whole = int;
  let fraction = frac;
  if (frac.length > maxFractionDigits) {
    const kept = int + frac.slice(0, maxFractionDigits);
    const rounded = (frac.charCodeAt(maxFractionDigits) >= 53 /* '5' */ ? increment(kept) : kept).padStart(int.length + maxFractionDigits, '0');
    whole = rounded.slice(0, rounded.length - maxFractionDigits) || '0';
    fraction = rounded.slice(rounded.length - maxFractionDigits);
  }
  fraction = fraction.replace(/0+$/, '');
  whole = whole.replace(/^0+(?=\d)/, '');
  const text = `${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
  return x < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

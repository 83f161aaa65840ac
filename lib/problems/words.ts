/** Numbers as the report writes them: never a verdict without one, and never more digits than it means. */

const group = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** "38 ms", "4.2 ms", "1,240 ms". */
export function ms(v: number): string {
  return `${group(v, v < 10 ? 1 : 0)} ms`;
}

/** A share as a percentage with the digits that matter: "2.3 %", "0.04 %", "99.93 %", "100 %". */
export function pct(fraction: number): string {
  const p = fraction * 100;
  if (p === 0 || p === 100) return `${p} %`;
  // near 100 %, the nines are the point: 99.93 %, 99.998 %
  if (p > 99) {
    const nines = Math.min(4, Math.max(1, Math.ceil(-Math.log10(100 - p) - 1e-9)));
    return `${Math.min(p, 100 - 10 ** -nines).toFixed(nines)} %`;
  }
  if (p < 1) return `${Number(p.toPrecision(2))} %`;
  return `${group(p, p < 10 ? 1 : 0)} %`;
}

/** "$1,240". */
export function dollars(v: number): string {
  return `$${group(Math.round(v))}`;
}

/** "1 write", "37 writes". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${group(n)} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A goal's measured value (or its target) in its unit: "412 ms", "0.04 %", "20 writes", "$1,240". */
export function metricText(metric: string, v: number | null): string {
  if (v === null) return 'not measured';
  switch (metric) {
    case 'p99Ms':
    case 'jobP99Ms':
      return ms(v);
    case 'errorRate':
    case 'availability':
    case 'lossRate':
      return pct(v);
    case 'lostCommits':
      return count(v, 'write');
    case 'monthlyCost':
      return dollars(v);
    default:
      return String(v);
  }
}

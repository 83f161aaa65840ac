/** A metric for people: "27.7 ms", "1,200", "2.61 %", "∞ ms" when a run never settles. */
export function formatMetric(value: number, unit: string): string {
  const u = unit ? (unit === '%' ? '%' : ` ${unit}`) : '';
  if (!Number.isFinite(value)) return `∞${u}`;
  const abs = Math.abs(value);
  const text = Number.isInteger(value) ? value.toLocaleString('en') : abs < 10 ? value.toFixed(2) : abs < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en');
  return `${text}${u}`;
}

/** "★★☆" */
export function starString(stars: number): string {
  return '★'.repeat(stars) + '☆'.repeat(Math.max(0, 3 - stars));
}

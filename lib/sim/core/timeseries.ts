/**
 * Columns of numbers sampled at a fixed simulated interval, for charts. Stops recording after
 * `maxRows` rows (documented cap so a long run cannot exhaust memory).
 *
 * @example
 * const ts = new TimeSeries(['inSystem']);
 * ts.push(100, [3]);
 * ts.toJSON(); // { t: [100], inSystem: [3] }
 */
export class TimeSeries {
  /** Column names, in the order `push` expects values. */
  readonly columns: readonly string[];
  /** Number of rows recorded. */
  rows = 0;
  private readonly t: number[] = [];
  private readonly data: number[][];
  private readonly maxRows: number;

  constructor(columns: readonly string[], maxRows = 20_000) {
    this.columns = columns;
    this.data = columns.map(() => []);
    this.maxRows = maxRows;
  }

  /** Appends one row taken at sim time t. */
  push(t: number, values: ArrayLike<number>): void {
    if (this.rows >= this.maxRows) return;
    this.rows++;
    this.t.push(t);
    for (let i = 0; i < this.data.length; i++) this.data[i]?.push(values[i] ?? 0);
  }

  /** The largest value of a column so far (−Infinity if empty or unknown). */
  max(column: string): number {
    const d = this.data[this.columns.indexOf(column)];
    let m = -Infinity;
    if (d) for (const v of d) if (v > m) m = v;
    return m;
  }

  /** Plain object `{ t: number[], <column>: number[] }`. */
  toJSON(): Record<string, number[]> {
    const out: Record<string, number[]> = { t: this.t.slice() };
    this.columns.forEach((c, i) => {
      out[c] = (this.data[i] ?? []).slice();
    });
    return out;
  }
}

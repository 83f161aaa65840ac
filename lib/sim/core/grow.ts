/** The typed arrays the engine keeps per-job and per-record state in. */
type Columns = Int8Array | Int32Array | Float64Array;

/**
 * A copy of `a`, `length` long, with the new tail set to `fill`: how the engine's job and record
 * tables grow (rarely: each doubles when full), so the hot path indexes plain typed arrays.
 *
 * @example
 * grown(new Float64Array([1, 2]), 4, -1); // Float64Array [1, 2, -1, -1]
 */
export function grown<T extends Columns>(a: T, length: number, fill = 0): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  if (fill !== 0) b.fill(fill, a.length);
  b.set(a);
  return b;
}

import { makePartitioner, type Partitioning } from '../models/partition';
import type { KeyGrid } from './che';

/**
 * How a component spreads keys over its parts (cache nodes, database shards), per grid group:
 * each of the 1,000 most popular keys exactly where the engine puts it (a hot key makes a hot
 * node or shard), ranges by key index for range partitioning, and the rest of the keys by the
 * scheme's share of a large sample for hashing.
 *
 * @example
 * const place = keyPlacement('modulo', 4, 1_000_000, grid);
 * place(0, 1, out); // adds key 0's part with weight 1
 */
export type Placement = (group: number, weight: number, out: Float64Array) => void;

/**
 * A placement for `parts` parts over `keys` keys (same partitioners as the engine).
 *
 * @example
 * keyPlacement('range', 2, 100, keyGrid(100))(0, 1, out); // out[0] += 1
 */
export function keyPlacement(kind: Partitioning, parts: number, keys: number, grid: KeyGrid, vnodes = 100): Placement {
  if (parts <= 1)
    return (_g, w, out) => {
      out[0] = (out[0] as number) + w;
    };
  const part = makePartitioner(kind, parts, keys, vnodes);
  if (kind === 'range')
    return (g, w, out) => {
      const a = grid.first[g] as number;
      const n = grid.count[g] as number;
      if (n === 1) {
        const p = part(a);
        out[p] = (out[p] as number) + w;
        return;
      }
      // split the range by the parts' boundaries (part p holds keys [p·keys/parts, (p+1)·keys/parts))
      for (let p = 0; p < parts; p++) {
        const lo = Math.max(a, Math.ceil((p * keys) / parts));
        const hi = Math.min(a + n, Math.ceil(((p + 1) * keys) / parts));
        if (hi > lo) out[p] = (out[p] as number) + (w * (hi - lo)) / n;
      }
    };
  // hashing: the share of each part among the keys past the top 1,000 (sampled evenly)
  const share = new Float64Array(parts);
  const from = Math.min(1000, keys);
  const sample = Math.min(keys - from, 20_000);
  if (sample > 0) {
    const stride = (keys - from) / sample;
    for (let i = 0; i < sample; i++) {
      const p = part(from + Math.floor(i * stride));
      share[p] = (share[p] as number) + 1 / sample;
    }
  } else share.fill(1 / parts);
  return (g, w, out) => {
    if ((grid.count[g] as number) === 1) {
      const p = part(grid.first[g] as number);
      out[p] = (out[p] as number) + w;
      return;
    }
    for (let p = 0; p < parts; p++) out[p] = (out[p] as number) + w * (share[p] as number);
  };
}

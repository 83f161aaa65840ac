/**
 * Places line labels next to their lines' ends without overlapping: each label wants to sit at its
 * line's last point; labels closer than one label height are pushed apart (the least distance
 * from where they want to be, in order), and the group is kept inside the plot. Pure: pixels in,
 * pixels out.
 */

/**
 * Label positions (text baselines, in the same order as `wanted`), each at least `gap` from every
 * other and inside [`top` + `gap`, `bottom`]. When more labels than fit are given, they are spread
 * evenly over the height and the spacing shrinks (they still never share a position).
 *
 * @example
 * spreadLabels([50, 52, 200], 12, 0, 300); // [45, 57, 200]: the two close ones pushed apart
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const n = wanted.length;
  if (n === 0) return [];
  const lo = top + gap;
  const hi = Math.max(lo, bottom);
  const step = n > 1 ? Math.min(gap, (hi - lo) / (n - 1)) : gap;
  const order = wanted.map((y, i) => ({ y: Math.min(hi, Math.max(lo, y)), i })).sort((a, b) => a.y - b.y || a.i - b.i);
  // Clusters of labels that overlap are centred on their mean wish, then merged until none overlap.
  type Block = { members: { y: number; i: number }[]; start: number };
  const clamp = (b: Block): Block => {
    b.start = Math.min(hi - (b.members.length - 1) * step, Math.max(lo, b.start));
    return b;
  };
  let blocks = order.map((o) => clamp({ members: [o], start: o.y }));
  for (let changed = true; changed; ) {
    changed = false;
    const next: Block[] = [];
    for (const b of blocks) {
      const prev = next[next.length - 1];
      if (prev && prev.start + prev.members.length * step > b.start + 1e-9) {
        const members = [...prev.members, ...b.members];
        const mean = members.reduce((s, m) => s + m.y, 0) / members.length;
        next[next.length - 1] = clamp({ members, start: mean - ((members.length - 1) * step) / 2 });
        changed = true;
      } else next.push(b);
    }
    blocks = next;
  }
  const out = new Array<number>(n);
  for (const b of blocks) b.members.forEach((m, k) => (out[m.i] = b.start + k * step));
  return out;
}

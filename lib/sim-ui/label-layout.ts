/**
 * Where a chart's line names go: in a gutter right of the plot, each as close as it can be to the
 * height at which its line ends, never over another name and never over the lines themselves.
 * Pure: pixels and a text-width function in, pixels and lines of text out.
 */

/**
 * Splits `text` at spaces into lines no wider than `maxWidth` (as `measure` says), at most
 * `maxLines` of them; a word wider than the limit gets a line of its own, and text past the last
 * line is cut with an ellipsis (the legend under the chart still has the whole name).
 *
 * @example
 * wrapLabel('new requests sent to A now', 80, (s) => s.length * 6); // ['new requests', 'sent to A now']
 */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number, maxLines = 2): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${word}`) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let tail = `${kept[maxLines - 1]}…`;
  // the ellipsis needs room too: drop words from the last line until it fits
  while (measure(tail) > maxWidth && tail.includes(' ')) tail = `${tail.slice(0, tail.lastIndexOf(' '))}…`;
  kept[maxLines - 1] = tail;
  return kept;
}

/**
 * Tops of blocks of the given `heights` (in the order given), each wanting its centre at
 * `centers[i]`, stacked without overlap inside [`top`, `bottom`]. Blocks that do not touch stay
 * where they want to be; a cluster that overlaps is stacked in the order of its wishes and centred
 * on them (least squares), then kept inside the range. When all of them do not fit, they are
 * scaled down evenly (they still never overlap).
 *
 * @example
 * spreadBlocks([50, 52, 200], [12, 12, 12], 0, 300); // [39, 51, 194]: the two close ones pushed apart
 */
export function spreadBlocks(centers: readonly number[], heights: readonly number[], top: number, bottom: number): number[] {
  const n = centers.length;
  if (n === 0) return [];
  const total = heights.reduce((s, h) => s + h, 0);
  const scale = total > bottom - top && total > 0 ? Math.max(0, bottom - top) / total : 1;
  const h = heights.map((x) => x * scale);
  const order = centers.map((c, i) => ({ c: Number.isFinite(c) ? c : top, i })).sort((a, b) => a.c - b.c || a.i - b.i);
  type Block = { members: { c: number; i: number }[]; start: number; height: number };
  const clamp = (b: Block): Block => {
    b.start = Math.min(bottom - b.height, Math.max(top, b.start));
    return b;
  };
  // the start that puts each member's centre nearest its wish (least squares): mean of wish − offset
  const best = (members: Block['members']): number => {
    let offset = 0;
    let sum = 0;
    for (const m of members) {
      sum += m.c - offset - h[m.i]! / 2;
      offset += h[m.i]!;
    }
    return sum / members.length;
  };
  let blocks = order.map((o) => clamp({ members: [o], start: o.c - h[o.i]! / 2, height: h[o.i]! }));
  for (let changed = true; changed; ) {
    changed = false;
    const next: Block[] = [];
    for (const b of blocks) {
      const prev = next[next.length - 1];
      if (prev && prev.start + prev.height > b.start + 1e-9) {
        const members = [...prev.members, ...b.members];
        next[next.length - 1] = clamp({ members, start: best(members), height: prev.height + b.height });
        changed = true;
      } else next.push(b);
    }
    blocks = next;
  }
  const out = new Array<number>(n);
  for (const b of blocks) {
    let y = b.start;
    for (const m of b.members) {
      out[m.i] = y;
      y += h[m.i]!;
    }
  }
  return out;
}

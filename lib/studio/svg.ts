import { KIND_LABELS, type Design } from '@/lib/sim/design/schema';
import { boxSummary } from './describe';
import { KIND_ICONS } from './icons';
import { boundsOf, NODE_HEIGHT, NODE_WIDTH, type Positions } from './layout';

const PAD = 24;
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where an arrow leaves one box and enters the next: the facing sides' midpoints. */
function ends(a: { x: number; y: number }, b: { x: number; y: number }) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (Math.abs(dx) >= Math.abs(dy))
    return dx >= 0
      ? { x1: a.x + NODE_WIDTH, y1: a.y + NODE_HEIGHT / 2, x2: b.x, y2: b.y + NODE_HEIGHT / 2 }
      : { x1: a.x, y1: a.y + NODE_HEIGHT / 2, x2: b.x + NODE_WIDTH, y2: b.y + NODE_HEIGHT / 2 };
  return dy >= 0
    ? { x1: a.x + NODE_WIDTH / 2, y1: a.y + NODE_HEIGHT, x2: b.x + NODE_WIDTH / 2, y2: b.y }
    : { x1: a.x + NODE_WIDTH / 2, y1: a.y, x2: b.x + NODE_WIDTH / 2, y2: b.y + NODE_HEIGHT };
}

/**
 * The diagram as a standalone SVG document (its own fonts and colours, no page styles), the same
 * boxes, names and sizes as the canvas: for the SVG download and, drawn on a canvas, the PNG.
 *
 * @example
 * designSvg(design, layoutDesign(design, 'LR')).width; // px, for the PNG's canvas
 */
export function designSvg(d: Design, at: Positions): { svg: string; width: number; height: number } {
  const b = boundsOf(at);
  const width = Math.ceil(b.width + 2 * PAD);
  const height = Math.ceil(b.height + 2 * PAD + 28);
  const ox = PAD - b.x;
  const oy = PAD + 28 - b.y;
  const pos = (id: string) => {
    const p = at[id] ?? { x: 0, y: 0 };
    return { x: p.x + ox, y: p.y + oy };
  };
  const arrows = d.connections
    .filter((a) => at[a.from] && at[a.to])
    .map((a) => {
      const e = ends(pos(a.from), pos(a.to));
      return `<line x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" stroke="#475569" stroke-width="1.5" marker-end="url(#arrow)"/>`;
    });
  const boxes = d.components.map((c) => {
    const p = pos(c.id);
    return [
      `<g transform="translate(${p.x} ${p.y})">`,
      `<title>${esc(`${c.label} (${KIND_LABELS[c.kind]})`)}</title>`,
      `<rect width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="8" fill="#ffffff" stroke="#334155" stroke-width="1.5"/>`,
      `<path d="${KIND_ICONS[c.kind]}" transform="translate(10 10)" fill="none" stroke="#0369a1" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`,
      `<text x="42" y="27" font-size="14" font-weight="600" fill="#0f172a">${esc(c.label)}</text>`,
      `<text x="10" y="54" font-size="12" fill="#334155">${esc(KIND_LABELS[c.kind])}</text>`,
      `<text x="10" y="69" font-size="12" fill="#334155">${esc(boxSummary(c))}</text>`,
      `</g>`,
    ].join('');
  });
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    `<title>${esc(d.name)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#475569"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#f8fafc"/>`,
    `<text x="${PAD}" y="${PAD + 6}" font-size="16" font-weight="700" fill="#0f172a">${esc(d.name)}</text>`,
    ...arrows,
    ...boxes,
    `</svg>`,
  ].join('\n');
  return { svg, width, height };
}

import { Graph, layout } from '@dagrejs/dagre';
import type { Design } from '@/lib/sim/design/schema';

/** Which way the layers run: left to right on a laptop, top to bottom on a phone. */
export type LayoutDirection = 'LR' | 'TB';

/** A component box's size on the canvas (CSS px), the same for every kind so layers line up. */
export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 76;

/** Top-left corner of each component's box. */
export type Positions = Record<string, { x: number; y: number }>;

/**
 * Where each box goes: a layered layout of the arrows (dagre), then the learner's hand-moved
 * positions (`design.layout`) on top. Pure: the same design and direction give the same picture.
 *
 * @example
 * layoutDesign(design, 'LR').users; // { x: 0, y: 52 } — the clients in the first layer
 */
export function layoutDesign(d: Pick<Design, 'components' | 'connections' | 'layout'>, dir: LayoutDirection): Positions {
  const g = new Graph();
  g.setGraph({ rankdir: dir, nodesep: dir === 'LR' ? 24 : 20, ranksep: dir === 'LR' ? 44 : 36, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const c of d.components) g.setNode(c.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const ids = new Set(d.components.map((c) => c.id));
  for (const a of d.connections) if (ids.has(a.from) && ids.has(a.to)) g.setEdge(a.from, a.to);
  layout(g);
  const out: Positions = {};
  for (const c of d.components) {
    const n = g.node(c.id) as { x: number; y: number };
    // dagre gives centres; the canvas places boxes by their top-left corner
    out[c.id] = d.layout?.[c.id] ?? { x: Math.round(n.x - NODE_WIDTH / 2), y: Math.round(n.y - NODE_HEIGHT / 2) };
  }
  return out;
}

/** The box around every component (for exports and fitting the view). */
export function boundsOf(p: Positions): { x: number; y: number; width: number; height: number } {
  const xs = Object.values(p);
  if (xs.length === 0) return { x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT };
  const minX = Math.min(...xs.map((q) => q.x));
  const minY = Math.min(...xs.map((q) => q.y));
  const maxX = Math.max(...xs.map((q) => q.x + NODE_WIDTH));
  const maxY = Math.max(...xs.map((q) => q.y + NODE_HEIGHT));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

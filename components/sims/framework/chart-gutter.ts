import type uPlot from 'uplot';
import { spreadBlocks, wrapLabel } from '@/lib/sim-ui/label-layout';

// The names of a chart's lines, written in a gutter right of the plot (never over the lines), each
// at the height where its line ends and joined to that end by a short stroke in the line's colour.

/** Font of the gutter names, the axis tick labels and the axis titles (CSS px). */
export const LABEL_FONT = '11px system-ui, sans-serif';
export const AXIS_FONT = '12px system-ui, sans-serif';
/** Height of one line of a name, and the room between the plot's edge and the text (CSS px). */
const LINE_PX = 13;
const LEADER_PX = 8;

/** One name in the gutter: its text, its colour and the value where its line ends (null: no point yet). */
export interface GutterLabel {
  text: string;
  color: string;
  /** The y value (in plotted units) the name belongs at, or a function of the plot for the series' last point. */
  at: number | ((u: uPlot) => number | null);
}

let scratch: CanvasRenderingContext2D | null = null;
/** Width of `text` in `font` (CSS px), from a canvas that is never attached. */
export function textWidth(text: string, font: string): number {
  scratch ??= document.createElement('canvas').getContext('2d');
  if (!scratch) return text.length * 6;
  scratch.font = font;
  return scratch.measureText(text).width;
}

/**
 * Width of the gutter for these names on a chart `chartWidth` wide: the widest name, or less when
 * that would leave the plot less than two thirds of the chart (names then wrap onto two lines).
 */
export function gutterWidth(texts: string[], chartWidth: number): { width: number; lines: string[][] } {
  const natural = Math.max(0, ...texts.map((t) => textWidth(t, LABEL_FONT)));
  const room = Math.max(56, Math.floor(chartWidth / 3) - LEADER_PX - 4);
  const max = Math.min(natural, room);
  const lines = texts.map((t) => wrapLabel(t, max, (s) => textWidth(s, LABEL_FONT)));
  const width = Math.ceil(Math.max(0, ...lines.flat().map((l) => textWidth(l, LABEL_FONT))));
  return { width: width > 0 ? width + LEADER_PX + 4 : 0, lines };
}

/** The last non-empty value of series `i` (1-based, as in u.data), or null. */
export function lastValue(u: uPlot, i: number): number | null {
  const ys = u.data[i] as (number | null | undefined)[] | undefined;
  if (!ys) return null;
  for (let k = ys.length - 1; k >= 0; k--) if (ys[k] !== null && ys[k] !== undefined) return ys[k] as number;
  return null;
}

/** Draws the names (already wrapped into `lines`) in the gutter right of the plot. */
export function drawGutter(u: uPlot, labels: GutterLabel[], lines: string[][], dark: boolean): void {
  const dpr = window.devicePixelRatio || 1;
  const shown: { label: GutterLabel; lines: string[]; y: number }[] = [];
  labels.forEach((label, i) => {
    const v = typeof label.at === 'function' ? label.at(u) : label.at;
    if (v === null || !Number.isFinite(v)) return;
    shown.push({ label, lines: lines[i] ?? [label.text], y: u.valToPos(v, 'y', true) });
  });
  if (!shown.length) return;
  const { top, height, left, width } = u.bbox;
  const tops = spreadBlocks(
    shown.map((s) => s.y),
    shown.map((s) => s.lines.length * LINE_PX * dpr),
    top,
    top + height,
  );
  const right = left + width;
  const ctx = u.ctx;
  ctx.save();
  ctx.font = LABEL_FONT.replace(/^\d+px/, `${11 * dpr}px`);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  shown.forEach((s, i) => {
    const blockTop = tops[i] as number;
    const mid = blockTop + (s.lines.length * LINE_PX * dpr) / 2;
    const firstMid = blockTop + (LINE_PX * dpr) / 2;
    // the stroke runs from the line's end to the name's first line
    ctx.strokeStyle = s.label.color;
    ctx.lineWidth = 1.5 * dpr;
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(right + 1 * dpr, Math.min(Math.max(s.y, top), top + height));
    ctx.lineTo(right + (LEADER_PX - 2) * dpr, s.lines.length > 1 ? mid : firstMid);
    ctx.stroke();
    ctx.fillStyle = dark ? '#e2e8f0' : '#1e293b';
    s.lines.forEach((text, k) => ctx.fillText(text, right + LEADER_PX * dpr, firstMid + k * LINE_PX * dpr));
  });
  ctx.restore();
}

import type uPlot from 'uplot';
import type { GuessMark } from './guess-mark';

/** The learner's guess: violet (the Predict box's colour), long dashes; ≥ 7:1 on either theme. */
export const GUESS_DASH = [12, 5];
export const guessColor = (dark: boolean) => (dark ? '#c4b5fd' : '#6d28d9');

/** The name of the guess line, written in the chart's gutter with the other lines' names. */
export const guessLabel = (mark: GuessMark) => `your guess ${mark.text}`;

/** A dashed line across the plot at the guess (its name goes in the gutter, see chart-gutter.ts). */
export function drawGuess(u: uPlot, mark: GuessMark, dark: boolean) {
  const ctx = u.ctx;
  const dpr = window.devicePixelRatio || 1;
  const y = Math.round(u.valToPos(mark.plotted, 'y', true));
  const { left, width } = u.bbox;
  ctx.save();
  ctx.strokeStyle = guessColor(dark);
  ctx.lineWidth = 2 * dpr;
  ctx.setLineDash(GUESS_DASH.map((d) => d * dpr));
  ctx.beginPath();
  ctx.moveTo(left, y);
  ctx.lineTo(left + width, y);
  ctx.stroke();
  ctx.restore();
  // States on the chart box what was drawn and that it lies inside the plot (the y range includes it).
  const inside = y >= u.bbox.top - 1 && y <= u.bbox.top + u.bbox.height + 1;
  const box = u.root.parentElement;
  if (box) box.dataset.guessDrawn = inside ? mark.text : '';
}

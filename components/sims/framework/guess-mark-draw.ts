import type uPlot from 'uplot';
import type { GuessMark } from './guess-mark';

/** The learner's guess: violet (the Predict box's colour), long dashes; ≥ 7:1 on either theme. */
export const GUESS_DASH = [12, 5];
export const guessColor = (dark: boolean) => (dark ? '#c4b5fd' : '#6d28d9');

/** A dashed line across the plot at the guess, named "your guess 45 %" at its left end. */
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
  const text = `your guess ${mark.text}`;
  ctx.setLineDash([]);
  ctx.font = `600 ${11 * dpr}px system-ui, sans-serif`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  const x = left + 4 * dpr;
  // Above the line, or below it when the line runs along the top of the plot.
  const textY = y - 12 * dpr < u.bbox.top ? y + 15 * dpr : y - 3 * dpr;
  const w = ctx.measureText(text).width;
  ctx.fillStyle = dark ? 'rgba(2,6,23,0.85)' : 'rgba(255,255,255,0.85)';
  ctx.fillRect(x - 2 * dpr, textY - 12 * dpr, w + 4 * dpr, 13 * dpr);
  ctx.fillStyle = guessColor(dark);
  ctx.fillText(text, x, textY);
  ctx.restore();
  // States on the chart box what was drawn and that it lies inside the plot (the y range includes it).
  const inside = y >= u.bbox.top - 1 && y <= u.bbox.top + u.bbox.height + 1;
  const box = u.root.parentElement;
  if (box) box.dataset.guessDrawn = inside ? mark.text : '';
}

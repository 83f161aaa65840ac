import type { ParamInfo } from '@/lib/sim/params';
import type { UiRange } from './definition';

/** What the slider of a numeric setting offers: its ends and its step. */
export interface SliderRange {
  min: number;
  max: number;
  step: number;
}

/** Picks a slider step: the UI's, the schema's, or 1/100 of the range rounded to a nice number. */
export function sliderStep(field: ParamInfo, min: number, max: number, range?: UiRange): number {
  if (range?.step) return range.step;
  if (field.step) return field.step;
  const raw = (max - min) / 100;
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
}

/**
 * The slider of a numeric setting, as the generated control draws it (widened to include the
 * current value, so a lesson's own starting value is always shown).
 *
 * @example
 * sliderRange(ttlField, { min: 0, max: 60_000, step: 100 }); // { min: 0, max: 60000, step: 100 }
 */
export function sliderRange(field: ParamInfo, range?: UiRange, current?: number): SliderRange {
  const lo = range?.min ?? field.min ?? 0;
  const hi = range?.max ?? field.max ?? 100;
  const min = current === undefined ? lo : Math.min(lo, current);
  const max = current === undefined ? hi : Math.max(hi, current);
  return { min, max, step: sliderStep(field, min, max, range) };
}

/** True when `value` is a position the slider can reach (on its step grid, within its ends). */
export function onSlider(r: SliderRange, value: number): boolean {
  if (value < r.min - 1e-9 || value > r.max + 1e-9) return false;
  const k = (value - r.min) / r.step;
  return Math.abs(k - Math.round(k)) < 1e-6 || Math.abs(value - r.max) < 1e-9;
}

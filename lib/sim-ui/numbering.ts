import type { UiRange } from './definition';

/**
 * People count servers from 1; the engine indexes them from 0. Every name and control on the page
 * goes through these helpers, so the conversion happens at the UI boundary and nowhere else.
 */

/**
 * A server's name as the learner reads it: engine index 0 is "server 1".
 *
 * @example
 * serverName(0); // "server 1"
 * serverName(-1); // "no server"
 */
export function serverName(index: number, noun = 'server'): string {
  return index < 0 ? `no ${noun}` : `${noun} ${index + 1}`;
}

/** The number shown for an engine index (0 → 1). */
export const shownNumber = (index: number): number => index + 1;
/** The engine index for a shown number (1 → 0). */
export const engineIndex = (shown: number): number => shown - 1;

/**
 * The slider range of a control, in the numbers it shows. For an index into a list (`indexInto`),
 * 1 … the current length of that list (e.g. "Fail server" 1–4 with four servers), else the UI range.
 *
 * @example
 * shownRange({ min: 0, max: 31, indexInto: 'servers' }, { servers: 4 }); // { min: 1, max: 4 }
 */
export function shownRange(range: UiRange | undefined, params: Record<string, unknown> | undefined): UiRange | undefined {
  if (!range?.indexInto) return range;
  const length = params?.[range.indexInto];
  const max = typeof length === 'number' && length >= 1 ? length : shownNumber(range.max ?? 0);
  return { min: shownNumber(range.min ?? 0), max, step: 1 };
}

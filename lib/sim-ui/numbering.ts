import type { ParamInfo } from '@/lib/sim/params';
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
 * serverName(null); // "no server" (also for the engine's older −1)
 */
export function serverName(index: number | null, noun = 'server'): string {
  return index === null || index < 0 ? `no ${noun}` : `${noun} ${index + 1}`;
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

/** The parts of a control's props that numbering changes. */
interface IndexControl {
  field: ParamInfo;
  value: unknown;
  onChange: (value: unknown) => void;
  range?: UiRange;
  params?: Record<string, unknown>;
}

/**
 * A control for a 0-based index (`range.indexInto`) as the learner sees it: the value counts from
 * 1, the slider runs 1 … the list's length, and a change is handed back as the engine's index.
 *
 * @example
 * oneBased({ field, value: 0, onChange: set, range: { min: 0, max: 31, indexInto: 'servers' }, params: { servers: 4 } });
 * // value 1, range 1–4; moving it to 4 calls set(3)
 */
export function oneBased<T extends IndexControl>(props: T): T {
  return {
    ...props,
    field: { ...props.field, unit: 'index', min: 1 },
    value: typeof props.value === 'number' ? shownNumber(props.value) : props.value,
    onChange: (v: unknown) => props.onChange(typeof v === 'number' ? engineIndex(v) : v),
    range: shownRange(props.range, props.params),
  };
}

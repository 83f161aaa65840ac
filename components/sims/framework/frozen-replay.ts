import type { ParamInfo } from '@/lib/sim/params';
import type { UiRange } from '@/lib/sim-ui/definition';
import { engineIndex } from '@/lib/sim-ui/numbering';
import { describeControl, sameControl, type FrozenControl, type FrozenInput } from './frozen-input';

/**
 * The settings a learner changed on a figure's server HTML, as model parameters: what the live
 * controls would have passed to the store for the same moves. A slider gives its number (an
 * index slider counts from 1, the engine from 0), a radio or select its option, an "off" box
 * (No limit, No TTL) turns the parameter off, a list box its numbers. Unknown keys are skipped.
 *
 * @example
 * paramPatch([{ param: 'capacity', kind: 'range', name: 'Capacity', value: '1200' }], fields, ui); // { capacity: 1200 }
 */
export function paramPatch(changes: FrozenControl[], fields: ParamInfo[], ui: Partial<Record<string, UiRange>> | undefined): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const c of changes) {
    const field = c.param ? fields.find((f) => f.key === c.param) : undefined;
    if (!field || c.value === undefined) continue;
    if (field.kind === 'boolean' && c.kind === 'checkbox') patch[field.key] = c.checked === true;
    else if (field.kind === 'enum' && (c.kind === 'select' || (c.kind === 'radio' && c.checked))) {
      if (field.options?.includes(c.value)) patch[field.key] = c.value;
    } else if ((field.kind === 'number' || field.kind === 'integer') && c.kind === 'range') {
      const shown = Number(c.value);
      if (Number.isFinite(shown)) patch[field.key] = ui?.[field.key]?.indexInto ? engineIndex(shown) : shown;
    } else if ((field.kind === 'number' || field.kind === 'integer') && c.kind === 'checkbox' && field.optional) {
      // Unticking "off" again needs the slider's number: the slider's own change (if any) carries it.
      if (c.checked) patch[field.key] = undefined;
    } else if (field.kind === 'number-list' && c.kind === 'text') {
      const list = c.value.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
      if (list.every(Number.isFinite)) patch[field.key] = list;
    }
  }
  return patch;
}

/** The element in `root` that is the same control as `control` (for focus and replay). */
function findControl(root: ParentNode, control: FrozenControl): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('input, select, button, textarea, a[href]')) {
    const here = describeControl(el);
    if (here && sameControl(here, control)) return el;
  }
  return null;
}

/** The non-setting controls (Speed) whose changes replay through the live control's own events. */
export function otherChanges(changes: FrozenControl[]): FrozenControl[] {
  return changes.filter((c) => c.param === undefined && c.kind === 'select');
}

/** A store with the action a <Try> uses to apply settings. */
interface SettingsStore {
  getState(): { setParams: (patch: Record<string, unknown>) => void };
}

/**
 * Replays on the live figure what the learner did to its server HTML: settings through the
 * store's setParams (as a <Try> applies them), other selects (Speed) through their own change
 * event, presses on the button of the same name, then focus back on the control that had it.
 *
 * Presses are replayed, not dropped: Skip, Step, Kill server 2 or Play pressed on the server HTML
 * mean the same on the live figure. A press whose button is gone or disabled in the live figure
 * is not forced (e.g. Play while the figure waits for a prediction: the learner sees why).
 */
export function replayFrozenInput(root: HTMLElement, input: FrozenInput, store: SettingsStore, fields: ParamInfo[], ui: Partial<Record<string, UiRange>> | undefined): void {
  const patch = paramPatch(input.changes, fields, ui);
  if (Object.keys(patch).length > 0) store.getState().setParams(patch);
  for (const c of otherChanges(input.changes)) {
    const el = findControl(root, c);
    if (el instanceof HTMLSelectElement && c.value !== undefined && el.value !== c.value) {
      el.value = c.value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  for (const p of input.presses) {
    const el = findControl(root, p);
    if (el instanceof HTMLButtonElement && !el.disabled) el.click();
  }
  const focus = input.focus;
  // Only focus lost with the replaced HTML comes back: never taken from where the learner went since.
  const active = document.activeElement;
  if (focus && (!active || active === document.body || root.contains(active))) findControl(root, focus)?.focus({ preventScroll: true });
}

'use client';

import { createContext } from 'react';

// What a learner did to a lesson figure's server HTML before its code arrived. The frozen HTML
// has real sliders, selects and buttons; without this, a change made there vanished when the
// live figure replaced it. The lazy wrapper records here (this file stays tiny: it is part of the
// lesson's first-load JavaScript) and the live figure replays it (see frozen-replay.ts).

/** One control of a figure, identified as the learner sees it (survives the HTML being replaced). */
export interface FrozenControl {
  /** The model parameter the control sets (`data-param` of its wrapper), if it is a setting. */
  param?: string;
  kind: 'range' | 'select' | 'radio' | 'checkbox' | 'text' | 'button' | 'other';
  /** Accessible name: `Capacity`, `Play`, `Speed`, `Kill server 2`. */
  name: string;
  /** The control's value when it was recorded (a radio's own value; a slider's position). */
  value?: string;
  checked?: boolean;
}

/** Everything recorded on one frozen figure, in the order it happened. */
export interface FrozenInput {
  /** The last state of each control the learner changed, in the order of their last change. */
  changes: FrozenControl[];
  /** The control that had focus last (it gets focus again in the live figure). */
  focus: FrozenControl | null;
  /** Buttons pressed, in order (replayed on the live figure's button of the same name). */
  presses: FrozenControl[];
}

export const emptyFrozenInput = (): FrozenInput => ({ changes: [], focus: null, presses: [] });

/** Whether two records name the same control (a radio group's options are separate controls). */
export function sameControl(a: FrozenControl, b: FrozenControl): boolean {
  if (a.kind !== b.kind) return false;
  if (a.param !== undefined || b.param !== undefined) return a.param === b.param && (a.kind !== 'radio' || a.value === b.value);
  return a.name === b.name;
}

/**
 * Adds a change: a control changed twice keeps only its latest value, moved to the end, so the
 * replay applies the learner's final state in the order they last touched each control.
 */
export function recordChange(input: FrozenInput, control: FrozenControl): FrozenInput {
  // Checking one radio unchecks its siblings: one record per radio group (param) is enough.
  const same = (c: FrozenControl) => (control.kind === 'radio' && c.kind === 'radio' && control.param !== undefined ? c.param === control.param : sameControl(c, control));
  return { ...input, changes: [...input.changes.filter((c) => !same(c)), control] };
}

/** The accessible name of a control, as near as the DOM gives it without a full computation. */
function accessibleName(el: HTMLElement): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const labels = (el as HTMLInputElement).labels;
  const label = labels && labels.length > 0 ? labels[0]?.textContent : null;
  return (label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const KINDS: Record<string, FrozenControl['kind']> = { range: 'range', radio: 'radio', checkbox: 'checkbox', text: 'text', number: 'text' };

/** Describes the control an event came from (null when it is not a control). */
export function describeControl(target: EventTarget | null): FrozenControl | null {
  if (!(target instanceof HTMLElement)) return null;
  const el = target.closest<HTMLElement>('input, select, button, textarea, a[href]');
  if (!el) return null;
  const param = el.closest<HTMLElement>('[data-param]')?.dataset.param;
  const tag = el.tagName.toLowerCase();
  const kind: FrozenControl['kind'] = tag === 'select' ? 'select' : tag === 'button' ? 'button' : tag === 'input' ? (KINDS[(el as HTMLInputElement).type] ?? 'other') : tag === 'textarea' ? 'text' : 'other';
  const value = 'value' in el ? String((el as HTMLInputElement).value) : undefined;
  const checked = kind === 'radio' || kind === 'checkbox' ? (el as HTMLInputElement).checked : undefined;
  return { ...(param ? { param } : {}), kind, name: accessibleName(el), ...(value !== undefined ? { value } : {}), ...(checked !== undefined ? { checked } : {}) };
}

/** Hands what was recorded on the frozen figure to the live one that replaces it (taking it clears it, so it is replayed once). */
export const FrozenInputContext = createContext<(() => FrozenInput) | null>(null);

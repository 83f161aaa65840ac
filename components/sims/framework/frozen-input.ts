'use client';

import { createContext, useEffect, useRef, useState, type RefObject } from 'react';

// What a learner did to a lesson figure's server HTML before its code arrived. The frozen HTML
// has real sliders, selects and buttons; without this, a change made there vanished when the
// live figure replaced it. The lazy wrapper records with useFrozenInput (this file is part of the
// lesson's first-load JavaScript: keep it small, no store, no engine) and the live figure replays
// the record (frozen-replay.ts, loaded with the figure).

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

/** Whether a control of the server HTML was changed by the learner (its value is no longer the one the server wrote). */
function changedSinceServer(c: HTMLInputElement | HTMLSelectElement): boolean {
  if (c instanceof HTMLSelectElement) {
    const options = [...c.options];
    const server = options.find((o) => o.defaultSelected) ?? options[0];
    return server !== undefined && !server.selected;
  }
  if (c.type === 'radio') return c.checked && !c.defaultChecked;
  if (c.type === 'checkbox') return c.checked !== c.defaultChecked;
  // A slider snaps an off-step server value to its nearest step (less than half a step away): not a change.
  if (c.type === 'range') return Math.abs(Number(c.value) - Number(c.defaultValue)) > (Number(c.step) || 1) / 2;
  return c.value !== c.defaultValue;
}

/**
 * Makes the server HTML of a figure answer the learner before its code has arrived: any touch,
 * focus, key or change loads the live figure at once, and what the learner changed, focused or
 * pressed is recorded for the live figure to replay (so an early tap is never silently lost).
 */
export function useFrozenInput(ref: RefObject<HTMLElement | null>, frozen: boolean, loadNow: () => void): () => FrozenInput {
  const recorded = useRef<FrozenInput>(emptyFrozenInput());
  const [take] = useState(() => () => {
    const input = recorded.current;
    recorded.current = emptyFrozenInput();
    return input;
  });
  useEffect(() => {
    const el = ref.current;
    if (!frozen || !el) return;
    // Changes made before this page's JavaScript ran at all: the control differs from its server value.
    for (const c of el.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      if (changedSinceServer(c)) recorded.current = recordChange(recorded.current, describeControl(c)!);
    }
    if (document.activeElement && el.contains(document.activeElement)) recorded.current = { ...recorded.current, focus: describeControl(document.activeElement) };
    if (recorded.current.changes.length > 0 || recorded.current.focus) loadNow();
    let pointerPress: Element | null = null;
    const press = (target: EventTarget | null) => {
      const c = describeControl(target);
      if (c?.kind === 'button') recorded.current = { ...recorded.current, presses: [...recorded.current.presses, c] };
    };
    const on: Record<string, (e: Event) => void> = {
      // A press counts on pointerdown: the live figure may replace the button before the click.
      pointerdown: (e) => {
        pointerPress = e.target instanceof Element ? e.target.closest('button') : null;
        if (pointerPress) press(pointerPress);
        loadNow();
      },
      click: (e) => {
        const button = e.target instanceof Element ? e.target.closest('button') : null;
        if (button && button !== pointerPress) press(button); // Enter or Space on a focused button
        pointerPress = null;
      },
      keydown: loadNow,
      focusin: (e) => {
        recorded.current = { ...recorded.current, focus: describeControl(e.target) };
        loadNow();
      },
      // Focus that leaves the figure is not given back; checked a moment later because the
      // replacement itself can blur the control (the frozen HTML is then detached: keep it).
      focusout: () =>
        setTimeout(() => {
          if (el.isConnected && !el.contains(document.activeElement)) recorded.current = { ...recorded.current, focus: null };
        }),
      input: (e) => {
        const c = describeControl(e.target);
        if (c) recorded.current = recordChange(recorded.current, c);
        loadNow();
      },
    };
    on.change = on.input!;
    for (const [type, handler] of Object.entries(on)) el.addEventListener(type, handler);
    return () => {
      for (const [type, handler] of Object.entries(on)) el.removeEventListener(type, handler);
    };
  }, [ref, frozen, loadNow]);
  return take;
}

'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type ComponentType, type RefObject } from 'react';
import type { SimCatalogEntry } from '../catalog';
import { figureDomId, registerFigureLoader } from './figure-bus';
import { describeControl, emptyFrozenInput, FrozenInputContext, recordChange, type FrozenInput } from './frozen-input';

/** How far below the viewport a simulation starts loading (so it is ready when it arrives). */
export const PRELOAD_MARGIN = '600px 0px';

/** Shown only while a figure's code loads where no server HTML exists (a playground, a client-side navigation). */
export function SimPlaceholder({ entry, title }: { entry: SimCatalogEntry; title?: string }) {
  return (
    <div className="sim-frame not-prose my-8 flex min-h-64 flex-col gap-3 rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900/40">
      <p className="text-lg font-semibold text-slate-800 dark:text-slate-200">{title ?? entry.title}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">Interactive simulation: loading. {entry.summary}</p>
    </div>
  );
}

type SimComponent = ComponentType<Record<string, unknown>>;
type SimModule = { default: SimComponent };
type Load = () => Promise<SimModule>;

const noChanges = () => () => {};

/** True during hydration (the server HTML is on the page), false in any later client render. */
function useHydrating(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => false,
    () => true,
  );
}

/** Calls `onNear` once, when `ref` comes within the preload margin (or a <Try> asks for the figure). */
function useNear(ref: RefObject<HTMLElement | null>, figureId: string | undefined, onNear: () => void, now: boolean) {
  useEffect(() => {
    let fired = false;
    const fire = () => {
      if (fired) return;
      fired = true;
      onNear();
    };
    const stop = figureId ? registerFigureLoader(figureId, fire) : () => {};
    const el = ref.current;
    if (now || !el || typeof IntersectionObserver === 'undefined') {
      fire();
      return stop;
    }
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire(), { rootMargin: PRELOAD_MARGIN });
    io.observe(el);
    return () => {
      io.disconnect();
      stop();
    };
  }, [ref, figureId, onNear, now]);
}

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
function useFrozenInput(ref: RefObject<HTMLElement | null>, frozen: boolean, loadNow: () => void): () => FrozenInput {
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

/**
 * Wraps a simulation for lessons. The server renders the figure's first state from the
 * deterministic engine (real HTML, readable without JavaScript). The browser leaves that HTML
 * untouched (not hydrated) until the figure nears the viewport or the learner touches it; then its
 * code (engine, charts and all) loads and the live figure, whose first render is the same state,
 * takes its place, with what the learner changed on the server HTML applied (useFrozenInput).
 *
 * @example
 * export const QueueSimLazy = lazySim(entry, () => import('./queue/QueueSim'), typeof window === 'undefined' ? require('./queue/QueueSim') : null);
 */
export function lazySim(entry: SimCatalogEntry, load: Load, serverModule: SimModule | null = null) {
  function LazySimulation(props: Record<string, unknown>) {
    const ref = useRef<HTMLDivElement>(null);
    const figureId = typeof props.id === 'string' ? props.id : undefined;
    const hydrating = useHydrating();
    // Whether this instance mounted over server HTML (a page load) or not (a client-side navigation).
    const [overServerHtml] = useState(hydrating);
    const [Live, setLive] = useState<SimComponent | null>(null);
    const [onNear] = useState(() => {
      let started = false;
      return () => {
        if (started) return;
        started = true;
        void load().then((m) => setLive(() => m.default));
      };
    });
    useNear(ref, figureId, onNear, !overServerHtml);
    const frozenInput = useFrozenInput(ref, overServerHtml && !Live, onNear);
    const wrapper = { 'data-sim': entry.mdxName, id: figureId ? figureDomId(figureId) : undefined, className: 'scroll-mt-20' };
    const Impl = typeof window === 'undefined' ? serverModule?.default : Live;
    if (Impl)
      return (
        <div ref={ref} key="live" {...wrapper}>
          <FrozenInputContext value={frozenInput}>
            <Impl {...props} />
          </FrozenInputContext>
        </div>
      );
    // Keeps the server-rendered figure as it is: React does not touch markup under an empty
    // dangerouslySetInnerHTML while hydrating (the usual way to defer hydration of a subtree).
    if (overServerHtml) return <div ref={ref} key="frozen" {...wrapper} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
    return (
      <div ref={ref} key="placeholder" {...wrapper}>
        <SimPlaceholder entry={entry} title={typeof props.title === 'string' ? props.title : undefined} />
      </div>
    );
  }
  LazySimulation.displayName = `Lazy(${entry.mdxName})`;
  return LazySimulation;
}

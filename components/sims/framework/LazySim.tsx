'use client';

import { startTransition, useEffect, useRef, useState, useSyncExternalStore, type ComponentType, type RefObject } from 'react';
import type { SimCatalogEntry } from '@/lib/content/sim-catalog';
/**
 * The warm-up module, itself loaded on demand: its table of the simulation code's pieces (a chunk
 * list per piece) stays out of a lesson's first-load JavaScript.
 */
const warmUpModule = () => import('../warm-up');
import { figureDomId, registerFigureLoader } from './figure-bus';
import { FrozenInputContext, useFrozenInput } from './frozen-input';

/** How far below the viewport a simulation starts loading (so it is ready when it arrives). */
export const PRELOAD_MARGIN = '600px 0px';

/**
 * Shown only while a figure's code loads where no server HTML exists (a playground, a client-side
 * navigation). `fullPage`: a playground's, a screen tall, so what follows it (the footer) starts
 * below the fold and the loaded instrument, always taller, moves nothing in view.
 */
export function SimPlaceholder({ entry, title, fullPage = false }: { entry: SimCatalogEntry; title?: string; fullPage?: boolean }) {
  return (
    <div className={`sim-frame not-prose my-8 flex flex-col gap-3 rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900/40 ${fullPage ? 'min-h-svh' : 'min-h-64'}`}>
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
        // the shared code first, a piece per task (../warm-up.ts), then the figure's own module
        void warmUpModule()
          .then((w) => w.warmUpSimulations(), () => undefined) // without the warm-up, the figure's import loads it all
          .then(load)
          .then(
            // a transition: React renders the live figure in slices that yield to the browser, so
            // swapping it in does not hold the main thread for the whole render
            (m) => startTransition(() => setLive(() => m.default)),
            () => (started = false), // a failed download is tried again on the next approach or tap
          );
      };
    });
    useNear(ref, figureId, onNear, !overServerHtml);
    useEffect(() => void warmUpModule().then((w) => w.warmUpWhenIdle(), () => undefined), []);
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

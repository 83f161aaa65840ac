'use client';

import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type RefObject } from 'react';
import type { SimCatalogEntry } from '../catalog';
import { figureDomId, registerFigureLoader } from './figure-bus';

/** How far below the viewport a simulation starts loading (so it is ready when it arrives). */
export const PRELOAD_MARGIN = '600px 0px';

/** Shown only if a figure's code is needed before its server-rendered HTML exists (playground). */
export function SimPlaceholder({ entry, title }: { entry: SimCatalogEntry; title?: string }) {
  return (
    <div className="sim-frame not-prose my-8 flex min-h-64 flex-col gap-3 rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900/40">
      <p className="text-lg font-semibold text-slate-800 dark:text-slate-200">{title ?? entry.title}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">Interactive simulation: loading. {entry.summary}</p>
    </div>
  );
}

type SimModule = { default: ComponentType<Record<string, unknown>> };
type Load = () => Promise<SimModule>;

/** A thenable that is already fulfilled: React's lazy() reads it without suspending. */
const resolved = (mod: SimModule) => ({ status: 'fulfilled', value: mod, then: (ok: (m: SimModule) => void) => ok(mod) }) as unknown as Promise<SimModule>;

/** A promise this instance resolves when its figure comes near the viewport (or a <Try> asks for it). */
function useNearGate(ref: RefObject<HTMLElement | null>, figureId: string | undefined) {
  const [gate] = useState(() => {
    let open: () => void = () => {};
    const promise = new Promise<void>((resolve) => (open = resolve));
    return { promise, open };
  });
  useEffect(() => {
    const el = ref.current;
    const stop = figureId ? registerFigureLoader(figureId, gate.open) : () => {};
    if (!el || typeof IntersectionObserver === 'undefined') {
      gate.open();
      return stop;
    }
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && gate.open(), { rootMargin: PRELOAD_MARGIN });
    io.observe(el);
    return () => {
      io.disconnect();
      stop();
    };
  }, [ref, figureId, gate]);
  return gate.promise;
}

/**
 * Wraps a simulation for lessons. The server renders the figure's first state from the
 * deterministic engine (real HTML, readable without JavaScript, the same height it will have),
 * and the browser keeps that HTML until the figure nears the viewport: only then does its code
 * (engine, charts and all) load and hydrate it in place, so nothing on the page moves.
 *
 * @example
 * export const QueueSimLazy = lazySim(entry, () => import('./queue/QueueSim'), typeof window === 'undefined' ? require('./queue/QueueSim') : null);
 */
export function lazySim(entry: SimCatalogEntry, load: Load, serverModule: SimModule | null = null) {
  function LazySimulation(props: Record<string, unknown>) {
    const ref = useRef<HTMLDivElement>(null);
    const figureId = typeof props.id === 'string' ? props.id : undefined;
    const near = useNearGate(ref, figureId);
    // One lazy component per instance: on the server it renders at once (so the HTML is complete);
    // in the browser it waits for `near`, and React leaves the server HTML in place meanwhile.
    const [Impl] = useState(() => lazy(() => (typeof window === 'undefined' ? (serverModule ? resolved(serverModule) : load()) : near.then(load))));
    const title = typeof props.title === 'string' ? props.title : undefined;
    // data-sim marks each embedded simulation for tests and print styles.
    return (
      <div ref={ref} data-sim={entry.mdxName} id={figureId ? figureDomId(figureId) : undefined} className="scroll-mt-20">
        <Suspense fallback={<SimPlaceholder entry={entry} title={title} />}>
          <Impl {...props} />
        </Suspense>
      </div>
    );
  }
  LazySimulation.displayName = `Lazy(${entry.mdxName})`;
  return LazySimulation;
}

'use client';

import { lazy, Suspense, useRef, type ComponentType } from 'react';
import type { SimCatalogEntry } from '../catalog';
import { useSeenOnce } from './viewport';

/** How far below the viewport a simulation starts loading (so it is ready when it arrives). */
export const PRELOAD_MARGIN = '600px 0px';

/** A box of the simulation's own fixed height with its title, shown until the code arrives. */
export function SimPlaceholder({ entry, title }: { entry: SimCatalogEntry; title?: string }) {
  return (
    <div className={`sim-frame not-prose my-8 flex flex-col gap-3 rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900/40 ${entry.frameClass}`}>
      <p className="text-lg font-semibold text-slate-800 dark:text-slate-200">{title ?? entry.title}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">Interactive simulation: loads as you scroll to it. {entry.summary}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Or open it full page in the{' '}
        <a className="underline" href={`/playground/${entry.slug}`}>
          playground
        </a>
        .
      </p>
    </div>
  );
}

/**
 * Wraps a simulation for lessons: renders a same-size placeholder until the spot is near the
 * viewport, then loads the simulation's code (its own chunk: engine, charts and all).
 *
 * @example
 * export const QueueSimLazy = lazySim(entry, () => import('./queue/QueueSim'));
 */
export function lazySim(entry: SimCatalogEntry, load: () => Promise<{ default: ComponentType<Record<string, unknown>> }>) {
  const Impl = lazy(load);
  function LazySimulation(props: Record<string, unknown>) {
    const ref = useRef<HTMLDivElement>(null);
    const show = useSeenOnce(ref, PRELOAD_MARGIN);
    const title = typeof props.title === 'string' ? props.title : undefined;
    // data-sim marks each embedded simulation (placeholder or live) for tests and print styles.
    return (
      <div ref={ref} data-sim={entry.mdxName}>
        {show ? (
          <Suspense fallback={<SimPlaceholder entry={entry} title={title} />}>
            <Impl {...props} />
          </Suspense>
        ) : (
          <SimPlaceholder entry={entry} title={title} />
        )}
      </div>
    );
  }
  LazySimulation.displayName = `Lazy(${entry.mdxName})`;
  return LazySimulation;
}

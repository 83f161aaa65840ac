'use client';

// How a lesson's <Try> reaches a figure by its `id` without importing the simulation code: the
// lazy wrapper registers a "load now" callback, the mounted figure registers its store. Kept free
// of the store and the engine so the lesson's first-load JavaScript stays small.

type Loader = () => void;
const loaders = new Map<string, Loader>();
const stores = new Map<string, unknown>();
const waiting = new Map<string, ((store: unknown) => void)[]>();

/** The lazy wrapper of figure `id` says how to load it at once. */
export function registerFigureLoader(id: string, load: Loader): () => void {
  loaders.set(id, load);
  return () => {
    if (loaders.get(id) === load) loaders.delete(id);
  };
}

/** A mounted figure offers its store (returns the unregister function). */
export function registerFigureStore(id: string, store: unknown): () => void {
  stores.set(id, store);
  for (const resolve of waiting.get(id) ?? []) resolve(store);
  waiting.delete(id);
  return () => {
    if (stores.get(id) === store) stores.delete(id);
  };
}

/** The store of figure `id`, loading the figure first if it has not come into view yet. */
export function requestFigure<T>(id: string): Promise<T> {
  const ready = stores.get(id);
  if (ready) return Promise.resolve(ready as T);
  loaders.get(id)?.();
  return new Promise<T>((resolve) => waiting.set(id, [...(waiting.get(id) ?? []), resolve as (s: unknown) => void]));
}

/** DOM id of the element that wraps figure `id` (what <Try> scrolls to). */
export const figureDomId = (id: string) => `figure-${id}`;

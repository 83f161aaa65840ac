'use client';

import { useEffect, useState } from 'react';
import type { ProgressState, ProgressStore } from '@/lib/progress/store';

interface Loaded {
  store: ProgressStore;
  daily: typeof import('@/lib/practice/daily');
}

let loading: Promise<Loaded> | undefined;

/**
 * The progress store and the daily-work counters, imported on demand after the page is interactive. The
 * store pulls in zod, zustand and FSRS (about 40 kB gzip): pages that only show a badge per chapter
 * (the course map) keep all of that out of their first-load JavaScript.
 */
export function loadProgress(): Promise<Loaded> {
  loading ??= Promise.all([import('@/lib/progress/store'), import('@/lib/practice/daily')]).then(([s, p]) => {
    const store = s.getProgressStore();
    if (!store.persist.hasHydrated()) void store.persist.rehydrate();
    return { store, daily: p };
  });
  return loading;
}

/**
 * A value derived from saved progress, or null until the store has loaded and hydrated (render a
 * same-size placeholder then, so the HTML the server sent never mismatches).
 *
 * @example
 * const read = useLazyProgress((s) => Boolean(s.chaptersRead[slug]));
 */
export function useLazyProgress<T>(derive: (s: ProgressState, daily: Loaded['daily']) => T, deps: readonly unknown[]): T | null {
  const [value, setValue] = useState<{ v: T } | null>(null);
  useEffect(() => {
    let cancelled = false;
    let stop = () => {};
    void loadProgress().then(({ store, daily }) => {
      if (cancelled) return;
      const show = () => {
        if (store.persist.hasHydrated()) setValue({ v: derive(store.getState(), daily) });
      };
      const unsubscribe = store.subscribe(show);
      const stopHydration = store.persist.onFinishHydration(show);
      stop = () => {
        unsubscribe();
        stopHydration();
      };
      show();
    });
    return () => {
      cancelled = true;
      stop();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `derive` is re-created every render; its inputs are `deps`
  }, deps);
  return value ? value.v : null;
}

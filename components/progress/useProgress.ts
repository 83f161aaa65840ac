'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { getProgressStore, type ProgressState } from '@/lib/progress/store';

let started = false;

/** Loads saved progress once per page (the store itself reads it again when another tab changes it). */
function startHydration(): void {
  if (started) return;
  started = true;
  const store = getProgressStore();
  // Already read (a lazy component did it): reading again would drop changes the browser refused to save.
  if (!store.persist.hasHydrated()) void store.persist.rehydrate();
}

function subscribeHydration(onChange: () => void): () => void {
  return getProgressStore().persist.onFinishHydration(onChange);
}

/**
 * True once saved progress has been read. False during the server render and the first client
 * render, so components show a same-size skeleton there and the HTML never mismatches.
 */
export function useProgressHydrated(): boolean {
  useEffect(startHydration, []);
  return useSyncExternalStore(
    subscribeHydration,
    () => getProgressStore().persist.hasHydrated(),
    () => false,
  );
}

/**
 * Reads from the progress store. Select primitives or existing objects (not new arrays/objects),
 * or the component re-renders forever.
 *
 * @example
 * const read = useProgress((s) => s.chaptersRead);
 */
export function useProgress<T>(selector: (s: ProgressState) => T): T {
  return useStore(getProgressStore(), selector);
}

/** The store's actions (stable references). */
export function progressActions(): ProgressState {
  return getProgressStore().getState();
}

'use client';

import { useSyncExternalStore } from 'react';

// One shared clock for every due count on the page, refreshed every 30 s while anything listens.
const REFRESH_MS = 30_000;
let current: Date | null = null;
let timer: number | undefined;
const listeners = new Set<() => void>();

function notify(): void {
  current = new Date();
  for (const l of listeners) l();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (listeners.size === 1) timer = window.setInterval(notify, REFRESH_MS);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.clearInterval(timer);
  };
}

/** Moves the shared clock to now (after a review, so due counts update at once). */
export function refreshNow(): void {
  notify();
}

/**
 * The wall-clock time for due counts: null during the server render and hydration (so the HTML
 * agrees), then the current time, refreshed every 30 s and on {@link refreshNow}.
 */
export function useNow(): Date | null {
  return useSyncExternalStore(
    subscribe,
    () => (current ??= new Date()),
    () => null,
  );
}

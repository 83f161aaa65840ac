'use client';

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StudioState, StudioStore } from './store';

/** The nearest studio's store (one per <Studio>, so a page may hold two). */
export const StudioContext = createContext<StudioStore | null>(null);

/** The store itself, for handlers that read without subscribing. */
export function useStudioApi(): StudioStore {
  const store = useContext(StudioContext);
  if (!store) throw new Error('useStudio must be used inside <Studio>');
  return store;
}

/**
 * Subscribes to a slice of the studio's state.
 *
 * @example
 * const selection = useStudio((s) => s.selection);
 */
export function useStudio<T>(selector: (s: StudioState) => T): T {
  return useStore(useStudioApi(), selector);
}

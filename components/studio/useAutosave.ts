'use client';

import { useEffect, useState } from 'react';
import { writeAutosave, type WriteOutcome } from '@/lib/studio/saves';
import { browserStorage } from './storage';
import type { StudioStore } from './store';

/** Wait after the last change before writing (a slider drag writes once, at its end). */
const AUTOSAVE_DELAY_MS = 400;

/**
 * Saves the design to the browser after every change (debounced, and at once when the page is
 * hidden) and returns the latest outcome, so the studio can say next to the drawing whether the
 * browser kept it. `onOutcome` hears every write (the page-wide save status can listen there).
 */
export function useAutosave(store: StudioStore, key: string | null, onOutcome?: (o: WriteOutcome) => void): WriteOutcome | null {
  const [outcome, setOutcome] = useState<WriteOutcome | null>(null);
  useEffect(() => {
    if (key === null) return;
    let timer: number | null = null;
    const save = () => {
      const o = writeAutosave(browserStorage(), key, store.getState().design);
      setOutcome(o);
      onOutcome?.(o);
    };
    /** Writes a pending change now. */
    const flush = () => {
      if (timer === null) return;
      window.clearTimeout(timer);
      timer = null;
      save();
    };
    const unsub = store.subscribe((s, prev) => {
      if (s.revision === prev.revision) return;
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        timer = null;
        save();
      }, AUTOSAVE_DELAY_MS);
    });
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      unsub();
      window.removeEventListener('pagehide', onHide);
      flush();
    };
  }, [store, key, onOutcome]);
  return outcome;
}

'use client';

import { useEffect, useState, type RefObject } from 'react';

// Kept apart from ./hooks (which reaches the simulation store and the engine) so that the lazy
// wrappers on lesson pages stay tiny: the engine loads only when a simulation comes into view.

/** Becomes true the first time `ref` comes within `margin` of the viewport, and stays true. */
export function useSeenOnce(ref: RefObject<Element | null>, margin: string): boolean {
  // Starts false on the server and the first client render alike (no hydration mismatch).
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || seen) return;
    if (typeof IntersectionObserver === 'undefined') {
      // Very old browsers: show the simulation right after hydration.
      const t = setTimeout(() => setSeen(true));
      return () => clearTimeout(t);
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          io.disconnect();
        }
      },
      { rootMargin: margin },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref, margin, seen]);
  return seen;
}

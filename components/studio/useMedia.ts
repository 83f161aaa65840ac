'use client';

import { useSyncExternalStore } from 'react';

/**
 * True while a media query matches (false on the server: the studio renders only in the browser).
 *
 * @example
 * const phone = useMedia('(max-width: 639px)');
 */
export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (cb) => {
      const m = window.matchMedia(query);
      m.addEventListener('change', cb);
      return () => m.removeEventListener('change', cb);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

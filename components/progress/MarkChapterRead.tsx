'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * Marks the chapter read when the reader reaches the end of the lesson (this element scrolls into
 * view). The progress store is imported on demand, after the page is interactive, so it is not
 * part of the lesson's first-load JavaScript. The line keeps its height whether or not it has
 * text, so nothing shifts.
 */
export function MarkChapterRead({ slug }: { slug: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [read, setRead] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    let observer: IntersectionObserver | undefined;
    void import('@/lib/progress/store').then(({ getProgressStore }) => {
      if (cancelled) return;
      const store = getProgressStore();
      const show = () => setRead(store.persist.hasHydrated() && Boolean(store.getState().chaptersRead[slug]));
      unsubscribe = store.subscribe(show);
      const stopHydration = store.persist.onFinishHydration(show);
      const prev = unsubscribe;
      unsubscribe = () => {
        prev();
        stopHydration();
      };
      if (!store.persist.hasHydrated()) void store.persist.rehydrate();
      show();
      const el = ref.current;
      if (!el || typeof IntersectionObserver === 'undefined') return;
      observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          store.getState().markChapterRead(slug);
          observer?.disconnect();
        }
      });
      observer.observe(el);
    });
    return () => {
      cancelled = true;
      unsubscribe();
      observer?.disconnect();
    };
  }, [slug]);
  return (
    <p ref={ref} className="no-print mt-10 h-6 text-sm leading-6 text-emerald-800 dark:text-emerald-300" role="status">
      {read ? '✓ Chapter read. Its questions are in your review deck.' : ''}
    </p>
  );
}

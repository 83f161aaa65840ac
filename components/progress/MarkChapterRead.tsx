'use client';

import { useEffect, useRef } from 'react';
import { progressActions, useProgress, useProgressHydrated } from './useProgress';

/**
 * Marks the chapter read when the reader reaches the end of the lesson (this element scrolls into
 * view). The line below keeps its height whether or not it has text, so nothing shifts.
 */
export function MarkChapterRead({ slug }: { slug: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const hydrated = useProgressHydrated();
  const read = useProgress((s) => Boolean(s.chaptersRead[slug]));
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        progressActions().markChapterRead(slug);
        observer.disconnect();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [slug]);
  return (
    <p ref={ref} className="no-print mt-10 h-6 text-sm leading-6 text-emerald-800 dark:text-emerald-300" role="status">
      {hydrated && read ? '✓ Chapter read. Its questions are in your review deck.' : ''}
    </p>
  );
}

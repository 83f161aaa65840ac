'use client';

import { useEffect, useRef, useState } from 'react';
import { isPlausiblyRead, minimumReadingMs, ReadingClock } from '@/lib/progress/reading';
import type { ProgressStore } from '@/lib/progress/store';
import { NotSaved, useSaveReport } from './NotSaved';

const TICK_MS = 1_000;
const SAVE_EVERY_MS = 15_000;
const ACTIVITY = ['scroll', 'keydown', 'pointerdown', 'touchstart', 'wheel'] as const;
const button =
  'inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-900';

/**
 * The end of a lesson: marks the chapter read once the learner has plausibly read it — reached
 * this line after spending time on the page in proportion to the chapter's length (see
 * lib/progress/reading.ts) — and offers a button to mark it read (or not read) by hand. Reading
 * time is saved, so a chapter read over two visits counts. The progress store is imported on
 * demand, after the page is interactive, so it is not part of the lesson's first-load JavaScript.
 */
export function MarkChapterRead({ slug, words }: { slug: string; words: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [store, setStore] = useState<ProgressStore | null>(null);
  const [read, setRead] = useState<boolean | null>(null);
  const [endSeenEarly, setEndSeenEarly] = useState(false);
  // Marking read (by hand or by reading) reports here; reading time saved along the way goes to the page-wide alert.
  const { track, failed } = useSaveReport();

  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    void import('@/lib/progress/store').then(({ getProgressStore }) => {
      if (cancelled) return;
      const s = getProgressStore();
      const show = () => {
        if (s.persist.hasHydrated()) setRead(Boolean(s.getState().chaptersRead[slug]));
      };
      const unsubscribe = s.subscribe(show);
      const stopHydration = s.persist.onFinishHydration(() => {
        show();
        setStore(s);
      });
      cleanup = () => {
        unsubscribe();
        stopHydration();
      };
      if (s.persist.hasHydrated()) {
        show();
        setStore(s);
      } else void s.persist.rehydrate();
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [slug]);

  // Read tracking: active time on the page, and whether the learner has reached this line.
  useEffect(() => {
    const el = ref.current;
    if (!store || !el || store.getState().chaptersRead[slug]) return;
    const clock = new ReadingClock(performance.now(), store.getState().readingMs?.[slug] ?? 0);
    let lastSave = performance.now();
    const save = () => {
      lastSave = performance.now();
      store.getState().saveReadingTime(slug, clock.readingMs);
    };
    // Reached the end: this line is on screen or already scrolled past (above the viewport's bottom).
    const endReached = () => el.getBoundingClientRect().top < window.innerHeight;
    const check = () => {
      const now = performance.now();
      clock.tick(now, document.visibilityState === 'visible');
      if (store.getState().chaptersRead[slug]) return;
      const reached = endReached();
      if (isPlausiblyRead({ readingMs: clock.readingMs, endReached: reached }, words)) track(store.getState().markChapterRead(slug));
      else {
        if (reached && clock.readingMs < minimumReadingMs(words)) setEndSeenEarly(true);
        if (now - lastSave >= SAVE_EVERY_MS) save();
      }
    };
    const onActivity = () => clock.activity(performance.now());
    const onHide = () => {
      check();
      if (document.visibilityState === 'hidden') save();
    };
    const timer = window.setInterval(check, TICK_MS);
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true });
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', save);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [store, slug, words, track]);

  return (
    <div ref={ref} className="no-print mt-10 flex min-h-11 flex-wrap items-center gap-x-4 gap-y-2 text-sm" data-testid="chapter-read">
      <p className="leading-6 text-emerald-800 dark:text-emerald-300" role="status">
        {read ? (failed ? 'Marked read on this page only.' : '✓ Chapter read. Its questions are in your review deck.') : ''}
      </p>
      {/* The line's room is kept from the start, so the hint appearing at the end never shifts the page. */}
      <p className="order-last min-h-6 basis-full leading-6 text-slate-700 dark:text-slate-300" aria-live="polite">
        {read === false && endSeenEarly ? 'Finished already? Mark it read when you are done.' : null}
      </p>
      {store && read !== null ? (
        <button
          type="button"
          className={button}
          onClick={() => track(read ? store.getState().markChapterUnread(slug) : store.getState().markChapterRead(slug))}
        >
          {read ? 'Mark as not read' : 'Mark chapter as read'}
        </button>
      ) : null}
      <NotSaved reason={failed} className="order-last basis-full" />
    </div>
  );
}

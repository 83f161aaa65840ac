'use client';

import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { useSim, useSimStoreApi } from './context';
import { claimRefresh, engineTimeLeft } from './frame-share';

export { useSeenOnce } from './viewport';

const REDUCED = '(prefers-reduced-motion: reduce)';

function subscribeReduced(cb: () => void) {
  const mq = window.matchMedia(REDUCED);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
}

/** True when the OS asks for reduced motion (false during server render). */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReduced,
    () => window.matchMedia(REDUCED).matches,
    () => false,
  );
}

/** Whether this simulation animates: the learner's toggle, else the OS preference. */
export function useAnimate(): boolean {
  const prefersReduced = usePrefersReducedMotion();
  const choice = useSim((s) => s.animate);
  return choice ?? !prefersReduced;
}

/** True while `ref` is within `margin` of the viewport. */
export function useInView(ref: RefObject<Element | null>, margin = '0px'): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setInView(true);
      return;
    }
    const io = new IntersectionObserver((entries) => setInView(entries.some((e) => e.isIntersecting)), { rootMargin: margin });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, margin]);
  return inView;
}

function subscribeVisibility(cb: () => void) {
  document.addEventListener('visibilitychange', cb);
  return () => document.removeEventListener('visibilitychange', cb);
}

/** True while the tab is visible. */
export function usePageVisible(): boolean {
  return useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState === 'visible',
    () => true,
  );
}

/** Wall ms between refreshes of text and charts while playing (animation itself runs every frame). */
export const PUBLISH_EVERY_MS = 200;

/**
 * Drives the store with requestAnimationFrame while playing, on screen and the tab is visible.
 * The wall clock lives only here and in ./frame-share.ts: the engine sees sim time = speed × wall
 * delta, within the frame's engine budget.
 */
export function useAnimationLoop(rootRef: RefObject<Element | null>): void {
  const store = useSimStoreApi();
  const playing = useSim((s) => s.playing);
  const inView = useInView(rootRef);
  const visible = usePageVisible();
  const running = playing && inView && visible;
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    let last = performance.now();
    let lastPublish = last;
    const loop = (now: number) => {
      // due numbers wait a frame when another figure refreshed its own in this one (./frame-share.ts)
      const publish = now - lastPublish >= PUBLISH_EVERY_MS && claimRefresh(now);
      if (publish) lastPublish = now;
      store.getState().tick(now - last, publish, engineTimeLeft(now));
      last = now;
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [running, store]);
}


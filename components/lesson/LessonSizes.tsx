'use client';

import { useEffect } from 'react';

/**
 * The blocks of prose the browser may skip while they are off screen (see `.lesson-body` in
 * app/globals.css). Figures are skipped too but not measured here: laying out one server-rendered
 * figure is a long task on a slow phone, and a figure's height is close to its estimate anyway
 * (a figure fits one screen).
 */
export const SKIPPABLE_BLOCKS = '.lesson-body > :not([data-sim])';
/** Class that renders a skippable block for one frame, with the same containment, so its size is taken as it will be. */
const MEASURING = 'cv-measuring';
/** Layout time one batch may take before the rest waits for the next frame (ms of wall time). */
const BATCH_MS = 6;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** When the page is idle (Safari has no requestIdleCallback: a second after load there). */
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1000);
  return () => clearTimeout(id);
};

/**
 * Lets the browser learn every skippable block's real size, a few blocks per frame while the page
 * is idle. A block skipped while off screen (`content-visibility: auto`) counts as an estimate
 * until it has been rendered once; then it keeps its last size (`contain-intrinsic-size: auto`).
 * Until every block has been, a jump to a heading or a figure far down the lesson would land off
 * its target by the sum of the estimates' errors. Runs again after the width changes.
 */
/** Whether this page was reached by the app's router, not loaded at this address. */
function cameByRouter(): boolean {
  const [loaded] = performance.getEntriesByType('navigation');
  return !!loaded && loaded.name !== window.location.href;
}

/** The element the address's #fragment names inside the lesson, if any. */
function hashTarget(): HTMLElement | null {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const el = id ? document.getElementById(id) : null;
  return el?.closest('.lesson-body') ? el : null;
}

export function LessonSizes() {
  useEffect(() => {
    // each sweep has a number; a newer one (after a resize) or leaving the page stops the older
    let current = 0;
    let cancelIdle = () => {};
    /** Blocks not measured yet at this width. */
    let left: HTMLElement[] = [];
    /** Renders `block` now (reading its size lays it out), with its containment, until {@link release}. */
    const render = (block: HTMLElement) => {
      block.classList.add(MEASURING);
      block.getBoundingClientRect();
    };
    /** After the next frame (its end records the sizes), lets the blocks be skipped again. */
    const release = async (batch: HTMLElement[]) => {
      await nextFrame();
      await nextFrame();
      for (const block of batch) block.classList.remove(MEASURING);
    };
    const sweep = async (mine: number) => {
      while (left.length && mine === current) {
        const start = performance.now();
        const batch: HTMLElement[] = [];
        // render blocks until the batch has used its time
        while (left.length && performance.now() - start < BATCH_MS) {
          const block = left.shift()!;
          if (!block.isConnected) continue;
          render(block);
          batch.push(block);
        }
        await release(batch);
      }
    };
    /** Renders every block not measured yet at once (one longer task, asked for by the learner). */
    const measureRest = () => {
      const rest = left.filter((b) => b.isConnected);
      left = [];
      rest.forEach(render);
      return release(rest);
    };
    // A jump within the page before the sweep is done: measure the rest first, so the jump lands
    // where it should.
    const onClick = (e: MouseEvent) => {
      if (!left.length || !(e.target instanceof Element) || !e.target.closest('a[href^="#"]')) return;
      void measureRest();
    };
    document.addEventListener('click', onClick, true);
    const start = () => {
      cancelIdle();
      left = [...document.querySelectorAll<HTMLElement>(SKIPPABLE_BLOCKS)];
      const mine = ++current;
      cancelIdle = whenIdle(() => void sweep(mine));
    };
    start();
    // Arriving from another page at a heading (a search result, a link in another lesson): the
    // router scrolls to it before the blocks near it have their real sizes, and as they render it
    // ends up off its place (450 px down on a phone). Measure the rest now and put it back on top.
    // (A page loaded at that address is left alone: the browser keeps the heading in place itself.)
    let unmounted = false;
    const target = cameByRouter() ? hashTarget() : null;
    if (target) {
      void measureRest().then(() => {
        if (!unmounted && target.isConnected) target.scrollIntoView({ block: 'start', behavior: 'instant' });
      });
    }
    let width = window.innerWidth;
    const onResize = () => {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      start();
    };
    window.addEventListener('resize', onResize);
    return () => {
      unmounted = true;
      current++;
      cancelIdle();
      window.removeEventListener('resize', onResize);
      document.removeEventListener('click', onClick, true);
    };
  }, []);
  return null;
}

// Where a lesson figure sits on the screen: the room below the site's sticky header, whether a
// figure fits in it whole, and how a <Try> scrolls so the picture and the numbers it changes are
// in view together. DOM only, no React: <Try> and the figure frame share it.

/** Space kept between a figure and the header or the bottom of the window (CSS px). */
const MARGIN_PX = 8;

/** Bottom edge of the sticky header, in viewport px (0 without one): what may hide a figure's top. */
export function stickyTop(): number {
  for (const h of document.querySelectorAll('header')) {
    const position = getComputedStyle(h).position;
    if (position === 'sticky' || position === 'fixed') return Math.max(0, h.getBoundingClientRect().bottom);
  }
  return 0;
}

/** Height a figure has to be seen whole: the window below the sticky header. */
export function screenRoom(): number {
  return window.innerHeight - stickyTop();
}

/** True when a figure this tall is seen whole on this screen (with a small margin). */
export function fitsScreen(heightPx: number): boolean {
  return heightPx <= screenRoom() - MARGIN_PX;
}

/**
 * The scroll position that shows figure `fig` for a `<Try>`: the whole figure under the header
 * when it fits (no scroll when it already shows whole); a taller one, whose picture sticks under
 * the header, scrolled so its numbers (and its charts, when they fit too) end at the bottom of
 * the window, right under the picture. Null: stay where you are.
 */
export function tryScrollTarget(fig: HTMLElement): number | null {
  const top = stickyTop();
  const r = fig.getBoundingClientRect();
  const alignTop = window.scrollY + r.top - top - MARGIN_PX;
  if (fitsScreen(r.height)) return r.top >= top && r.bottom <= window.innerHeight ? null : alignTop;
  const picture = fig.querySelector<HTMLElement>('[data-figure-picture]');
  const numbers = fig.querySelector<HTMLElement>('[data-figure-numbers]');
  if (!picture || !numbers) return alignTop;
  const room = window.innerHeight - top - picture.getBoundingClientRect().height;
  const n = numbers.getBoundingClientRect();
  const charts = fig.querySelector<HTMLElement>('[data-figure-charts]')?.getBoundingClientRect();
  const bottom = charts && charts.bottom - n.top <= room - MARGIN_PX ? charts.bottom : n.bottom;
  // Never further than needed: when the numbers already show with the figure's top in place, align the top.
  return Math.max(alignTop, window.scrollY + bottom - window.innerHeight + MARGIN_PX);
}

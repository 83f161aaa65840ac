'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * A thin bar at the top showing how far through the lesson the reader has scrolled. The bar's
 * length is set through the DOM (`style.scale`), not a `style` attribute in the server HTML, which
 * a CSP without `'unsafe-inline'` styles would drop (docs/DEPLOY.md).
 */
export function ReadingProgress() {
  const [progress, setProgress] = useState(0);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const el = document.documentElement;
      const max = el.scrollHeight - el.clientHeight;
      const p = max > 0 ? Math.min(1, Math.max(0, el.scrollTop / max)) : 0;
      if (bar.current) bar.current.style.scale = `${p} 1`;
      setProgress(p);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  const pct = Math.round(progress * 100);
  return (
    <div
      className="reading-progress fixed inset-x-0 top-0 z-40 h-1 bg-transparent"
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
    >
      <div ref={bar} className="h-full origin-left scale-x-0 bg-sky-600 dark:bg-sky-400" />
    </div>
  );
}

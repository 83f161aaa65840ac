'use client';

import { useEffect, useState } from 'react';

/**
 * The wall-clock time, refreshed every `everyMs` (for due counts). Null until mounted, so the
 * server render and the first client render agree.
 */
export function useNow(everyMs = 30_000): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    const tick = () => setNow(new Date());
    tick();
    const id = window.setInterval(tick, everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return now;
}

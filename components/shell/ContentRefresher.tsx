'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Development only: Next does not watch content/ (chapters are read with fs), so this polls the
 * content fingerprint and refreshes the server-rendered page when an instructor saves a chapter.
 */
export function ContentRefresher() {
  const router = useRouter();
  useEffect(() => {
    let last: string | null = null;
    let stopped = false;
    const tick = async () => {
      try {
        const res = await fetch('/content-version.json', { cache: 'no-store' });
        const { version } = (await res.json()) as { version: string };
        if (last !== null && version !== last) router.refresh();
        last = version;
      } catch {
        // dev server restarting; try again next tick
      }
      if (!stopped) setTimeout(tick, 1000);
    };
    void tick();
    return () => {
      stopped = true;
    };
  }, [router]);
  return null;
}

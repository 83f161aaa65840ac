'use client';

import type { Params } from '@/lib/sim-ui/definition';
import { useSim, useSimStoreApi } from './context';

/**
 * The current snapshot of lane `lane`, re-read every animation frame (for pictures that move).
 * Text and charts should use the throttled `s.a.snapshot` instead.
 */
export function useLiveSnapshot<S>(lane: 'a' | 'b' = 'a'): S | null {
  useSim((s) => s.simTimeMs);
  useSim((s) => s.version);
  const s = useSimStoreApi<Params, S>().getState();
  const l = lane === 'a' ? s.a : s.b;
  if (!l) return null;
  return l.runner ? l.runner.snapshot() : l.snapshot;
}

'use client';

import type { LbSnapshot } from '@/lib/sim/models/lb';
import { useSim } from '../framework/context';
import { queueFullDrops } from './definition';

/** Why requests were dropped, in words (queue full vs sent to a dead server before the health check). */
export function DropReasons() {
  useSim((s) => s.version);
  const s = useSim((st) => st.a.snapshot) as LbSnapshot;
  const full = queueFullDrops(s);
  const dead = s.metrics.failed;
  if (full + dead === 0) return <p className="text-sm text-slate-700 dark:text-slate-300">No requests dropped so far.</p>;
  return (
    <p className="text-sm text-slate-800 dark:text-slate-200">
      <strong>{full + dead}</strong> requests dropped: <strong>{full}</strong> found their server’s queue full; <strong>{dead}</strong> were lost with a server that died or were
      sent to it before the health check took it out of rotation.
    </p>
  );
}

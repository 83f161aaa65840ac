'use client';

import type { QueueSnapshot } from '@/lib/sim/models/queue';
import { useSim } from '../framework/context';

/** Reduced motion: the queue's state as plain numbers, updated a few times a second. */
export function QueueStill() {
  useSim((s) => s.version);
  const a = useSim((s) => s.a.snapshot) as QueueSnapshot;
  const b = useSim((s) => s.b?.snapshot) as QueueSnapshot | undefined;
  const line = (s: QueueSnapshot, name: string) => (
    <p>
      {name}
      <strong>{s.queueLength}</strong> jobs waiting; <strong>{s.busyWorkers}</strong> of {s.workers} workers busy.
    </p>
  );
  return (
    <div className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700" aria-label="Queue state">
      {line(a, b ? 'A: ' : '')}
      {b && line(b, 'B: ')}
    </div>
  );
}

'use client';

import type { QueueSnapshot } from '@/lib/sim/models/queue';
import { formatValue, plural } from '@/lib/sim-ui/format';
import { useSim } from '../framework/context';
import { StillNumbers } from '../framework/StillNumbers';
import { QueuePicture } from './QueuePicture';

/**
 * Reduced motion: a still picture of the queue (waiting jobs as boxes, busy workers filled)
 * redrawn only when the numbers are published, a few times a second, with the headline numbers large.
 */
export function QueueStill() {
  useSim((s) => s.version);
  const a = useSim((s) => s.a.snapshot) as QueueSnapshot;
  const b = useSim((s) => s.b?.snapshot) as QueueSnapshot | undefined;
  const lane = (s: QueueSnapshot, name: 'a' | 'b') => (
    <div className="flex flex-col gap-2" key={name}>
      {b && <p className="text-sm font-semibold">Lane {name.toUpperCase()}</p>}
      <QueuePicture lane={name} snapshot={s} />
      <StillNumbers
        lane={b ? `Lane ${name.toUpperCase()}` : undefined}
        items={[
          { label: 'Waiting', value: plural(s.queueLength, 'jobs') },
          { label: 'Workers busy', value: `${s.busyWorkers} of ${s.workers}` },
          { label: 'p99 latency', value: formatValue(s.metrics.p99ResponseMs, 'ms') },
          { label: 'Mean wait', value: formatValue(s.metrics.meanWaitMs, 'ms') },
        ]}
      />
    </div>
  );
  return (
    <div className="flex flex-col gap-4 rounded-md border border-slate-200 p-3 dark:border-slate-700" aria-label="Queue state">
      {lane(a, 'a')}
      {b && lane(b, 'b')}
    </div>
  );
}

'use client';

import { plural } from '@/lib/sim-ui/format';
import type { QueueSnapshot } from '@/lib/sim/models/queue';
import { useLiveSnapshot } from '../framework/useLiveSnapshot';

const MAX_BOXES = 20;
const BOX = 11;

/**
 * Arrivals → waiting room → workers, redrawn every frame: the queue visibly grows and drains.
 * Waiting jobs are orange boxes lined up in front of the workers; a busy worker is a filled
 * circle with a tick, an idle one an empty ring (shape as well as colour).
 */
export function QueuePicture({ lane = 'a', snapshot }: { lane?: 'a' | 'b'; /** A fixed snapshot to draw (the reduced-motion still) instead of the live one. */ snapshot?: QueueSnapshot }) {
  const live = useLiveSnapshot<QueueSnapshot>(lane);
  const s = snapshot ?? live;
  if (!s) return null;
  const shown = Math.min(s.queueLength, MAX_BOXES);
  const workers = Math.min(s.workers, 16);
  const rowH = workers > 8 ? 11 : 20;
  const height = Math.max(70, workers * rowH + 24);
  const mid = height / 2;
  const queueRight = 306;
  const label = `${lane === 'b' ? 'Lane B: ' : ''}${plural(s.queueLength, 'jobs')} waiting, ${s.busyWorkers} of ${plural(s.workers, 'workers')} busy.`;
  return (
    // Drawn 430 units wide so it fits a 390 px phone at a readable size, never scrolling sideways.
    <div role="group" aria-label={lane === 'b' ? 'Lane B picture' : 'Picture'}>
      <svg viewBox={`0 0 430 ${height}`} role="img" aria-label={label} className="mx-auto h-auto max-h-56 w-full max-w-[560px] text-slate-700 dark:text-slate-300">
        <defs>
          <marker id={`q-arrow-${lane}`} markerWidth="8" markerHeight="8" refX="6" refY="4" orient="auto">
            <path d="M0,0 L8,4 L0,8 z" fill="currentColor" />
          </marker>
        </defs>
        <text x="0" y={mid - 8} fontSize="12" fill="currentColor">
          {lane === 'b' ? 'B: arrivals' : 'arrivals'}
        </text>
        <line x1="0" y1={mid} x2="50" y2={mid} stroke="currentColor" strokeWidth="2" markerEnd={`url(#q-arrow-${lane})`} />
        <rect x={queueRight - MAX_BOXES * (BOX + 1) - 6} y={mid - 14} width={MAX_BOXES * (BOX + 1) + 10} height="28" rx="4" fill="none" stroke="currentColor" strokeOpacity="0.35" strokeDasharray="3 3" />
        {Array.from({ length: shown }, (_, i) => (
          <rect key={i} x={queueRight - (i + 1) * (BOX + 1)} y={mid - 10} width={BOX} height="20" rx="2" fill="#E69F00" stroke="#7a5200" />
        ))}
        <text x={queueRight - MAX_BOXES * (BOX + 1) - 4} y={mid + 30} fontSize="12" fill="currentColor">
          waiting: {s.queueLength}
          {s.queueLength > MAX_BOXES ? ` (${MAX_BOXES} drawn)` : ''}
        </text>
        {Array.from({ length: workers }, (_, i) => {
          const busy = i < s.busyWorkers;
          const y = (height - workers * rowH) / 2 + i * rowH + rowH / 2;
          const r = rowH / 2 - 1.5;
          return (
            <g key={i}>
              <line x1={queueRight + 4} y1={mid} x2={340 - r} y2={y} stroke="currentColor" strokeOpacity="0.3" />
              <circle cx="340" cy={y} r={r} fill={busy ? '#0072B2' : 'none'} stroke="#0072B2" strokeWidth="2" />
              {busy && <path d={`M${340 - r / 2} ${y} l${r / 3} ${r / 3} l${r / 2} ${-r / 1.5}`} stroke="white" fill="none" strokeWidth="1.5" />}
            </g>
          );
        })}
        <text x="356" y={mid - 12} fontSize="12" fill="currentColor">
          workers
        </text>
        <text x="356" y={mid + 3} fontSize="12" fill="currentColor">
          {s.busyWorkers}/{s.workers} busy
        </text>
        <text x="356" y={mid + 18} fontSize="11" fill="currentColor">
          ✓ = busy{s.workers > workers ? `, ${workers} drawn` : ''}
        </text>
      </svg>
    </div>
  );
}

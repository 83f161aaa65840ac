'use client';

import type { QueueSnapshot } from '@/lib/sim/models/queue';
import { useLiveSnapshot } from '../framework/useLiveSnapshot';

const MAX_BOXES = 24;

/** Arrivals → waiting room → workers, redrawn every frame: the queue visibly grows and drains. */
export function QueuePicture({ lane = 'a' }: { lane?: 'a' | 'b' }) {
  const s = useLiveSnapshot<QueueSnapshot>(lane);
  if (!s) return null;
  const shown = Math.min(s.queueLength, MAX_BOXES);
  const workers = Math.min(s.workers, 16);
  const rowH = Math.max(14, Math.min(28, 150 / workers));
  const height = Math.max(90, workers * rowH + 20);
  const label = `${lane === 'b' ? 'Lane B: ' : ''}${s.queueLength} jobs waiting, ${s.busyWorkers} of ${s.workers} workers busy.`;
  return (
    <svg viewBox={`0 0 600 ${height}`} role="img" aria-label={label} className="h-auto w-full text-slate-700 dark:text-slate-300">
      <text x="0" y="14" fontSize="12" fill="currentColor">
        {lane === 'b' ? 'B: ' : ''}arrivals
      </text>
      <line x1="0" y1={height / 2} x2="70" y2={height / 2} stroke="currentColor" strokeWidth="2" markerEnd="url(#q-arrow)" />
      <defs>
        <marker id="q-arrow" markerWidth="8" markerHeight="8" refX="6" refY="4" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" fill="currentColor" />
        </marker>
      </defs>
      {Array.from({ length: shown }, (_, i) => (
        <rect key={i} x={360 - (i + 1) * 12} y={height / 2 - 10} width="10" height="20" rx="2" fill="#E69F00" stroke="#7a5200" />
      ))}
      <text x="80" y={height / 2 + 28} fontSize="12" fill="currentColor">
        queue: {s.queueLength}
        {s.queueLength > MAX_BOXES ? ` (${MAX_BOXES} drawn)` : ''}
      </text>
      {Array.from({ length: workers }, (_, i) => {
        const busy = i < s.busyWorkers;
        const y = 10 + i * rowH + rowH / 2;
        return (
          <g key={i}>
            <line x1="372" y1={height / 2} x2="430" y2={y} stroke="currentColor" strokeOpacity="0.3" />
            <circle cx="440" cy={y} r={rowH / 2 - 2} fill={busy ? '#0072B2' : 'none'} stroke="#0072B2" strokeWidth="2" />
            {busy && <path d={`M${436} ${y - 3} l4 3 l-4 3`} stroke="white" fill="none" strokeWidth="1.5" />}
          </g>
        );
      })}
      <text x="460" y={height / 2 - 6} fontSize="12" fill="currentColor">
        workers: {s.busyWorkers}/{s.workers} busy
      </text>
      <text x="460" y={height / 2 + 12} fontSize="12" fill="currentColor">
        (filled = busy)
      </text>
    </svg>
  );
}

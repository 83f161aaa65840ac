'use client';

import { useEffect, useState } from 'react';
import { btnSecondary } from './styles';

/** mm:ss */
export function formatClock(totalSec: number): string {
  const s = Math.max(0, Math.floor(totalSec));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Elapsed time against a target, with pause. Time is measured from wall-clock deltas so a
 * throttled background tab still counts correctly; the bar only animates without reduced motion.
 */
export function InterviewTimer({ targetMin, elapsedMs, running, onToggle }: { targetMin: number; elapsedMs: number; running: boolean; onToggle(): void }) {
  const targetMs = targetMin * 60_000;
  const over = elapsedMs > targetMs;
  const pct = Math.min(100, (elapsedMs / targetMs) * 100);
  return (
    <div className="flex flex-wrap items-center gap-4">
      <div>
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Elapsed</p>
        {/* role=timer is not live by default: screen readers are not interrupted every second */}
        <p role="timer" aria-label={`Elapsed time ${formatClock(elapsedMs / 1000)} of ${targetMin} minutes`} className={`font-mono text-3xl font-semibold tabular-nums ${over ? 'text-amber-800 dark:text-amber-300' : ''}`}>
          {formatClock(elapsedMs / 1000)}
        </p>
      </div>
      <div className="min-w-40 flex-1">
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Target {targetMin} min{over ? ' (over time: wrap up with trade-offs)' : ''}
        </p>
        <div className="mt-1 h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-700" aria-hidden="true">
          <div className={`h-full motion-safe:transition-[width] motion-safe:duration-1000 ${over ? 'bg-amber-600' : 'bg-sky-600 dark:bg-sky-400'}`} style={{ width: `${pct}%` }} />
        </div>
      </div>
      <button type="button" className={btnSecondary} onClick={onToggle} aria-pressed={!running}>
        {running ? 'Pause' : 'Resume'}
      </button>
    </div>
  );
}

/** A pausable stopwatch: elapsed milliseconds, refreshed every second while running. */
export function useStopwatch() {
  const [accMs, setAccMs] = useState(0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (startedAt === null) return;
    const id = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(id);
  }, [startedAt]);
  return {
    elapsedMs: accMs + (startedAt === null ? 0 : Math.max(0, now - startedAt)),
    running: startedAt !== null,
    start() {
      const t = Date.now();
      setStartedAt(t);
      setNow(t);
    },
    pause() {
      if (startedAt === null) return;
      setAccMs((a) => a + (Date.now() - startedAt));
      setStartedAt(null);
    },
    reset() {
      setAccMs(0);
      setStartedAt(null);
    },
  };
}

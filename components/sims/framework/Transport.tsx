'use client';

import { useId, type ReactNode } from 'react';
import { formatSimTime } from '@/lib/sim-ui/format';
import { useSim, useSimStoreApi } from './context';
import { RunProgress } from './RunProgress';

/** Speeds offered (sim ms per wall ms); the largest are the fast-forward settings. */
export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100] as const;

const base = 'inline-flex min-h-10 min-w-10 items-center justify-center gap-1.5 rounded-md border px-3 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';
const btn = `${base} border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800`;
const primaryLook = 'border-sky-700 bg-sky-700 text-white hover:bg-sky-800 dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200';
const primary = `${base} min-w-24 ${primaryLook}`;
/** In a lesson figure: narrower, so the run status and clock beside it stay readable at 390 px. */
const compactPrimary = `inline-flex min-h-10 min-w-20 items-center justify-center gap-1.5 rounded-md border px-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50 ${primaryLook}`;

/** Small playback icons as SVG (system fonts lack some media glyphs). */
const ICONS = {
  play: 'M4 2 L13 8 L4 14 Z',
  pause: 'M3 2 H6.5 V14 H3 Z M9.5 2 H13 V14 H9.5 Z',
  step: 'M3 2 L10 8 L3 14 Z M11 2 H13.5 V14 H11 Z',
  end: 'M1 2 L7 8 L1 14 Z M7 2 L13 8 L7 14 Z M13 2 H15 V14 H13 Z',
  reset: 'M8 2 A6 6 0 1 1 2.3 6 H0.5 L3.5 2.5 L6.5 6 H4.4 A4 4 0 1 0 8 4 Z',
} as const;

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" className="shrink-0">
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

/**
 * Play/pause, step, speed, reset and run-to-end, with the sim clock. `compact`: one row for a
 * lesson figure (no run-to-end). `gate`: what stands in for the buttons while the figure waits
 * for its prediction (the same row, so nothing moves when it is released).
 */
export function Transport({ compact = false, locked = false, gate }: { compact?: boolean; locked?: boolean; gate?: ReactNode }) {
  const id = useId();
  const playing = useSim((s) => s.playing);
  const done = useSim((s) => s.done);
  const busy = useSim((s) => s.busy);
  const speed = useSim((s) => s.speed);
  const { play, pause, step, reset, setSpeed, runToEnd } = useSimStoreApi().getState();
  const speeds = SPEEDS.includes(speed as (typeof SPEEDS)[number]) ? SPEEDS : [...SPEEDS, speed].sort((a, b) => a - b);
  const status = busy ? 'Computing…' : done ? 'Finished' : playing ? 'Running' : 'Paused';
  const icon = compact ? `${base} border-slate-300 bg-white px-0 text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800` : btn;
  return (
    <div className={`no-print flex items-center ${compact ? 'flex-nowrap gap-1.5' : 'flex-wrap gap-2'}`} role="toolbar" aria-label="Simulation playback">
      {gate ?? (
        <>
          <button type="button" className={compact ? compactPrimary : primary} onClick={playing ? pause : play} disabled={busy || locked}>
            <Icon name={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : done ? 'Replay' : 'Play'}
          </button>
          <button type="button" className={icon} onClick={step} disabled={busy || done || locked} aria-label={compact ? 'Step' : undefined} title="Step">
            <Icon name="step" /> {!compact && 'Step'}
          </button>
          {!compact && (
            <button type="button" className={btn} onClick={() => void runToEnd()} disabled={busy || done}>
              <Icon name="end" /> Run to end
            </button>
          )}
          <button type="button" className={icon} onClick={reset} disabled={busy} aria-label={compact ? 'Reset' : undefined} title="Reset">
            <Icon name="reset" /> {!compact && 'Reset'}
          </button>
          {!compact && <RunProgress kind="run" />}
          <label htmlFor={id} className={compact ? 'sr-only' : 'ml-1 text-sm text-slate-700 dark:text-slate-300'}>
            Speed
          </label>
          <select id={id} className={`min-h-10 ${compact ? 'w-16' : ''} rounded-md border border-slate-300 bg-white px-1 text-sm dark:border-slate-600 dark:bg-slate-900`} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {speeds.map((s) => (
              <option key={s} value={s}>
                {s}×{s >= 25 && !compact ? ' (fast)' : ''}
              </option>
            ))}
          </select>
        </>
      )}
      {/* Compact (lesson figures, down to a 390 px phone): status, clock and warm-up each on a line of their own.
          Every part keeps its room whatever it says (never "t = 8 min 3 / s", and no line wraps or unwraps as the warm-up ends). */}
      <p className={`ml-auto min-w-0 text-right font-mono tabular-nums text-slate-700 dark:text-slate-300 ${compact ? 'shrink-0 text-xs leading-[13px]' : 'text-sm'}`}>
        <span role="status" aria-label="Run status" className={compact ? 'block' : 'inline-block min-w-[10ch] whitespace-nowrap text-right'}>
          {status}
        </span>
        {compact ? ' ' : ' · '}
        <SimClock compact={compact} />
      </p>
    </div>
  );
}

/** Simulated time; re-renders at the publish rate, not every frame. The warm-up mark keeps its room while hidden. */
function SimClock({ compact = false }: { compact?: boolean }) {
  useSim((s) => s.version);
  const s = useSimStoreApi().getState();
  const warming = !s.done && s.simTimeMs > 0 && !!s.def.warmingUp?.(s.a.snapshot);
  const time = s.def.formatTime ? s.def.formatTime(s.simTimeMs) : formatSimTime(s.simTimeMs);
  if (compact)
    return (
      <>
        {/* "t = " would not fit beside the buttons at 390 px once the clock passes 10 minutes; screen readers still hear what it is. */}
        <span className="block whitespace-nowrap">
          {!s.def.formatTime && <span className="sr-only">simulated time </span>}
          {time}
        </span>
        <span className={`block whitespace-nowrap ${warming ? '' : 'invisible'}`}>warm-up</span>
      </>
    );
  return (
    <>
      <span className="inline-block min-w-[15ch] whitespace-nowrap">{s.def.formatTime ? time : `t = ${time}`}</span>
      <span className={`whitespace-nowrap ${warming ? '' : 'invisible'}`}> · warm-up (not counted yet)</span>
    </>
  );
}

'use client';

import { useId } from 'react';
import { formatSimTime } from '@/lib/sim-ui/format';
import { useSim, useSimStoreApi } from './context';

/** Speeds offered (sim ms per wall ms); the largest are the fast-forward settings. */
export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100] as const;

const btn =
  'inline-flex min-h-10 min-w-10 items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

/** Play/pause, step, speed, reset and run-to-end, with the sim clock. */
export function Transport() {
  const id = useId();
  const playing = useSim((s) => s.playing);
  const done = useSim((s) => s.done);
  const busy = useSim((s) => s.busy);
  const speed = useSim((s) => s.speed);
  const { play, pause, step, reset, setSpeed, runToEnd } = useSimStoreApi().getState();
  const speeds = SPEEDS.includes(speed as (typeof SPEEDS)[number]) ? SPEEDS : [...SPEEDS, speed].sort((a, b) => a - b);
  const status = busy ? 'Computing…' : done ? 'Finished' : playing ? 'Running' : 'Paused';
  return (
    <div className="no-print flex flex-wrap items-center gap-2" role="toolbar" aria-label="Simulation playback">
      <button type="button" className={`${btn} border-sky-700 bg-sky-700 text-white hover:bg-sky-800 dark:border-sky-500 dark:bg-sky-600 dark:text-white dark:hover:bg-sky-500`} onClick={playing ? pause : play} disabled={busy} aria-pressed={playing}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : done ? 'Replay' : 'Play'}
      </button>
      <button type="button" className={btn} onClick={step} disabled={busy || done}>
        <span aria-hidden="true">⏵|</span> Step
      </button>
      <button type="button" className={btn} onClick={() => void runToEnd()} disabled={busy || done}>
        <span aria-hidden="true">⏭</span> Run to end
      </button>
      <button type="button" className={btn} onClick={reset} disabled={busy}>
        <span aria-hidden="true">↺</span> Reset
      </button>
      <label htmlFor={id} className="ml-1 text-sm text-slate-700 dark:text-slate-300">
        Speed
      </label>
      <select id={id} className="min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-900" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
        {speeds.map((s) => (
          <option key={s} value={s}>
            {s}×{s >= 25 ? ' (fast)' : ''}
          </option>
        ))}
      </select>
      <p className="ml-auto font-mono text-sm tabular-nums text-slate-700 dark:text-slate-300">
        <span role="status" aria-label="Run status">
          {status}
        </span>{' '}
        · <SimClock />
      </p>
    </div>
  );
}

/** Simulated time; re-renders at the publish rate, not every frame. */
function SimClock() {
  useSim((s) => s.version);
  const s = useSimStoreApi().getState();
  return <span>{s.def.formatTime ? s.def.formatTime(s.simTimeMs) : `t = ${formatSimTime(s.simTimeMs)}`}</span>;
}

'use client';

import type { SystemParams } from '@/lib/sim/models/system';
import type { TierId } from '@/lib/sim/models/system-layout';
import { SIZES, STAGES, type Stage } from '@/lib/sim/models/system-schema';
import { useSim, useSimStoreApi } from '../framework/context';

/** What each stage adds, in the learner's words. */
export const STAGE_LABEL: Record<Stage, string> = {
  'one-box': 'one box',
  clones: 'clones behind a balancer',
  sessions: 'sticky or shared sessions',
  replicas: 'read replicas',
  cache: 'a cache',
  queue: 'a job queue for emails',
};

const btn =
  'min-h-9 min-w-9 rounded border border-slate-400 bg-white px-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:opacity-50 dark:border-slate-500 dark:bg-slate-900 dark:hover:bg-slate-800';

function useSetter() {
  const api = useSimStoreApi<SystemParams>();
  return (key: keyof SystemParams & string, value: unknown) => api.getState().setParam(key, value);
}

/** Add the next tier of the course / remove the last one (shown when `stage` is a control). */
export function StageStepper() {
  const stage = useSim((s) => (s.params as SystemParams).stage);
  const show = useSim((s) => s.controls.includes('stage'));
  const busy = useSim((s) => s.busy);
  const set = useSetter();
  if (!show) return null;
  const i = STAGES.indexOf(stage);
  const next = STAGES[i + 1];
  return (
    <div className="no-print flex flex-wrap items-center gap-2" role="group" aria-label="Grow or shrink the architecture">
      <button type="button" className={btn} disabled={!next || busy} onClick={() => next && set('stage', next)}>
        + Add {next ? STAGE_LABEL[next] : 'tier'}
      </button>
      <button type="button" className={btn} disabled={i === 0 || busy} onClick={() => set('stage', STAGES[i - 1])}>
        − Remove {i > 0 ? STAGE_LABEL[stage] : 'tier'}
      </button>
      <span className="text-sm text-slate-700 dark:text-slate-300">
        Stage {i + 1} of {STAGES.length}: {STAGE_LABEL[stage]}
      </span>
    </div>
  );
}

function Counter({ name, k, min, max }: { name: string; k: 'appMachines' | 'replicas' | 'workers'; min: number; max: number }) {
  const value = useSim((s) => (s.params as SystemParams)[k]);
  const busy = useSim((s) => s.busy);
  const set = useSetter();
  return (
    <span className="flex items-center gap-1" role="group" aria-label={name}>
      <button type="button" className={btn} aria-label={`Fewer ${name}`} disabled={value <= min || busy} onClick={() => set(k, value - 1)}>
        −
      </button>
      <span className="min-w-[2ch] text-center font-mono tabular-nums" aria-live="polite">
        {value}
      </span>
      <button type="button" className={btn} aria-label={`More ${name}`} disabled={value >= max || busy} onClick={() => set(k, value + 1)}>
        +
      </button>
    </span>
  );
}

function SizePicker({ name, k }: { name: string; k: 'appSize' | 'dbSize' }) {
  const value = useSim((s) => (s.params as SystemParams)[k]);
  const busy = useSim((s) => s.busy);
  const set = useSetter();
  return (
    <label className="flex items-center gap-1 text-sm">
      {name}
      <select className="min-h-9 rounded border border-slate-400 bg-white px-1 dark:border-slate-500 dark:bg-slate-900" value={value} disabled={busy} onChange={(e) => set(k, e.target.value)}>
        {SIZES.map((s) => (
          <option key={s} value={s}>
            {s.toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Machine counts and sizes inside a tier's box (each shown when its setting is a control). */
export function TierControls({ tier }: { tier: TierId }) {
  const controls = useSim((s) => s.controls);
  const stage = useSim((s) => (s.params as SystemParams).stage);
  const oneBox = stage === 'one-box';
  const has = (k: string) => controls.includes(k);
  const items: React.ReactNode[] = [];
  if (tier === 'app') {
    if (has('appMachines') && !oneBox) items.push(<Counter key="n" name="app clones" k="appMachines" min={1} max={32} />);
    if (has('appSize')) items.push(<SizePicker key="s" name={oneBox ? 'Machine size' : 'Clone size'} k="appSize" />);
  }
  if (tier === 'db' && has('dbSize')) items.push(<SizePicker key="s" name="Size" k="dbSize" />);
  if (tier === 'db' && has('replicas') && STAGES.indexOf(stage) >= STAGES.indexOf('replicas')) items.push(<Counter key="r" name="read replicas" k="replicas" min={0} max={8} />);
  if (tier === 'workers' && has('workers')) items.push(<Counter key="n" name="email workers" k="workers" min={1} max={32} />);
  if (!items.length) return null;
  return <div className="no-print flex flex-wrap items-center gap-2">{items}</div>;
}

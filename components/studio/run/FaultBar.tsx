'use client';

import { useId, useState } from 'react';
import { useSim, useSimStoreApi } from '@/components/sims/framework/context';
import { FAULT_KINDS, type DesignAction, type DesignComponent, type DesignSnapshot } from '@/lib/sim/design';
import { formatDayClock } from '@/lib/sim-ui/day-clock';
import { useStudio } from '../context';
import { btn, select } from '../styles';
import { asDesignAction, asSimAction } from './RunSync';

/** A fault button: what it does to the chosen component, in words. */
interface FaultChoice {
  label: string;
  action: DesignAction;
}

/** The faults this component can suffer now (a kill picks the first machine still up; a revive the first one down). */
function choicesFor(c: DesignComponent, snap: DesignSnapshot | undefined): FaultChoice[] {
  const out: FaultChoice[] = [];
  const machines = snap?.components.find((x) => x.id === c.id)?.machines ?? [];
  const up = machines.findIndex((m) => m.alive);
  const down = machines.findIndex((m) => !m.alive);
  if (FAULT_KINDS['kill-machine'].includes(c.kind) && up >= 0) out.push({ label: `Kill machine ${up + 1}`, action: { type: 'kill-machine', target: c.id, machine: up } });
  if (FAULT_KINDS['revive-machine'].includes(c.kind) && down >= 0) out.push({ label: `Bring machine ${down + 1} back`, action: { type: 'revive-machine', target: c.id, machine: down } });
  if (FAULT_KINDS['restart-cache'].includes(c.kind)) out.push({ label: 'Restart it empty', action: { type: 'restart-cache', target: c.id } });
  if (FAULT_KINDS['fail-primary'].includes(c.kind)) out.push({ label: 'Fail the primary', action: { type: 'fail-primary', target: c.id, shard: 0 } });
  if (FAULT_KINDS.slow.includes(c.kind)) out.push({ label: '3× slower for 1 hour', action: { type: 'slow', target: c.id, factor: 3, hours: 1 } });
  if (FAULT_KINDS.partition.includes(c.kind)) out.push({ label: 'Cut it off for 1 hour', action: { type: 'partition', target: c.id, hours: 1 } });
  return out;
}

/** A fault in the log, in words: "19:30 Kill machine 1 of App servers". */
function logText(a: DesignAction, label: (id: string) => string): string {
  switch (a.type) {
    case 'kill-machine':
      return `machine ${a.machine + 1} of ${label(a.target)} killed`;
    case 'revive-machine':
      return `machine ${a.machine + 1} of ${label(a.target)} back`;
    case 'restart-cache':
      return `${label(a.target)} restarted empty`;
    case 'fail-primary':
      return `the primary of ${label(a.target)} failed`;
    case 'slow':
      return `${label(a.target)} ${a.factor}× slower for ${a.hours} h`;
    case 'partition':
      return `${label(a.target)} cut off for ${a.hours} h`;
    case 'surge':
      return `traffic × ${a.multiplier} for ${a.hours} h`;
  }
}

/**
 * "Break it": the faults the chosen component can have, applied at the current simulated time on
 * every lane and kept in the run's log (share links carry it; Run to end replays it exactly).
 */
export function FaultBar() {
  const id = useId();
  const api = useSimStoreApi<Record<string, unknown>, DesignSnapshot>();
  useSim((s) => s.version);
  const done = useSim((s) => s.done);
  const busy = useSim((s) => s.busy);
  const actions = useSim((s) => s.actions);
  const design = useStudio((s) => s.design);
  const targets = design.components.filter((c) => c.kind !== 'client' && c.kind !== 'lb');
  const [picked, setPicked] = useState('');
  const target = targets.find((c) => c.id === picked) ?? targets[0];
  const s = api.getState();
  const choices = target ? choicesFor(target, (s.b ?? s.a).snapshot) : [];
  const label = (x: string) => design.components.find((c) => c.id === x)?.label ?? x;
  const dayMs = (s.params as { design: { run: { dayMs: number } } }).design.run.dayMs;
  const act = (a: DesignAction) => api.getState().act(asSimAction(a));
  const off = done || busy;
  return (
    <section aria-labelledby={`${id}-h`} className="flex flex-col gap-2 rounded-md border border-slate-300 p-3 dark:border-slate-600">
      <h3 id={`${id}-h`} className="text-sm font-semibold">
        Break it
      </h3>
      <p className="text-xs text-slate-700 dark:text-slate-300">{done ? 'The day is over: press Replay (or Reset) and break it while it runs.' : 'A fault happens now, at the run’s current time; Run to end replays it exactly.'}</p>
      {targets.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={id} className="text-sm">
            Component
          </label>
          <select id={id} className={select} value={target?.id ?? ''} onChange={(e) => setPicked(e.target.value)}>
            {targets.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          {choices.map((c) => (
            <button key={c.label} type="button" className={btn} disabled={off} aria-label={`${c.label} of ${target?.label}`} onClick={() => act(c.action)}>
              {c.label}
            </button>
          ))}
        </div>
      )}
      <button type="button" className={`${btn} self-start`} disabled={off} onClick={() => act({ type: 'surge', multiplier: 3, hours: 1 })}>
        Traffic surge: 3× for 1 hour
      </button>
      {actions.length > 0 && (
        <ol className="text-sm" aria-label="Faults applied">
          {actions.map((a, i) => (
            <li key={i}>
              <span className="font-mono tabular-nums">{formatDayClock((a.atMs / dayMs) * 24)}</span> {logText(asDesignAction(a.action), label)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

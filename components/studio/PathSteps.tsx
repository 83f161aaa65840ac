'use client';

import { useId, useState } from 'react';
import type { Design, PathStep, RequestClass } from '@/lib/sim/design/schema';
import { addStep, moveStep, removeStep, updateStep } from '@/lib/studio/edit';
import { issuesFor, type StudioIssue } from '@/lib/studio/issues';
import { OP_LABELS, STEP_RULES } from '@/lib/studio/steps';
import { useStudioApi } from './context';
import { Problems } from './Problems';
import { btn, select, smallBtn } from './styles';

/** One step: where it goes, what it does there, how long it takes, and its place in the path. */
function StepRow({ k, i, step, design, issues }: { k: RequestClass; i: number; step: PathStep; design: Design; issues: StudioIssue[] }) {
  const api = useStudioApi();
  const id = useId();
  const comp = design.components.find((c) => c.id === step.to);
  const rule = comp && comp.kind !== 'client' ? STEP_RULES[comp.kind] : null;
  const set = (patch: Partial<PathStep>, coalesce?: string) => api.getState().apply(updateStep(api.getState().design, k.id, i, patch), coalesce ? { coalesce } : {});
  const n = i + 1;
  const mine = issuesFor(issues, { type: 'class', id: k.id, step: i });
  return (
    <li className={`flex flex-col gap-1 rounded-md border p-1.5 ${mine.length ? 'border-rose-700 dark:border-rose-400' : 'border-slate-300 dark:border-slate-600'}`}>
      <div className="flex items-center gap-1.5">
        <span className="w-5 shrink-0 text-right font-mono text-sm font-semibold">{n}.</span>
        <label className="sr-only" htmlFor={`${id}-to`}>
          Step {n} of {k.label}: component
        </label>
        <select id={`${id}-to`} className={`${select} min-w-0 flex-1`} value={step.to} onChange={(e) => set({ to: e.target.value })}>
          {!comp && <option value={step.to}>{step.to} (missing)</option>}
          {design.components
            .filter((c) => c.kind !== 'client')
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
        </select>
        <span className="flex shrink-0 gap-1">
          <button type="button" className={smallBtn} aria-label={`Move step ${n} of ${k.label} earlier`} disabled={i === 0} onClick={() => api.getState().apply(moveStep(api.getState().design, k.id, i, -1))}>
            ↑
          </button>
          <button type="button" className={smallBtn} aria-label={`Move step ${n} of ${k.label} later`} disabled={i === k.path.length - 1} onClick={() => api.getState().apply(moveStep(api.getState().design, k.id, i, 1))}>
            ↓
          </button>
          <button type="button" className={smallBtn} aria-label={`Remove step ${n} of ${k.label}`} onClick={() => api.getState().apply(removeStep(api.getState().design, k.id, i), { note: `Removed step ${n} of '${k.label}'` })}>
            ✕
          </button>
        </span>
      </div>
      {(rule?.ops.length ?? 0) > 1 || (rule && rule.ms !== 'never') ? (
        <div className="flex flex-wrap items-center gap-1.5 pl-6">
          {rule && rule.ops.length > 1 && (
            <>
              <label className="sr-only" htmlFor={`${id}-op`}>
                Step {n}: operation
              </label>
              <select id={`${id}-op`} className={select} value={step.op} onChange={(e) => set({ op: e.target.value as PathStep['op'], ...(e.target.value === 'write' ? { node: undefined } : { onWrite: undefined }) })}>
                {rule.ops.map((o) => (
                  <option key={o} value={o}>
                    {OP_LABELS[o]}
                  </option>
                ))}
              </select>
            </>
          )}
          {rule && rule.ms !== 'never' && (
            <span className="flex items-center gap-1 text-sm">
              <label htmlFor={`${id}-ms`} className="sr-only">
                Step {n}: time here (ms)
              </label>
              <input
                id={`${id}-ms`}
                type="number"
                inputMode="decimal"
                min={0}
                max={600000}
                step={0.5}
                placeholder={rule.ms === 'optional' ? 'auto' : ''}
                className="h-9 w-16 rounded-md border border-slate-400 bg-white px-1 text-right font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
                value={step.ms ?? ''}
                onChange={(e) => {
                  const v = e.target.value === '' ? undefined : Number(e.target.value);
                  if (v === undefined || (Number.isFinite(v) && v >= 0 && v <= 600_000)) set({ ms: v }, `ms:${k.id}:${i}`);
                }}
              />
              <span aria-hidden="true">ms</span>
            </span>
          )}
          {comp?.kind === 'database' && step.op === 'read' && (
            <>
              <label className="sr-only" htmlFor={`${id}-node`}>
                Step {n}: read from
              </label>
              <select id={`${id}-node`} className={select} value={step.node ?? 'primary'} onChange={(e) => set({ node: e.target.value === 'primary' ? undefined : 'replica' })}>
                <option value="primary">primary</option>
                <option value="replica">a replica</option>
              </select>
            </>
          )}
          {(comp?.kind === 'cache' || comp?.kind === 'cdn') && step.op === 'write' && (
            <>
              <label className="sr-only" htmlFor={`${id}-w`}>
                Step {n}: on write
              </label>
              <select id={`${id}-w`} className={select} value={step.onWrite ?? 'invalidate'} onChange={(e) => set({ onWrite: e.target.value as 'invalidate' | 'update' })}>
                <option value="invalidate">invalidate</option>
                <option value="update">update</option>
              </select>
            </>
          )}
        </div>
      ) : null}
      <Problems items={mine} compact />
    </li>
  );
}

/**
 * A class's path as an ordered list of steps (add, reorder, remove), each with what it does at
 * its component, and the validation's words under the step it concerns.
 */
export function PathSteps({ k, design, issues }: { k: RequestClass; design: Design; issues: StudioIssue[] }) {
  const api = useStudioApi();
  const id = useId();
  const options = design.components.filter((c) => c.kind !== 'client');
  // the natural next step: a component the last one has an arrow to
  const last = k.path[k.path.length - 1]?.to ?? design.components.find((c) => c.kind === 'client')?.id;
  const next = design.connections.find((a) => a.from === last && options.some((c) => c.id === a.to))?.to ?? options[0]?.id ?? '';
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = picked && options.some((c) => c.id === picked) ? picked : next;
  return (
    <div className="flex flex-col gap-1.5">
      <ol className="flex flex-col gap-1" aria-label={`Path of ${k.label}`}>
        {k.path.map((s, i) => (
          <StepRow key={i} k={k} i={i} step={s} design={design} issues={issues} />
        ))}
      </ol>
      {options.length > 0 && k.path.length < 16 && (
        <div className="flex flex-wrap items-center gap-1.5">
          <label htmlFor={id} className="text-sm">
            Then
          </label>
          <select id={id} className={`${select} min-w-0`} value={chosen} onChange={(e) => setPicked(e.target.value)}>
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={btn}
            aria-label={`Add step to ${k.label}`}
            onClick={() => {
              setPicked(null);
              api.getState().apply(addStep(api.getState().design, k.id, chosen), { note: `'${k.label}' now visits ${options.find((c) => c.id === chosen)?.label} at step ${k.path.length + 1}` });
            }}
          >
            Add step
          </button>
        </div>
      )}
    </div>
  );
}

'use client';

import { useId, useMemo, useState } from 'react';
import { classSchema, type RequestClass } from '@/lib/sim/design/schema';
import { describeParams } from '@/lib/sim/describe';
import { addClass, normalizeShares, removeClass, updateClass } from '@/lib/studio/edit';
import { issuesFor } from '@/lib/studio/issues';
import { useStudio, useStudioApi } from './context';
import { Field } from './Fields';
import { NumberField } from './NumberField';
import { PathSteps } from './PathSteps';
import { Problems } from './Problems';
import { btn, dangerBtn } from './styles';

/** Route colours' words: the shown route is violet on the canvas, with step numbers on its boxes. */
function ClassCard({ k, index }: { k: RequestClass; index: number }) {
  const api = useStudioApi();
  const id = useId();
  const design = useStudio((s) => s.design);
  const issues = useStudio((s) => s.checked.issues);
  const shown = useStudio((s) => s.routeClass === k.id);
  const fields = useMemo(() => describeParams(classSchema), []);
  const keyFields = useMemo(() => describeParams(classSchema.shape.keys.unwrap()), []);
  const [name, setName] = useState<string | null>(null);
  const set = (patch: Partial<RequestClass>, coalesce: string) => api.getState().apply(updateClass(api.getState().design, k.id, patch), { coalesce: `${k.id}.${coalesce}` });
  const field = (key: string) => fields.find((f) => f.key === key)!;
  return (
    <li className={`flex flex-col gap-2 rounded-lg border-2 p-2 ${shown ? 'border-violet-700 dark:border-violet-300' : 'border-slate-300 dark:border-slate-600'}`}>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium">
            Class {index + 1} name
          </label>
          <input
            id={id}
            className="h-9 rounded-md border border-slate-400 bg-white px-2 text-sm dark:border-slate-500 dark:bg-slate-900"
            value={name ?? k.label}
            maxLength={40}
            onChange={(e) => {
              setName(e.target.value);
              if (e.target.value.trim()) set({ label: e.target.value.trim() }, 'label');
            }}
            onBlur={() => setName(null)}
          />
        </div>
        <button type="button" className={btn} aria-pressed={shown} onClick={() => api.getState().showRoute(shown ? null : k.id)}>
          {shown ? 'Route shown' : 'Show route'}
        </button>
      </div>
      <Problems items={issuesFor(issues, { type: 'class', id: k.id })} compact />
      <NumberField field={field('share')} value={k.share} onChange={(v) => set({ share: v }, 'share')} name={`Share of traffic (${k.label})`} />
      <PathSteps k={k} design={design} issues={issues} />
      <details className="rounded-md border border-slate-300 p-2 dark:border-slate-600">
        <summary className="cursor-pointer text-sm font-medium">Keys, payload and timeout</summary>
        <div className="mt-2 flex flex-col gap-3">
          {keyFields.map((f) => (
            <Field key={f.key} field={f} value={k.keys[f.key as 'count' | 'zipf']} onChange={(v) => set({ keys: { ...k.keys, [f.key]: v } }, `keys.${f.key}`)} />
          ))}
          <Field field={field('payloadBytes')} value={k.payloadBytes} onChange={(v) => set({ payloadBytes: v as number }, 'payload')} />
          <Field
            field={field('timeoutMs')}
            value={k.timeoutMs}
            onChange={(v) => {
              const cur = api.getState().design;
              api.getState().apply({ ...cur, classes: cur.classes.map((x) => (x.id === k.id ? withTimeout(x, v as number | undefined) : x)) }, { coalesce: `${k.id}.timeout` });
            }}
          />
        </div>
      </details>
      <button type="button" className={`${dangerBtn} self-start`} onClick={() => api.getState().applyEdit(removeClass(api.getState().design, k.id))}>
        Remove class {k.label}
      </button>
    </li>
  );
}

/** The class with this timeout (undefined: none, left out of the file). */
function withTimeout(k: RequestClass, timeoutMs: number | undefined): RequestClass {
  const { timeoutMs: _old, ...rest } = k;
  void _old;
  return timeoutMs === undefined ? rest : { ...rest, timeoutMs };
}

/** Request classes and their paths, edited as a list beside the canvas. */
export function ClassList() {
  const api = useStudioApi();
  const h = useId();
  const classes = useStudio((s) => s.design.classes);
  const issues = useStudio((s) => s.checked.issues);
  const general = issuesFor(issues, { type: 'classes' });
  return (
    <section aria-labelledby={h} className="flex min-w-0 flex-col gap-2">
      <h2 id={h} className="text-base font-semibold">
        Request classes and their paths
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">Each class is a kind of request the clients send; its path is the boxes it visits, in order.</p>
      <Problems items={general} />
      {general.some((i) => i.message.includes('shares')) && (
        <button type="button" className={`${btn} self-start`} onClick={() => api.getState().apply(normalizeShares(api.getState().design), { note: 'The shares now add up to 100 %' })}>
          Scale the shares to add up to 100 %
        </button>
      )}
      <ul className="flex flex-col gap-2">
        {classes.map((k, i) => (
          <ClassCard key={k.id} k={k} index={i} />
        ))}
      </ul>
      {classes.length < 8 && (
        <button type="button" className={`${btn} self-start`} onClick={() => api.getState().applyEdit(addClass(api.getState().design))}>
          Add a request class
        </button>
      )}
    </section>
  );
}

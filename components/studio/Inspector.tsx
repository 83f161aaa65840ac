'use client';

import { useId, useMemo, useState } from 'react';
import { KIND_LABELS, type DesignComponent } from '@/lib/sim/design/schema';
import { connect, disconnect, removeComponent, updateComponent } from '@/lib/studio/edit';
import { kindFields } from '@/lib/studio/fields';
import { issuesAtComponent, issuesFor } from '@/lib/studio/issues';
import { useStudio, useStudioApi } from './context';
import { DesignSettings } from './DesignSettings';
import { Fields } from './Fields';
import { KindIcon } from './KindIcon';
import { Problems } from './Problems';
import { btn, dangerBtn } from './styles';

/** The name of a box: a text box that keeps the last good name while it is empty. */
function NameField({ c }: { c: DesignComponent }) {
  const api = useStudioApi();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const empty = text !== null && text.trim() === '';
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Name
      </label>
      <input
        id={id}
        className="h-9 rounded-md border border-slate-400 bg-white px-2 text-sm dark:border-slate-500 dark:bg-slate-900"
        value={text ?? c.label}
        maxLength={40}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? `${id}-e` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim()) api.getState().apply(updateComponent(api.getState().design, c.id, { label: e.target.value.trim() }), { coalesce: `name:${c.id}` });
        }}
        onBlur={() => setText(null)}
      />
      {empty && (
        <span id={`${id}-e`} className="text-xs text-rose-800 dark:text-rose-300">
          A box needs a name; it stays “{c.label}”.
        </span>
      )}
    </div>
  );
}

/** Arrows out of and into a box, each removable, and a way to draw a new one without a mouse. */
function Arrows({ c }: { c: DesignComponent }) {
  const api = useStudioApi();
  const design = useStudio((s) => s.design);
  const id = useId();
  const name = (x: string) => design.components.find((k) => k.id === x)?.label ?? x;
  const out = design.connections.filter((a) => a.from === c.id);
  const into = design.connections.filter((a) => a.to === c.id);
  const targets = design.components.filter((k) => k.id !== c.id && k.kind !== 'client' && !out.some((a) => a.to === k.id));
  const [target, setTarget] = useState<string>('');
  const chosen = targets.some((k) => k.id === target) ? target : (targets[0]?.id ?? '');
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium">Arrows</p>
      <ul className="flex flex-col gap-1 text-sm">
        {[...out.map((a) => ({ a, text: `to ${name(a.to)}` })), ...into.map((a) => ({ a, text: `from ${name(a.from)}` }))].map(({ a, text }) => (
          <li key={`${a.from}→${a.to}`} className="flex items-center justify-between gap-2">
            <span>
              {a.from === c.id ? '→' : '←'} {text}
            </span>
            <span className="flex shrink-0 gap-1.5">
              <button type="button" className={btn} aria-label={`Select the arrow from ${name(a.from)} to ${name(a.to)}`} onClick={() => api.getState().select({ type: 'arrow', from: a.from, to: a.to })}>
                Select
              </button>
              <button type="button" className={btn} aria-label={`Remove the arrow from ${name(a.from)} to ${name(a.to)}`} onClick={() => api.getState().applyEdit(disconnect(api.getState().design, a.from, a.to))}>
                Remove
              </button>
            </span>
          </li>
        ))}
        {out.length + into.length === 0 && <li className="text-slate-700 dark:text-slate-300">None yet.</li>}
      </ul>
      {targets.length > 0 && (
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex min-w-0 flex-col gap-1">
              <label htmlFor={id} className="text-sm">
                Send requests to
              </label>
              <select id={id} className="h-9 max-w-full rounded-md border border-slate-400 bg-white px-1 text-sm dark:border-slate-500 dark:bg-slate-900" value={chosen} onChange={(e) => setTarget(e.target.value)}>
                {targets.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className={btn} onClick={() => chosen && api.getState().applyEdit(connect(api.getState().design, c.id, chosen))}>
              Add arrow
            </button>
          </div>
      )}
    </div>
  );
}

function ComponentSheet({ c }: { c: DesignComponent }) {
  const api = useStudioApi();
  const issues = useStudio((s) => s.checked.issues);
  const design = useStudio((s) => s.design);
  const fields = useMemo(() => kindFields(c.kind), [c.kind]);
  const set = (key: string, v: unknown) => api.getState().apply(updateComponent(api.getState().design, c.id, { [key]: v }), { coalesce: `${c.id}.${key}` });
  const values = c as unknown as Record<string, unknown>;
  return (
    <div className="flex flex-col gap-3">
      <h2 className="flex items-center gap-2 text-base font-semibold">
        <KindIcon kind={c.kind} className="h-5 w-5 text-sky-800 dark:text-sky-300" />
        <span className="min-w-0 truncate">{c.label}</span>
        <span className="text-sm font-normal text-slate-700 dark:text-slate-300">({KIND_LABELS[c.kind]})</span>
      </h2>
      <Problems items={issuesAtComponent(issues, design, c.id)} />
      <NameField c={c} />
      <Fields fields={fields.main} values={values} onChange={set} />
      {fields.more.length > 0 && (
        <details className="rounded-md border border-slate-300 p-2 dark:border-slate-600">
          <summary className="cursor-pointer text-sm font-medium">More settings</summary>
          <div className="mt-2">
            <Fields fields={fields.more} values={values} onChange={set} />
          </div>
        </details>
      )}
      <Arrows c={c} />
      {c.kind !== 'client' && (
        <button type="button" className={dangerBtn} onClick={() => api.getState().applyEdit(removeComponent(api.getState().design, c.id))}>
          Remove {c.label}
        </button>
      )}
    </div>
  );
}

function ArrowSheet({ from, to }: { from: string; to: string }) {
  const api = useStudioApi();
  const design = useStudio((s) => s.design);
  const issues = useStudio((s) => s.checked.issues);
  const name = (x: string) => design.components.find((k) => k.id === x)?.label ?? x;
  const client = design.components.find((c) => c.kind === 'client')?.id;
  const users = design.classes.filter((k) => k.path.some((s, i) => s.to === to && (i === 0 ? client : k.path[i - 1]?.to) === from)).map((k) => `'${k.label}'`);
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-base font-semibold">
        Arrow from {name(from)} to {name(to)}
      </h2>
      <Problems items={issuesFor(issues, { type: 'arrow', from, to })} />
      <p className="text-sm">{users.length ? `Taken by ${users.join(', ')}.` : 'No request class takes this arrow yet.'}</p>
      <p className="text-sm text-slate-700 dark:text-slate-300">To put a component in between (a cache in front of a database, say), pick it from the palette now.</p>
      <button type="button" className={dangerBtn} onClick={() => api.getState().applyEdit(disconnect(api.getState().design, from, to))}>
        Remove this arrow
      </button>
    </div>
  );
}

/** The side sheet (a bottom sheet on a phone): the selected box's or arrow's settings, else the design's. */
export function Inspector() {
  const selection = useStudio((s) => s.selection);
  const c = useStudio((s) => (s.selection?.type === 'component' ? s.design.components.find((x) => x.id === (s.selection as { id: string }).id) : undefined));
  if (selection?.type === 'arrow') return <ArrowSheet from={selection.from} to={selection.to} />;
  if (c) return <ComponentSheet c={c} />;
  return <DesignSettings />;
}

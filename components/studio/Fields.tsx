'use client';

import type { ParamInfo } from '@/lib/sim/describe';
import { isGroup, STUDIO_RANGES, type FieldGroup } from '@/lib/studio/fields';
import { ParamControl } from '../sims/framework/ParamControl';
import { NumberField } from './NumberField';

type Values = Record<string, unknown>;

/** One setting: a number (steppers, slider, box), a choice, or on/off; an optional number gets an "off" box. */
export function Field({ field, value, onChange }: { field: ParamInfo; value: unknown; onChange: (v: unknown) => void }) {
  if (field.kind !== 'number' && field.kind !== 'integer') return <ParamControl field={field} value={value} onChange={onChange} />;
  const range = STUDIO_RANGES[field.key];
  if (!field.optional) return <NumberField field={field} value={typeof value === 'number' ? value : Number(field.default ?? 0)} onChange={onChange} range={range} />;
  const off = value === undefined;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex min-h-8 items-center gap-2 text-sm font-medium">
        <input type="checkbox" className="h-4 w-4 accent-sky-700" checked={!off} onChange={(e) => onChange(e.target.checked ? (range?.min ?? field.min ?? 0) || 1000 : undefined)} />
        {field.label}
      </label>
      {!off && <NumberField field={field} value={value as number} onChange={onChange} range={range} />}
    </div>
  );
}

/** An optional group (a spike, autoscaling): a switch, then its settings while it is on. */
function Group({ group, value, onChange }: { group: FieldGroup; value: unknown; onChange: (v: unknown) => void }) {
  const on = value !== undefined && value !== null;
  const values = (value ?? {}) as Values;
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-slate-300 p-2 dark:border-slate-600">
      <legend className="px-1 text-sm font-medium">
        <label className="flex min-h-8 items-center gap-2">
          <input type="checkbox" className="h-4 w-4 accent-sky-700" checked={on} onChange={(e) => onChange(e.target.checked ? { ...group.defaults } : undefined)} />
          {group.label}
        </label>
      </legend>
      <p className="text-xs text-slate-700 dark:text-slate-300">{group.description}</p>
      {on && group.fields.map((f) => <Field key={f.key} field={f} value={values[f.key]} onChange={(v) => onChange({ ...values, [f.key]: v })} />)}
    </fieldset>
  );
}

/** A list of settings read from a schema, each changing one key of `values`. */
export function Fields({ fields, values, onChange }: { fields: (ParamInfo | FieldGroup)[]; values: Values; onChange: (key: string, v: unknown) => void }) {
  return (
    <div className="flex flex-col gap-3">
      {fields.map((f) =>
        isGroup(f) ? <Group key={f.key} group={f} value={values[f.key]} onChange={(v) => onChange(f.key, v)} /> : <Field key={f.key} field={f} value={values[f.key]} onChange={(v) => onChange(f.key, v)} />,
      )}
    </div>
  );
}

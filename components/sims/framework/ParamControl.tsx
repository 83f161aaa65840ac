'use client';

import { useId, useRef, useState, type TouchEvent } from 'react';
import { optionLabel } from '@/lib/sim/option-label';
import type { ParamInfo } from '@/lib/sim/params';
import { oneBased } from '@/lib/sim-ui/numbering';
import type { UiRange } from '@/lib/sim-ui/definition';
import { formatValue } from '@/lib/sim-ui/format';
import { sliderRange } from '@/lib/sim-ui/slider';

/** Props of one generated control. */
export interface ParamControlProps {
  field: ParamInfo;
  value: unknown;
  onChange: (value: unknown) => void;
  range?: UiRange;
  /** Prefix for the accessible name, e.g. "B lane: ". */
  namePrefix?: string;
  /** All current parameters (an index control's range follows the list it points into). */
  params?: Record<string, unknown>;
  /**
   * A lesson figure's layout: the name (and a slider's value) in a narrow column left of the
   * control, so each setting takes one row and the figure fits one screen.
   */
  dense?: boolean;
}

/** The left column of a dense control: its name, and under it the value (sliders). */
const denseName = 'w-28 shrink-0 leading-tight';

const box = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900';

function unitText(field: ParamInfo, value: number): string {
  if (field.unit === 'fraction') return formatValue(value, '%');
  if (field.key === 'seed' || field.unit === 'index') return String(value);
  return formatValue(value, field.unit);
}

/** A touch on a slider: undecided until it moves; a mostly vertical move is a page scroll. */
interface TouchGesture {
  x: number;
  y: number;
  mode: 'undecided' | 'drag' | 'scroll';
  latest: number | null;
}

/**
 * Touch handling for a range input: a vertical swipe that starts on it scrolls the page (CSS
 * `touch-action: pan-y`) and leaves the value alone; a sideways drag or a tap sets it.
 */
function useSwipeSafeSlider(commit: (v: number) => void) {
  const gesture = useRef<TouchGesture | null>(null);
  const at = (e: TouchEvent) => e.touches[0] ?? e.changedTouches[0];
  return {
    onTouchStart: (e: TouchEvent) => {
      const t = at(e);
      gesture.current = t ? { x: t.clientX, y: t.clientY, mode: 'undecided', latest: null } : null;
    },
    onTouchMove: (e: TouchEvent) => {
      const g = gesture.current;
      const t = at(e);
      if (!g || !t || g.mode !== 'undecided') return;
      const dx = Math.abs(t.clientX - g.x);
      const dy = Math.abs(t.clientY - g.y);
      if (dy > 8 && dy >= dx) g.mode = 'scroll';
      else if (dx > 8) {
        g.mode = 'drag';
        if (g.latest !== null) commit(g.latest);
      }
    },
    onTouchEnd: () => {
      const g = gesture.current;
      gesture.current = null;
      if (g?.mode === 'undecided' && g.latest !== null) commit(g.latest); // a tap
    },
    onTouchCancel: () => {
      gesture.current = null;
    },
    /** Change events while a touch is undecided or scrolling are held back (the value snaps back). */
    hold: (v: number): boolean => {
      const g = gesture.current;
      if (!g || g.mode === 'drag') return false;
      if (g.mode === 'undecided') g.latest = v;
      return true;
    },
  };
}

function NumberControl({ field, value, onChange, range, namePrefix = '', dense = false }: ParamControlProps) {
  const id = useId();
  const off = value === undefined;
  const current = typeof value === 'number' ? value : (range?.min ?? field.min ?? 0);
  const { min, max, step } = sliderRange(field, range, current);
  const [lastOn, setLastOn] = useState(current);
  const commit = (v: number) => {
    setLastOn(v);
    onChange(v);
  };
  const { hold, ...touch } = useSwipeSafeSlider(commit);
  const shown = off ? (field.key === 'queueLimit' ? 'unlimited' : 'off') : unitText(field, current);
  const name = (
    <label htmlFor={id} className="font-medium text-slate-800 dark:text-slate-200">
      {namePrefix}
      {field.label}
    </label>
  );
  const valueText = (
    <output htmlFor={id} className={`font-mono tabular-nums text-slate-700 dark:text-slate-300 ${dense ? 'text-xs' : ''}`}>
      {shown}
    </output>
  );
  return (
    <div className={dense ? 'flex flex-wrap items-center gap-x-3' : 'flex flex-col gap-1'}>
      {dense ? (
        <div className={`flex flex-col text-sm ${denseName}`}>
          {name}
          {valueText}
        </div>
      ) : (
        <div className="flex items-baseline justify-between gap-2 text-sm">
          {name}
          {valueText}
        </div>
      )}
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={current}
        disabled={off}
        aria-valuetext={shown}
        aria-describedby={`${id}-d`}
        {...touch}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (!hold(v)) commit(v);
        }}
        className={`h-8 cursor-pointer accent-sky-700 disabled:cursor-not-allowed disabled:opacity-50 dark:accent-sky-400 ${dense ? 'min-w-0 flex-1' : 'w-full'}`}
      />
      <span id={`${id}-d`} className="sr-only">
        {field.description}
      </span>
      {field.optional && (
        <label className={`flex min-h-8 items-center gap-2 text-sm text-slate-700 dark:text-slate-300 ${dense ? 'basis-full pl-[7.75rem]' : ''}`}>
          <input
            type="checkbox"
            className="h-4 w-4 accent-sky-700 dark:accent-sky-400"
            checked={off}
            onChange={(e) => onChange(e.target.checked ? undefined : lastOn)}
          />
          {namePrefix}
          {field.key === 'queueLimit' ? 'No limit' : `No ${field.label.toLowerCase()}`}
        </label>
      )}
    </div>
  );
}

function EnumControl({ field, value, onChange, namePrefix = '', dense = false }: ParamControlProps) {
  const id = useId();
  const options = field.options ?? [];
  // Dense: the choices sit beside the name when they fit in one row, and move under it as a whole when they do not.
  const radios = (
    <div className={`flex flex-wrap gap-1 ${dense ? '' : 'min-w-0'}`}>
      {options.map((o) => (
        <label
          key={o}
          className="flex min-h-9 cursor-pointer items-center gap-1 rounded-md border border-slate-300 px-2 text-sm has-[:checked]:border-sky-700 has-[:checked]:bg-sky-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600 dark:border-slate-600 dark:has-[:checked]:border-sky-400 dark:has-[:checked]:bg-sky-950"
        >
          <input type="radio" name={id} value={o} checked={value === o} onChange={() => onChange(o)} className="accent-sky-700 dark:accent-sky-400" />
          {optionLabel(field, o)}
        </label>
      ))}
    </div>
  );
  // Dense: the name in the left column, the choices beside it (a legend cannot sit in a row, so a labelled radiogroup).
  if (options.length <= 3 && dense)
    return (
      <div role="radiogroup" aria-labelledby={`${id}-name`} className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span id={`${id}-name`} className={`text-sm font-medium text-slate-800 dark:text-slate-200 ${denseName}`}>
          {namePrefix}
          {field.label}
        </span>
        {radios}
      </div>
    );
  if (options.length <= 3)
    return (
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">
          {namePrefix}
          {field.label}
        </legend>
        {radios}
      </fieldset>
    );
  return (
    <div className={dense ? 'flex items-center gap-x-3' : 'flex flex-col gap-1'}>
      <label htmlFor={id} className={`text-sm font-medium text-slate-800 dark:text-slate-200 ${dense ? denseName : ''}`}>
        {namePrefix}
        {field.label}
      </label>
      <select id={id} value={String(value)} onChange={(e) => onChange(e.target.value)} className={`${box} min-h-9 ${dense ? 'min-w-0 flex-1' : ''}`}>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(field, o)}
          </option>
        ))}
      </select>
    </div>
  );
}

function ListControl({ field, value, onChange, namePrefix = '' }: ParamControlProps) {
  const id = useId();
  const text = Array.isArray(value) ? value.join(', ') : '';
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {namePrefix}
        {field.label} ({field.unit}, comma-separated)
      </label>
      <input
        id={id}
        key={text}
        defaultValue={text}
        inputMode="decimal"
        className={`${box} min-h-9 font-mono`}
        onBlur={(e) => onChange(e.target.value.split(',').map((s) => s.trim()).filter(Boolean).map(Number))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
    </div>
  );
}

/**
 * One control generated from a parameter's schema description: a slider with value and unit for
 * numbers (plus an "off" box when the parameter is optional), radios or a select for choices, a
 * checkbox for on/off, a text box for number lists. Every control has a visible label.
 */
export function ParamControl(props: ParamControlProps) {
  const { field } = props;
  if (field.kind === 'enum') return <EnumControl {...props} />;
  if (field.kind === 'number-list') return <ListControl {...props} />;
  if (field.kind === 'boolean')
    return (
      <label className="flex min-h-9 items-center gap-2 text-sm font-medium">
        <input type="checkbox" className="h-4 w-4 accent-sky-700" checked={!!props.value} onChange={(e) => props.onChange(e.target.checked)} />
        {props.namePrefix}
        {field.label}
      </label>
    );
  // A 0-based engine index (Fail server) is shown and moved 1…N; the engine keeps its index.
  return <NumberControl {...(props.range?.indexInto ? oneBased(props) : props)} />;
}

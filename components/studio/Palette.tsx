'use client';

import { useId } from 'react';
import { COMPONENT_KINDS, KIND_LABELS } from '@/lib/sim/design/schema';
import { useStudio, useStudioApi } from './context';
import { KindIcon } from './KindIcon';

/** Kinds the palette offers: every kind but the clients (a design has exactly one, always there). */
const PALETTE_KINDS = COMPONENT_KINDS.filter((k) => k !== 'client');

/**
 * The palette: one button per component kind. A tap adds one where the selection says: after the
 * selected box (with an arrow from it), into the selected arrow, or on its own.
 */
export function Palette() {
  const api = useStudioApi();
  const h = useId();
  const sel = useStudio((s) => s.selection);
  const components = useStudio((s) => s.design.components);
  const name = (id: string) => components.find((c) => c.id === id)?.label ?? id;
  const where =
    sel?.type === 'component'
      ? { short: `after ${name(sel.id)}`, long: `New boxes go after ${name(sel.id)}, with an arrow from it.` }
      : sel?.type === 'arrow'
        ? { short: `between ${name(sel.from)} and ${name(sel.to)}`, long: `New boxes go into the arrow from ${name(sel.from)} to ${name(sel.to)}.` }
        : components.length === 1
          ? { short: `after ${components[0]!.label}`, long: `New boxes go after ${components[0]!.label}; then after the box you select.` }
          : { short: '', long: 'New boxes stand on their own; select a box first to add after it.' };
  return (
    <section aria-labelledby={h} className="flex min-w-0 flex-col gap-2">
      <h2 id={h} className="text-sm font-semibold">
        Add a component
      </h2>
      {/* two lines reserved, so a longer hint never moves the buttons and the canvas below them */}
      <p className="min-h-8 text-xs text-slate-700 dark:text-slate-300">{where.long}</p>
      <ul className="grid grid-cols-2 gap-1.5 @md:grid-cols-4">
        {PALETTE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="flex min-h-11 w-full items-center gap-2 rounded-md border border-slate-300 bg-white px-2 text-left text-sm font-medium text-slate-800 hover:border-sky-700 hover:bg-sky-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
              aria-label={`Add ${KIND_LABELS[kind]}${where.short ? ` ${where.short}` : ''}`}
              onClick={() => api.getState().addFromPalette(kind)}
            >
              <KindIcon kind={kind} className="h-5 w-5 shrink-0 text-sky-800 dark:text-sky-300" />
              <span className="min-w-0 leading-tight">{KIND_LABELS[kind]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

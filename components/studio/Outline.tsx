'use client';

import { useId } from 'react';
import type { Design, PathStep } from '@/lib/sim/design/schema';
import { componentPhrase } from '@/lib/studio/describe';
import { issuesAtComponent } from '@/lib/studio/issues';
import type { BoxRunState } from './ComponentNode';
import { useStudio, useStudioApi } from './context';

/** A step in words: "App servers (5 ms)", "Database (read a replica, 8 ms)". */
function stepText(d: Design, s: PathStep): string {
  const c = d.components.find((x) => x.id === s.to);
  const parts: string[] = [];
  if (s.op !== 'call') parts.push(s.op === 'read' && s.node === 'replica' ? 'read a replica' : s.op === 'write' && s.onWrite === 'update' ? 'write, update' : s.op);
  if (s.ms !== undefined) parts.push(`${s.ms} ms`);
  return `${c?.label ?? s.to}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/**
 * The drawing in words, for screen readers and anyone who prefers a list: every component with its
 * size, arrows and problems (each a button that selects it), and every class's path.
 */
export function Outline({ runBoxes }: { runBoxes: Record<string, BoxRunState> | null }) {
  const api = useStudioApi();
  const h = useId();
  const design = useStudio((s) => s.design);
  const issues = useStudio((s) => s.checked.issues);
  const selection = useStudio((s) => s.selection);
  const name = (id: string) => design.components.find((c) => c.id === id)?.label ?? id;
  const client = design.components.find((c) => c.kind === 'client');
  return (
    <section aria-labelledby={h} className="flex min-w-0 flex-col gap-2 text-sm">
      <h2 id={h} className="text-base font-semibold">
        Outline
      </h2>
      <ul className="flex flex-col gap-1" aria-label="Components">
        {design.components.map((c) => {
          const to = design.connections.filter((a) => a.from === c.id).map((a) => name(a.to));
          const problems = issuesAtComponent(issues, design, c.id);
          const run = runBoxes?.[c.id];
          const selected = selection?.type === 'component' && selection.id === c.id;
          return (
            <li key={c.id} className="flex flex-wrap items-baseline gap-x-2">
              <button
                type="button"
                aria-pressed={selected}
                className={`rounded text-left font-medium underline-offset-2 hover:underline ${selected ? 'text-sky-800 underline dark:text-sky-300' : ''}`}
                onClick={() => api.getState().select({ type: 'component', id: c.id })}
              >
                {componentPhrase(c)}
              </button>
              <span className="text-slate-700 dark:text-slate-300">
                {to.length ? `→ ${to.join(', ')}` : 'no arrows out'}
                {run ? ` · ${run.text}${run.bottleneck === 'first' ? ' (bottleneck)' : run.bottleneck === 'next' ? ' (next bottleneck)' : ''}` : ''}
                {problems.length ? ` · ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <ul className="flex flex-col gap-1" aria-label="Paths">
        {design.classes.map((k) => (
          <li key={k.id}>
            <span className="font-medium">
              {k.label} ({Math.round(k.share * 1000) / 10} %):
            </span>{' '}
            {k.path.length ? [client?.label ?? 'clients', ...k.path.map((s) => stepText(design, s))].join(' → ') : 'no steps yet'}
          </li>
        ))}
      </ul>
    </section>
  );
}

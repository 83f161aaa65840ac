'use client';

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { KIND_LABELS, type DesignComponent } from '@/lib/sim/design/schema';
import { boxSummary } from '@/lib/studio/describe';
import { KindIcon } from './KindIcon';

/** How a box looks during a run: its utilisation, the words for it, and whether it is the bottleneck. */
export interface BoxRunState {
  /** 0–1 (more is possible while a queue grows); null while nothing was measured yet. */
  utilisation: number | null;
  /** e.g. "96 % busy". */
  text: string;
  bottleneck: 'first' | 'next' | null;
}

/** What a box on the canvas shows. */
export type ComponentNodeData = {
  component: DesignComponent;
  problems: string[];
  /** Step numbers of the shown route at this box ("2", "2, 4"), or null when the route skips it. */
  routeSteps: string | null;
  run: BoxRunState | null;
  vertical: boolean;
};
export type ComponentFlowNode = Node<ComponentNodeData, 'component'>;

/** Fill by utilisation, with the words beside it (colour is never the only cue). */
function heat(u: number | null): string {
  if (u === null) return 'bg-white dark:bg-slate-900';
  if (u >= 0.9) return 'bg-rose-100 dark:bg-rose-950';
  if (u >= 0.7) return 'bg-amber-100 dark:bg-amber-950';
  return 'bg-emerald-50 dark:bg-emerald-950';
}

/** One component on the canvas: icon, name, kind (or its load while running), size, problems. */
function ComponentNodeView({ data, selected }: NodeProps<ComponentFlowNode>) {
  const { component: c, problems, routeSteps, run, vertical } = data;
  const border = problems.length
    ? 'border-rose-700 dark:border-rose-400'
    : selected
      ? 'border-sky-700 dark:border-sky-300'
      : routeSteps
        ? 'border-violet-700 dark:border-violet-300'
        : 'border-slate-500 dark:border-slate-400';
  return (
    <div
      className={`relative flex h-[76px] w-[176px] flex-col justify-between rounded-lg border-2 px-2 py-1.5 text-left text-slate-900 shadow-sm dark:text-slate-100 ${heat(run?.utilisation ?? null)} ${border} ${selected ? 'ring-2 ring-sky-600 ring-offset-1 dark:ring-sky-300' : ''}`}
    >
      <Handle type="target" position={vertical ? Position.Top : Position.Left} className="!h-2.5 !w-2.5 !border-slate-600 !bg-white" />
      <div className="flex min-w-0 items-center gap-1.5">
        <KindIcon kind={c.kind} className="h-5 w-5 shrink-0 text-sky-800 dark:text-sky-300" />
        <span className="truncate text-sm font-semibold">{c.label}</span>
        {routeSteps && (
          <span className="ml-auto shrink-0 rounded bg-violet-700 px-1 font-mono text-[11px] font-semibold text-white dark:bg-violet-300 dark:text-slate-950" title="Steps of the shown route">
            {routeSteps}
          </span>
        )}
      </div>
      <span className="truncate text-xs text-slate-700 dark:text-slate-300">{run ? run.text : KIND_LABELS[c.kind]}</span>
      <span className="flex items-center justify-between gap-1 text-xs text-slate-700 dark:text-slate-300">
        <span className="truncate">{boxSummary(c)}</span>
        {problems.length > 0 && (
          <span className="shrink-0 rounded bg-rose-700 px-1 text-[11px] font-semibold text-white dark:bg-rose-300 dark:text-slate-950">
            {problems.length === 1 ? '1 problem' : `${problems.length} problems`}
          </span>
        )}
        {!problems.length && run?.bottleneck && (
          <span className="shrink-0 rounded bg-slate-900 px-1 text-[11px] font-semibold text-white dark:bg-slate-100 dark:text-slate-950">{run.bottleneck === 'first' ? 'bottleneck' : 'next'}</span>
        )}
      </span>
      <Handle type="source" position={vertical ? Position.Bottom : Position.Right} className="!h-2.5 !w-2.5 !border-slate-600 !bg-white" />
    </div>
  );
}

/** The canvas's one custom node type, declared once outside render (React Flow compares by identity). */
export const NODE_TYPES = { component: memo(ComponentNodeView) };

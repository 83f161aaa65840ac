'use client';

import { useState, type ReactNode } from 'react';
import { setPrediction } from './prediction-bus';
import type { TryProps } from './schemas';

/** The store methods a <Try> uses (typed here so the lesson does not load the store module). */
interface FigureStoreApi {
  getState(): {
    def: { title: string };
    simTimeMs: number;
    setParams: (patch: Record<string, unknown>) => void;
    reset: () => void;
    act: (a: unknown) => void;
    schedule: (e: { atMs: number; action: unknown }) => void;
    play: () => void;
  };
}

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Inline "try this" in a lesson: applies settings and actions to the figure named `figure`, as
 * the learner would with its controls, scrolls the figure into view and says what changed to
 * screen readers. The content check holds `set` and `act` to the figure's controls and ranges.
 *
 * @example
 * <Try figure="ttl" set={{ ttlMs: 200 }}>set the TTL to 200 ms</Try>
 */
export function Try({ figure, set, act, children }: TryProps & { children?: ReactNode }) {
  const [said, setSaid] = useState('');
  async function apply(label: string) {
    const el = document.getElementById(`figure-${figure}`);
    el?.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'nearest' });
    // Loaded on first use: the figure bus and the action parser stay out of the first load.
    const [{ requestFigure }, { parseTryActs }] = await Promise.all([import('@/components/sims/framework/figure-bus'), import('@/lib/sim-ui/action-log')]);
    const gate = el?.querySelector<HTMLElement>('[data-gate]')?.dataset.gate;
    if (gate) setPrediction(gate, { status: 'skipped' });
    const store = await requestFigure<FigureStoreApi>(figure);
    const s = store.getState();
    if (set && Object.keys(set).length) s.setParams(set);
    const acts = act ? parseTryActs(act).acts : [];
    if (acts.some((a) => a.atMs !== undefined && a.atMs < store.getState().simTimeMs)) store.getState().reset();
    for (const a of acts) {
      if (a.atMs === undefined) store.getState().act(a.action);
      else store.getState().schedule({ atMs: a.atMs, action: a.action });
    }
    store.getState().play();
    setSaid(`Applied to “${s.def.title}”: ${label}. The simulation is running.`);
  }
  return (
    <>
      <button
        type="button"
        onClick={(e) => void apply((e.currentTarget.textContent ?? '').replace('▶', '').trim())}
        className="try inline rounded-sm border-b-2 border-dotted border-sky-700 px-0.5 font-medium text-sky-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-sky-300 dark:text-sky-300 dark:hover:bg-sky-950"
      >
        <span aria-hidden="true" className="mr-0.5 text-[0.7em]">
          ▶
        </span>
        {children}
      </button>
      <span role="status" className="sr-only">
        {said}
      </span>
    </>
  );
}

'use client';

import { useState, type ReactNode } from 'react';
import { tryScrollTarget } from './figure-view';
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

/** Brings the figure's picture and its numbers into view together (see tryScrollTarget). */
function showFigure(wrapper: HTMLElement | null) {
  const fig = wrapper?.querySelector<HTMLElement>(':scope > figure') ?? wrapper;
  if (!fig) return;
  const top = tryScrollTarget(fig);
  if (top !== null && Math.abs(top - window.scrollY) > 1) window.scrollTo({ top, behavior: reducedMotion() ? 'auto' : 'smooth' });
}

/**
 * Inline "try this" in a lesson: applies settings and actions to the figure named `figure`, as
 * the learner would with its controls, brings its picture and numbers into view together and
 * says what changed to screen readers. The content check holds `set` and `act` to the figure's
 * controls and ranges.
 *
 * @example
 * <Try figure="ttl" set={{ ttlMs: 200 }}>set the TTL to 200 ms</Try>
 */
export function Try({ figure, set, act, children }: TryProps & { children?: ReactNode }) {
  const [said, setSaid] = useState('');
  async function apply(label: string) {
    const el = document.getElementById(`figure-${figure}`);
    showFigure(el);
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
    // The settings may change the figure's height (16 shards instead of 4): aim again once it has laid out.
    requestAnimationFrame(() => showFigure(document.getElementById(`figure-${figure}`)));
    setSaid(`Applied to “${s.def.title}”: ${label}. The simulation is running.`);
  }
  const run = (el: HTMLElement) => void apply((el.textContent ?? '').replace('▶', '').trim());
  return (
    <>
      {/* An inline element with the button role, not a <button>: a button is an inline block, so a
          link text that wraps would become a centred block splitting its sentence. This one flows
          like words (and still prints, where buttons are hidden). */}
      <span
        role="button"
        tabIndex={0}
        onClick={(e) => run(e.currentTarget)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault(); // Space would scroll the page
          run(e.currentTarget);
        }}
        className="try cursor-pointer rounded-sm border-b-2 border-dotted border-sky-700 px-0.5 font-medium text-sky-800 box-decoration-clone hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-sky-300 dark:text-sky-300 dark:hover:bg-sky-950"
      >
        <span aria-hidden="true" className="mr-0.5 text-[0.7em]">
          ▶
        </span>
        {children}
      </span>
      <span role="status" className="sr-only">
        {said}
      </span>
    </>
  );
}

'use client';

import { usePathname } from 'next/navigation';
import { useContext, useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { ChartDef, MetricDef, SeriesDef } from '@/lib/sim-ui/definition';
import { formatValue } from '@/lib/sim-ui/format';
import { fitsScreen, stickyTop } from '@/components/mdx/figure-view';
import { setPrediction, usePrediction, type PredictionState } from '@/components/mdx/prediction-bus';
import { simById } from '@/lib/content/sim-catalog';
import { figureShows } from '../figure-defaults';
import { useSim, useSimStoreApi } from './context';
import { Controls } from './Controls';
import { registerFigureStore } from './figure-bus';
import { FrozenInputContext } from './frozen-input';
import { replayFrozenInput } from './frozen-replay';
import { guessMarks, type GuessMark } from './guess-mark';
import { useAnimate, useAnimationLoop, useInView } from './hooks';
import { LiveChart } from './LiveChart';
import { LiveSummary } from './LiveSummary';
import { Metrics } from './Metrics';
import type { SimShellSlots } from './SimShell';
import { Transport } from './Transport';

/** Lesson props a figure reads (besides model params, which went into the store). */
export interface FigureProps {
  id?: string;
  caption?: string;
  /** Prediction id of the `<Predict>` right before this figure (added at compile time). */
  gate?: string;
  metrics?: string[];
  charts?: string[];
  controls?: string[];
}

/** "You said 45 %; measured 44.7 %" once the run reaches the check time (or its end). */
function usePredictionNote(state: PredictionState | null): Record<string, string> | undefined {
  useSim((s) => s.version);
  const api = useSimStoreApi();
  if (!state || state.status !== 'locked' || !state.metric || state.guess === undefined) return undefined;
  const s = api.getState();
  const metric = (s.def.metrics as MetricDef<unknown>[]).find((m) => m.key === state.metric);
  const due = s.done || (state.checkAtMs !== undefined && s.simTimeMs >= state.checkAtMs);
  if (!metric) return undefined;
  const said = `You said ${state.guess}${state.unit ? ` ${state.unit}` : ''}`;
  return { [metric.key]: due ? `${said}; measured ${formatValue(metric.get(s.a.snapshot), metric.unit)}` : `${said}; run it to see` };
}

/** The figure's numbers with the prediction note: re-rendered at the refresh rate without re-rendering the whole figure. */
function FigureMetrics({ prediction, keys, withholdTheory }: { prediction: PredictionState | null; keys: string[]; withholdTheory: boolean }) {
  return <Metrics keys={keys} notes={usePredictionNote(prediction)} withholdTheory={withholdTheory} dense />;
}

/** Where the locked-in guess goes on the charts the figure shows (from lock-in on, so the learner watches the run approach it). */
function useGuessMarks(state: PredictionState | null, chartIds: string[]): Map<string, GuessMark> {
  const def = useSim((s) => s.def);
  if (!state || state.status !== 'locked' || !state.metric || state.guess === undefined) return new Map();
  const charts = (def.charts as ChartDef<never>[]).filter((c) => chartIds.includes(c.id));
  const marks = guessMarks({ guess: state.guess, unit: state.unit, metric: state.metric }, def.metrics as MetricDef<unknown>[], def.series as SeriesDef<unknown>[], charts);
  return new Map(marks.map((m) => [m.chartId, m]));
}

/** The link to the playground with this figure's exact setup, and where it came from. */
function PlaygroundLink({ rootRef }: { rootRef: RefObject<HTMLElement | null> }) {
  const api = useSimStoreApi();
  const pathname = usePathname();
  // The link changes with the settings, the actions and the B lane, not with every refresh of the numbers.
  useSim((s) => s.params);
  useSim((s) => s.actions);
  useSim((s) => s.scheduled);
  useSim((s) => s.b?.params);
  const entry = simById(api.getState().def.id);
  if (!entry) return null;
  const href = (section: { id: string; text: string } | null) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(api.getState().urlEntries())) if (v !== null) q.set(k, v);
    if (pathname) q.set('from', `${pathname}${section ? `#${section.id}` : ''}`);
    if (section) q.set('fromTitle', section.text.slice(0, 120));
    return `/playground/${entry.slug}?${q.toString()}`;
  };
  return (
    <a
      className="no-print font-medium whitespace-nowrap text-sky-800 underline dark:text-sky-300"
      href={href(null)}
      onClick={(e) => (e.currentTarget.href = href(sectionBefore(rootRef.current)))}
    >
      {/* the whole system's playground is the design studio, opened on this figure's shop */}
      {entry.slug === 'system' ? 'Open in the studio' : 'Open in the playground'}
    </a>
  );
}

/** The lesson heading (h2/h3 with an id) the figure sits under. */
function sectionBefore(el: HTMLElement | null): { id: string; text: string } | null {
  if (!el) return null;
  let found: { id: string; text: string } | null = null;
  for (const h of document.querySelectorAll<HTMLElement>('article h2[id], article h3[id]')) {
    if (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) found = { id: h.id, text: (h.textContent ?? '').replace(/#$/, '').trim() };
  }
  return found;
}

/**
 * Where the picture sticks when the figure is taller than the screen below the site header (null:
 * it fits, nothing sticks). Measured in the browser only, so the server HTML is never sticky; a
 * sticky element keeps its place in the flow, so turning it on moves nothing.
 */
function useStickyPictureTop(ref: RefObject<HTMLElement | null>): number | null {
  const [top, setTop] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setTop(fitsScreen(el.getBoundingClientRect().height) ? null : stickyTop());
    const ro = new ResizeObserver(check);
    ro.observe(el);
    window.addEventListener('resize', check);
    return () => {
      ro.disconnect();
      window.removeEventListener('resize', check);
    };
  }, [ref]);
  return top;
}

/** Stands in for the playback buttons while the figure waits for its prediction. */
function GateNotice({ gate }: { gate: string }) {
  return (
    <div className="no-print flex min-h-10 min-w-0 flex-1 items-center justify-between gap-2 rounded-md border border-violet-500/40 bg-violet-50 py-0.5 pr-0.5 pl-2 text-sm leading-tight text-violet-950 dark:bg-violet-950/40 dark:text-violet-100">
      <p>Make your prediction above, or skip.</p>
      <button type="button" className="min-h-9 shrink-0 rounded-md border border-violet-700 px-3 font-medium dark:border-violet-300" onClick={() => setPrediction(gate, { status: 'skipped' })}>
        Skip
      </button>
    </div>
  );
}

/**
 * A simulation as a lesson figure: picture first, a one-row transport, only the controls and
 * metrics the lesson names, a caption and the way to the playground. Sized to its content (no
 * inner scrolling); its first state is rendered on the server. A figure right after a
 * `<Predict>` waits for the prediction (or a skip) before it plays, and withholds its theory
 * numbers and lines (the answer) until then.
 */
export function FigureFrame({ title, figure, slots }: { title: string; figure: FigureProps; slots: SimShellSlots }) {
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const api = useSimStoreApi();
  const def = useSim((s) => s.def);
  const notices = useSim((s) => s.notices);
  const animate = useAnimate();
  const inView = useInView(ref);
  const prediction = usePrediction(figure.gate);
  const locked = prediction?.status === 'open';
  const shows = figureShows(def.id, figure as Record<string, unknown>);
  const marks = useGuessMarks(prediction, shows.charts);
  const entry = simById(def.id);
  const takeFrozenInput = useContext(FrozenInputContext);
  const stickyAt = useStickyPictureTop(ref);
  useAnimationLoop(ref);

  useEffect(() => (figure.id ? registerFigureStore(figure.id, api) : undefined), [figure.id, api]);
  // Marks the figure as live; the server HTML lacks it. Before the first paint: until it is set, the
  // lesson's CSS treats the figure as server HTML (content-visibility: auto), and a new element off
  // screen has no remembered size, so for one frame it would take the one-screen estimate and move
  // everything below it. Tests wait for it too.
  useLayoutEffect(() => {
    if (ref.current) ref.current.dataset.live = '';
  }, []);

  // What the learner did on the server HTML before this figure replaced it, applied once (before autoplay below).
  useEffect(() => {
    const input = takeFrozenInput?.();
    if (!input || !ref.current) return;
    const s = api.getState();
    replayFrozenInput(ref.current, input, api, s.fields, s.def.ui as Parameters<typeof replayFrozenInput>[4]);
  }, [takeFrozenInput, api]);

  // Play the first time it scrolls into view: never under reduced motion or before the prediction.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !inView || !animate || locked) return;
    started.current = true;
    api.getState().play();
  }, [inView, animate, api, locked]);

  return (
    <figure
      ref={ref}
      aria-labelledby={headingId}
      data-figure={figure.id}
      data-gate={figure.gate}
      className="sim-frame not-prose @container my-8 flex flex-col gap-1.5 rounded-lg border border-slate-200 bg-white px-3 pt-2 pb-3 text-slate-900 sm:p-4 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
    >
      <h3 id={headingId} className="text-base font-semibold">
        {title}
      </h3>
      {/* A figure taller than the screen keeps its picture in view while its controls and numbers scroll under it. */}
      <div
        data-figure-picture=""
        className={`min-w-0 ${stickyAt === null ? '' : 'sticky z-10 bg-white shadow-[0_8px_6px_-6px_rgba(15,23,42,0.25)] dark:bg-slate-950'}`}
        style={stickyAt === null ? undefined : { top: stickyAt }}
      >
        {animate ? slots.visual : (slots.still ?? slots.visual)}
      </div>
      <Transport compact locked={locked} gate={locked && figure.gate ? <GateNotice gate={figure.gate} /> : undefined} />
      {slots.actions}
      <Controls dense />
      <div data-figure-numbers="">
        <FigureMetrics prediction={prediction} keys={shows.metrics} withholdTheory={locked} />
      </div>
      {shows.charts.length > 0 && (
        <div data-figure-charts="" className="grid min-w-0 gap-3 @2xl:grid-cols-[repeat(auto-fit,minmax(18rem,1fr))]">
          {def.charts
            .filter((c) => shows.charts.includes(c.id))
            .map((c) => (
              <LiveChart key={c.id} chartId={c.id} guess={marks.get(c.id)} withholdTheory={locked} compact />
            ))}
        </div>
      )}
      {notices.length > 0 && (
        <p role="alert" className="rounded-md border border-amber-600/50 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          Not used as given: {notices.join('; ')}.
        </p>
      )}
      {/* The link flows after the caption's last words: one line less than a row of its own. */}
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">
        {figure.caption ?? entry?.summary} <PlaygroundLink rootRef={ref} />
      </figcaption>
      <LiveSummary />
    </figure>
  );
}

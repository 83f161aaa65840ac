'use client';

import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { screenRoom, stickyTop } from '@/components/mdx/figure-view';
import type { Params, SimDefinition } from '@/lib/sim-ui/definition';
import { markSimExplored } from '@/lib/progress';
import { figureShows } from '../figure-defaults';
import { Assumptions } from './Assumptions';
import { Compare } from './Compare';
import { SimStoreProvider, useSim, useSimStoreApi } from './context';
import { Controls } from './Controls';
import { FigureFrame, type FigureProps } from './FigureFrame';
import { FromLesson } from './FromLesson';
import { useAnimate, useAnimationLoop, useInView } from './hooks';
import { LiveChart } from './LiveChart';
import { LiveSummary } from './LiveSummary';
import { Metrics } from './Metrics';
import { Presets } from './Presets';
import { ShareBar } from './ShareBar';
import { Transport } from './Transport';
import { UrlSync } from './UrlSync';

/** Props every simulation component takes: MDX props plus where it is shown. */
export interface SimComponentProps {
  /** Model params, `controls`, `preset`, `title` from MDX (validated by the content check). */
  [key: string]: unknown;
  /** Full-page playground: every control, URL sync, no min-height frame. */
  playground?: boolean;
}

/** Layout slots a simulation fills with its own pictures and panels. */
export interface SimShellSlots {
  /** The animated picture (canvas/SVG); replaced by `still` when motion is off. */
  visual?: ReactNode;
  /** What shows instead of the animation under reduced motion (numbers that update). */
  still?: ReactNode;
  /** Extra panels under the metrics (Little's law, sweep chart…); playground only. */
  extra?: ReactNode;
  /** Lesson figure only: the buttons its actions need (kill a server…), under the transport. */
  actions?: ReactNode;
  /** Playground: metric keys shown (default: all). Lesson figures use `metrics` / the figure defaults. */
  metricKeys?: string[];
  /** Playground: chart ids shown (default: all). */
  chartIds?: string[];
}

function MotionToggle() {
  const animate = useAnimate();
  const api = useSimStoreApi();
  return (
    <label className="no-print flex min-h-9 items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <input type="checkbox" className="h-4 w-4 accent-sky-700 dark:accent-sky-400" checked={animate} onChange={(e) => api.getState().setAnimate(e.target.checked)} />
      Animate
    </label>
  );
}

/** The full instrument of a playground page: every control, presets, A/B, charts, share link. */
/** Most of the room under the header a stuck playground picture may take (the controls need the rest). */
const MAX_STUCK_SHARE = 0.45;

/**
 * Where a playground's picture sticks while its controls are used (null: it does not). On a phone
 * the settings sit under the picture, so moving a slider would scroll the picture away; a picture
 * short enough sticks under the header instead. A wide page, with settings beside the picture, or
 * a tall picture does not stick. A sticky element keeps its place in the flow (no layout shift).
 */
function useStickyPicture(picture: RefObject<HTMLElement | null>, settings: RefObject<HTMLElement | null>): number | null {
  const [top, setTop] = useState<number | null>(null);
  useEffect(() => {
    const pic = picture.current;
    const set = settings.current;
    if (!pic || !set) return;
    const check = () => {
      const p = pic.getBoundingClientRect();
      const stacked = set.getBoundingClientRect().top >= p.bottom - 1;
      setTop(stacked && p.height <= MAX_STUCK_SHARE * screenRoom() ? stickyTop() : null);
    };
    const ro = new ResizeObserver(check);
    ro.observe(pic);
    ro.observe(set);
    window.addEventListener('resize', check);
    return () => {
      ro.disconnect();
      window.removeEventListener('resize', check);
    };
  }, [picture, settings]);
  return top;
}

function PlaygroundFrame({ title, slots }: { title: string; slots: SimShellSlots }) {
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const def = useSim((s) => s.def);
  const animate = useAnimate();
  const inView = useInView(ref);
  const api = useSimStoreApi();
  const pictureRef = useRef<HTMLDivElement>(null);
  const settingsRef = useRef<HTMLDivElement>(null);
  const stickyAt = useStickyPicture(pictureRef, settingsRef);
  useAnimationLoop(ref);

  // Start playing the first time the learner scrolls to it (never under reduced motion), unless a
  // share link opened it at a moment: it stays paused there (or is still getting there).
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !inView || !animate) return;
    started.current = true;
    const s = api.getState();
    if (s.simTimeMs > 0 || s.busy || s.done) return;
    s.play();
  }, [inView, animate, api]);

  return (
    <section
      ref={ref}
      aria-labelledby={headingId}
      className="sim-frame not-prose @container my-8 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
    >
      <FromLesson />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <MotionToggle />
      </div>
      <Transport />
      <ShareBar />
      <Presets />
      {/* Wide frame (playground): pictures, numbers and charts left, settings right. Narrow frame
          (a lesson column): stacked, with the settings right under the picture. */}
      <div className="grid gap-4 @4xl:grid-cols-[minmax(0,1fr)_20rem] @4xl:grid-rows-[auto_auto_auto_1fr]">
        <div
          ref={pictureRef}
          className={`min-w-0 @4xl:col-start-1 @4xl:row-start-1 ${stickyAt === null ? '' : 'sticky z-10 bg-white shadow-[0_8px_6px_-6px_rgba(15,23,42,0.25)] dark:bg-slate-950'}`}
          style={stickyAt === null ? undefined : { top: stickyAt }}
        >
          {animate ? slots.visual : (slots.still ?? slots.visual)}
        </div>
        <div ref={settingsRef} className="flex flex-col gap-4 @4xl:col-start-2 @4xl:row-span-4 @4xl:row-start-1">
          <Controls />
          <Compare />
        </div>
        <div className="min-w-0 @4xl:col-start-1 @4xl:row-start-2">
          <Metrics keys={slots.metricKeys} />
        </div>
        <div className="grid min-w-0 gap-4 @2xl:grid-cols-2 @4xl:col-start-1 @4xl:row-start-3">
          {def.charts
            .filter((c) => !slots.chartIds || slots.chartIds.includes(c.id))
            .map((c) => (
              <LiveChart key={c.id} chartId={c.id} />
            ))}
        </div>
      </div>
      {slots.extra}
      <Assumptions items={def.assumptions} />
      <LiveSummary />
      <UrlSync />
    </section>
  );
}

/**
 * Counts the simulation as explored in the learner's progress the first time they change a
 * setting, a preset or the A/B lane (autoplay on scroll does not count).
 */
function ExploreTracker({ simId }: { simId: string }) {
  const api = useSimStoreApi();
  useEffect(() => {
    const stop = api.subscribe((s, prev) => {
      if (s.params !== prev.params || s.compareKey !== prev.compareKey) {
        markSimExplored(simId);
        stop(); // once per instance is enough
      }
    });
    return stop;
  }, [api, simId]);
  return null;
}

/**
 * The frame every simulation shares: one store per instance, reduced motion, a screen-reader
 * summary and print-friendly markup. On a playground it is the full instrument (presets, every
 * control, A/B, charts, share link); in a lesson it is a figure (see FigureFrame). A simulation
 * passes its definition and slots.
 */
export function SimShell<P extends Params, S>({ def, props, slots }: { def: SimDefinition<P, S>; props: SimComponentProps; slots: SimShellSlots }) {
  const { playground = false, ...mdxProps } = props;
  const title = typeof mdxProps.title === 'string' ? mdxProps.title : def.title;
  // A lesson figure shows only the controls it names (or the model's figure defaults).
  const storeProps = playground ? mdxProps : { ...mdxProps, controls: figureShows(def.id, mdxProps).controls };
  return (
    <SimStoreProvider def={def} props={storeProps} playground={playground}>
      <ExploreTracker simId={def.id} />
      {playground ? <PlaygroundFrame title={title} slots={slots} /> : <FigureFrame title={title} figure={mdxProps as FigureProps} slots={slots} />}
    </SimStoreProvider>
  );
}

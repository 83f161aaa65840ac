'use client';

import { Fragment } from 'react';
import type { SystemParams, SystemSnapshot } from '@/lib/sim/models/system';
import { systemTheory } from '@/lib/sim/system-theory';
import { formatDayClock } from '@/lib/sim-ui/day-clock';
import { formatValue } from '@/lib/sim-ui/format';
import { useSim } from '../framework/context';
import { useAnimate } from '../framework/hooks';
import { TierBox } from './TierBox';

const FLOW_KEYFRAMES = '@keyframes sys-flow-y{from{transform:translateY(-9px)}to{transform:translateY(9px)}}@keyframes sys-flow-x{from{transform:translateX(-9px)}to{transform:translateX(9px)}}';


/** The arrow between two tiers; a dot travels along it while requests flow (never under reduced motion). */
function Flow({ moving, seconds, compact }: { moving: boolean; seconds: number; compact: boolean }) {
  const dot = 'block h-2 w-2 rounded-full bg-sky-700 dark:bg-sky-300';
  const anim = (axis: 'x' | 'y') => (moving ? { animation: `sys-flow-${axis} ${seconds}s linear infinite` } : undefined);
  return (
    <li aria-hidden="true" className={`${compact ? 'hidden @3xl:flex' : 'flex'} h-6 shrink-0 items-center justify-center text-slate-500 @3xl:h-auto @3xl:w-6`}>
      <span className={`${dot} @3xl:hidden`} style={anim('y')} />
      <span className={`${dot} hidden @3xl:block`} style={anim('x')} />
    </li>
  );
}

/** A tier's busiest interval so far, from its utilisation series (null before any point). */
function peakOf(series: number[][], keys: string[], tier: string): number | null {
  const column = series[1 + keys.indexOf(`util_${tier}`)];
  if (!column || keys.indexOf(`util_${tier}`) < 0) return null;
  let most: number | null = null;
  for (const v of column) if (Number.isFinite(v) && (most === null || v > most)) most = v;
  return most;
}

/**
 * The architecture as drawn: one box per tier in path order, coloured by its utilisation over the
 * last interval, the bottleneck marked (measured, and the theory's prediction before the run),
 * the hour of the day, the arrival rate and the monthly bill always in view. Runs left to right in
 * a wide frame; in a narrow one the tiers sit two by two, so the picture and the figure's controls
 * fit one phone screen. (To change the architecture itself: "Open in the studio".)
 */
export function SystemDiagram({ lane = 'a' }: { lane?: 'a' | 'b' }) {
  useSim((s) => s.version);
  const snap = useSim((s) => (lane === 'a' ? s.a.snapshot : (s.b?.snapshot ?? s.a.snapshot))) as SystemSnapshot;
  const params = useSim((s) => (lane === 'a' ? s.params : (s.b?.params ?? s.params))) as SystemParams;
  const playing = useSim((s) => s.playing);
  const animate = useAnimate();
  const done = useSim((s) => s.done);
  const series = useSim((s) => (lane === 'a' ? s.a.series : (s.b?.series ?? s.a.series)));
  const seriesKeys = useSim((s) => s.def.series.map((d) => d.key).join('|'));
  const m = snap.metrics;
  const theory = systemTheory(params);
  const started = m.requests > 0;
  // A finished lesson figure shows each tier at its busiest interval: the top of the sale, where the
  // text reads its numbers ("80 % busy at the top"), not the day's average or the idle midnight.
  const atPeak = done;
  const tiers = atPeak ? snap.tiers.map((t) => ({ ...t, utilization: peakOf(series, seriesKeys.split('|'), t.id) ?? t.utilization })) : snap.tiers;
  // An autoscaled pool grows to meet its queue and is meant to run busy: it is not what limits the shop.
  const limits = (t: { id: string }) => !(t.id === 'workers' && params.autoscale);
  const busiest = tiers.filter(limits).reduce((a, t) => (t.utilization > a.utilization ? t : a), tiers.find(limits) ?? { id: 'app', utilization: 0, label: '' });
  const seconds = Math.max(0.3, Math.min(2, 3 / Math.log10(snap.ratePerSec + 10)));
  return (
    <figure className="flex flex-col gap-1.5" aria-label={`Architecture at ${formatDayClock(snap.hour)}: ${snap.tiers.map((t) => t.label).join(', ')}`}>
      <style>{FLOW_KEYFRAMES}</style>
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
        {atPeak ? (
          <span className="text-slate-700 dark:text-slate-300">
            <strong className="text-slate-900 dark:text-slate-100">Day over:</strong> each tier at its busiest
          </span>
        ) : (
          <>
            <span>
              <span className="text-slate-700 dark:text-slate-300">Time of day </span>
              <strong className="font-mono tabular-nums">{formatDayClock(snap.hour)}</strong>
            </span>
            <span>
              <span className="text-slate-700 dark:text-slate-300">Arriving </span>
              <strong className="font-mono tabular-nums">{formatValue(snap.ratePerSec, 'req/s')}</strong>
            </span>
          </>
        )}
      </div>
      {/* A lesson figure: tiers two (phone) or three (laptop) to a row, in compact boxes, so the picture leaves room for its numbers. */}
      <ol className="grid grid-cols-2 gap-1.5 @xl:grid-cols-3 @3xl:flex @3xl:flex-row @3xl:items-stretch @3xl:gap-0" aria-label="Tiers, in the order requests pass them">
        <li className="col-span-full flex items-center justify-center rounded-md border border-dashed border-slate-400 px-2 py-0.5 text-xs @3xl:col-span-1 @3xl:w-20">Shoppers</li>
        {tiers.map((t) => (
          <Fragment key={t.id}>
            <Flow moving={animate && playing && !snap.done} seconds={seconds} compact />
            <TierBox label={t.label} utilization={t.utilization} machines={t.machines} bottleneck={started && t.id === busiest.id && t.utilization > 0} predicted={t.id === theory.bottleneck} compact measured={started} note={limits(t) ? undefined : 'autoscaled'} peak={atPeak} />
          </Fragment>
        ))}
      </ol>
      {/* The box marks the predicted tier ("theory: first to saturate"); the sentence shows in a wide frame and to screen readers. */}
      <figcaption className="sr-only text-sm text-slate-700 @3xl:not-sr-only dark:text-slate-300">
        Theory predicts <strong>{theory.tiers.find((t) => t.tier === theory.bottleneck)?.label ?? theory.bottleneck}</strong> saturates first, at about{' '}
        {formatValue(theory.saturatesAtRatePerSec, 'req/s')} (the day peaks at {formatValue(theory.ratePerSec, 'req/s')}).
        {started ? ` Busiest now: ${busiest.label}.` : ''}
      </figcaption>
    </figure>
  );
}

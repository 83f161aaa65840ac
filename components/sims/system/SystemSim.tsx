'use client';

import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { systemSim } from './definition';
import { SystemDiagram } from './SystemDiagram';

/**
 * What a lesson figure shows: p99, errors and the bill with the traffic chart. A figure with a
 * fault (a clone dies, the cache restarts, the primary fails) counts the requests that failed,
 * as the text does, instead of the bill; a cache restart adds the database load, a primary
 * failure the lost checkouts, a slowdown the per-tier utilisation. `metrics` / `charts` props win.
 */
function lessonFigure(props: SimComponentProps): { metrics: string[]; charts: string[] } {
  const preset = typeof props.preset === 'string' ? systemSim.presets[props.preset]?.params : undefined;
  const p = { ...preset, ...props } as Record<string, unknown>;
  const fault = p.killCloneAtHour !== undefined || p.cacheRestartAtHour !== undefined || p.primaryFailAtHour !== undefined;
  const metrics = fault ? ['failed', 'errors', 'p99'] : ['p99', 'errors', 'cost'];
  const charts = ['traffic'];
  if (p.cacheRestartAtHour !== undefined) {
    metrics.push('peakDb');
    charts.push('db');
  }
  if (p.primaryFailAtHour !== undefined) metrics.push('lostCommits');
  if (p.slowTier !== undefined && p.slowTier !== 'none') charts.push('util');
  const list = (v: unknown, d: string[]) => (Array.isArray(v) ? (v as string[]) : d);
  return { metrics: list(props.metrics, metrics), charts: list(props.charts, charts) };
}

/**
 * `<SystemSim>`: Crumb & Co from one box to the full stack over one compressed day, as a lesson
 * figure: the picture, the controls the lesson names and three numbers; MDX props are the model's
 * parameters (e.g. `stage="clones"`, `peakRate={800}`), `preset` (`steves-shop` · `black-friday` ·
 * `cache-restart` · `primary-fails`), `controls` and `title`. "Open in the studio" carries the
 * figure's shop and faults to /playground/system, the design studio, where every box can change.
 */
export default function SystemSim(props: SimComponentProps) {
  // A lesson figure shows the metrics and charts its setup calls for (FigureFrame reads them as props).
  return <SimShell def={systemSim} props={{ ...props, ...lessonFigure(props) }} slots={{ visual: <SystemDiagram />, still: <SystemDiagram /> }} />;
}

'use client';

import { useSim } from '../framework/context';
import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { ClassTable } from './ClassTable';
import { systemSim } from './definition';
import { FaultButtons } from './FaultButtons';
import { SystemDiagram } from './SystemDiagram';
import { TheoryTable } from './TheoryTable';

function Pictures({ builder }: { builder: boolean }) {
  const hasB = useSim((s) => s.b !== null);
  return (
    <div className="flex flex-col gap-4">
      <SystemDiagram lane="a" builder={builder} />
      {hasB && (
        <div className="border-t border-slate-200 pt-3 dark:border-slate-700">
          <p className="mb-1 text-sm font-medium">Lane B</p>
          <SystemDiagram lane="b" builder={builder} />
        </div>
      )}
    </div>
  );
}

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
 * `<SystemSim>`: Crumb & Co from one box to the full stack over one compressed day. In a lesson:
 * the picture, the stage stepper (when `stage` is among `controls`) and three numbers; MDX props
 * are the model's parameters (e.g. `stage="clones"`, `peakRate={800}`), `preset`
 * (`steves-shop` · `black-friday` · `cache-restart` · `primary-fails`), `controls` and `title`.
 * The playground adds faults, per-class numbers and the theory table.
 */
export default function SystemSim(props: SimComponentProps) {
  const playground = props.playground === true;
  // A lesson figure shows the metrics and charts its setup calls for (FigureFrame reads them as props).
  const figureProps = playground ? props : { ...props, ...lessonFigure(props) };
  return (
    <SimShell
      def={systemSim}
      props={figureProps}
      slots={{
        visual: <Pictures builder={playground} />,
        still: <Pictures builder={playground} />,
        extra: playground ? (
          <div className="flex flex-col gap-3">
            <FaultButtons />
            <ClassTable />
            <TheoryTable />
          </div>
        ) : undefined,
      }}
    />
  );
}

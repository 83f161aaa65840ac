'use client';

import { useSim } from '../framework/context';
import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { ClassTable } from './ClassTable';
import { systemSim } from './definition';
import { FaultButtons } from './FaultButtons';
import { SystemDiagram } from './SystemDiagram';
import { TheoryTable } from './TheoryTable';

function Pictures() {
  const hasB = useSim((s) => s.b !== null);
  return (
    <div className="flex flex-col gap-4">
      <SystemDiagram lane="a" />
      {hasB && (
        <div className="border-t border-slate-200 pt-3 dark:border-slate-700">
          <p className="mb-1 text-sm font-medium">Lane B</p>
          <SystemDiagram lane="b" />
        </div>
      )}
    </div>
  );
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
  return (
    <SimShell
      def={systemSim}
      props={props}
      slots={{
        visual: <Pictures />,
        still: <Pictures />,
        metricKeys: playground ? undefined : ['p99', 'errors', 'cost'],
        chartIds: playground ? undefined : ['traffic'],
        extra: playground ? (
          <div className="flex flex-col gap-3">
            <FaultButtons />
            <ClassTable />
            <TheoryTable />
          </div>
        ) : (
          <TheoryTable />
        ),
      }}
    />
  );
}

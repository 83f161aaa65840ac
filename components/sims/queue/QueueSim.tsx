'use client';

import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { SweepPanel } from '../framework/SweepPanel';
import { queueSim } from './definition';
import { LittlesLaw } from './LittlesLaw';
import { QueuePicture } from './QueuePicture';
import { QueueStill } from './QueueStill';

function Pictures() {
  return (
    <div className="flex flex-col gap-2">
      <QueuePicture lane="a" />
      <QueuePicture lane="b" />
    </div>
  );
}

/** `<QueueSim>`: arrivals, workers and a waiting room; Little's law live; latency vs load sweep. */
export default function QueueSim(props: SimComponentProps) {
  return (
    <SimShell
      def={queueSim}
      props={props}
      slots={{
        visual: <Pictures />,
        still: <QueueStill />,
        extra: (
          <>
            <LittlesLaw />
            <SweepPanel />
          </>
        ),
      }}
    />
  );
}

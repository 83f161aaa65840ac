'use client';

import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { SweepPanel } from '../framework/SweepPanel';
import { replicationSim } from './definition';
import { NodeLoad } from './NodeLoad';

/** `<ReplicationSim>`: read/write mix, lag, stale reads and read-your-writes; load per node. */
export default function ReplicationSim(props: SimComponentProps) {
  // The bars change a few times a second (no motion), so they serve both with and without animation.
  return <SimShell def={replicationSim} props={props} slots={{ visual: <NodeLoad />, still: <NodeLoad />, extra: props.playground ? <SweepPanel /> : null }} />;
}

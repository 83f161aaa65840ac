'use client';

import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { SweepPanel } from '../framework/SweepPanel';
import { replicationSim } from './definition';
import { NodeLoad } from './NodeLoad';

/** What a lesson shows: the three things its text asks the learner to watch (load, stale share, violations). */
const LESSON = { metricKeys: ['staleShare', 'ryw', 'primaryLoad', 'replicaLoad'] };

/** `<ReplicationSim>`: read/write mix, lag, stale reads and read-your-writes; load per node. */
export default function ReplicationSim(props: SimComponentProps) {
  // The bars change a few times a second (no motion), so they serve both with and without animation.
  const slots = props.playground ? { extra: <SweepPanel /> } : LESSON;
  return <SimShell def={replicationSim} props={props} slots={{ visual: <NodeLoad />, still: <NodeLoad />, ...slots }} />;
}

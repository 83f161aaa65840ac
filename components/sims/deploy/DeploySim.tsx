'use client';

import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { DeployFleet } from './DeployFleet';
import { deploySim } from './definition';

/** What a lesson shows (the playground shows every metric). */
const LESSON = { metricKeys: ['failed', 'oldServed', 'minServers', 'peakServers', 'mixed', 'p99ResponseMs'] };

/** `<DeploySim>`: all-at-once, rolling and blue-green deploys; versions per server, old-code share, capacity dip. */
export default function DeploySim(props: SimComponentProps) {
  // The tiles change a few times a second (no motion), so they serve both with and without animation.
  return <SimShell def={deploySim} props={props} slots={{ visual: <DeployFleet />, still: <DeployFleet />, ...(props.playground ? {} : LESSON) }} />;
}

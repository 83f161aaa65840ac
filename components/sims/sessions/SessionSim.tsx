'use client';

import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { sessionSim } from './definition';
import { SessionFleet } from './SessionFleet';

/** What a lesson shows (the playground shows every metric and chart): the four counters the text talks about. */
const LESSON = { metricKeys: ['noSession', 'lostSessions', 'loadImbalance', 'storeExtraMs'], chartIds: ['sessions'] };

/** `<SessionSim>`: kill or add servers and watch who gets logged out under local, sticky and shared sessions. */
export default function SessionSim(props: SimComponentProps) {
  // The fleet view only changes a few times a second, so it serves both with and without motion.
  return <SimShell def={sessionSim} props={props} slots={{ visual: <SessionFleet />, still: <SessionFleet />, ...(props.playground ? {} : LESSON) }} />;
}

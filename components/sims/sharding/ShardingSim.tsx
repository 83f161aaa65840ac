'use client';

import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { shardingSim } from './definition';
import { ShardPanel } from './ShardPanel';

/** What a lesson shows (the playground shows every metric). */
const LESSON = { metricKeys: ['hottestToMean', 'hottestLoad', 'keysMoved', 'p99ResponseMs'] };

/** `<ShardingSim>`: hot shards under skew, and how many keys move when a shard is added. */
export default function ShardingSim(props: SimComponentProps) {
  // The panel changes a few times a second (no motion), so it serves both with and without animation.
  return <SimShell def={shardingSim} props={props} slots={{ visual: <ShardPanel />, still: <ShardPanel />, ...(props.playground ? {} : LESSON) }} />;
}

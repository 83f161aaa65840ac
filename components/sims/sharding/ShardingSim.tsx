'use client';

import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { shardingSim } from './definition';
import { ShardPanel, type ShardFocus } from './ShardPanel';

/** What a lesson shows (the playground shows every metric). */
const LESSON = { metricKeys: ['hottestToMean', 'hottestLoad', 'keysMoved', 'p99ResponseMs'] };

/** `<ShardingSim>`: hot shards under skew, and how many keys move when a shard is added. */
export default function ShardingSim(props: SimComponentProps) {
  // A lesson figure shows only its idea: where keys go when a shard is added (it counts keys moved), or how load spreads.
  const metrics = Array.isArray(props.metrics) ? (props.metrics as string[]) : [];
  const focus: ShardFocus = props.playground ? 'all' : metrics.includes('keysMoved') ? 'moves' : 'load';
  // The panel changes a few times a second (no motion), so it serves both with and without animation.
  const panel = <ShardPanel focus={focus} />;
  return <SimShell def={shardingSim} props={props} slots={{ visual: panel, still: panel, ...(props.playground ? {} : LESSON) }} />;
}

'use client';

import { useSim } from '../framework/context';
import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { SweepPanel } from '../framework/SweepPanel';
import { CachePicture } from './CachePicture';
import { cacheSim, type CacheView } from './definition';

function Pictures() {
  const hasB = useSim((s) => s.b !== null);
  // When the theory card is left out, say why, where the learner is looking.
  const missing = useSim((s) => ((s.a.snapshot as CacheView).prediction.value === null ? (s.a.snapshot as CacheView).prediction.note : null));
  return (
    <div className="flex flex-col gap-2">
      <CachePicture lane="a" />
      {hasB && <CachePicture lane="b" />}
      {missing && <p className="text-sm text-slate-800 dark:text-slate-200">{missing}</p>}
    </div>
  );
}

/** `<CacheSim>`: hit rate, database load and latency of a cache-aside cache, against theory. */
export default function CacheSim(props: SimComponentProps) {
  return <SimShell def={cacheSim} props={props} slots={{ visual: <Pictures />, still: <Pictures />, extra: <SweepPanel /> }} />;
}

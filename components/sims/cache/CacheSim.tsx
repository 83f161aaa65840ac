'use client';

import { useSim } from '../framework/context';
import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { SweepPanel } from '../framework/SweepPanel';
import { CachePicture } from './CachePicture';
import { cacheSim } from './definition';

function Pictures() {
  const hasB = useSim((s) => s.b !== null);
  return (
    <div className="flex flex-col gap-2">
      <CachePicture lane="a" />
      {hasB && <CachePicture lane="b" />}
    </div>
  );
}

/** `<CacheSim>`: hit rate, database load and latency of a cache-aside cache, against theory. */
export default function CacheSim(props: SimComponentProps) {
  return <SimShell def={cacheSim} props={props} slots={{ visual: <Pictures />, still: <Pictures />, extra: <SweepPanel /> }} />;
}

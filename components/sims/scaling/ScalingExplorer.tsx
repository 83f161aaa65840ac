'use client';

import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { scalingExplorer } from './definition';
import { LoseMachine } from './LoseMachine';
import { ScalingPicture } from './ScalingPicture';

function Picture() {
  return (
    <div className="flex flex-col gap-3">
      <ScalingPicture />
      <LoseMachine />
    </div>
  );
}

/** `<ScalingExplorer>`: cost, headroom and failure of one big machine vs many small ones as demand grows. */
export default function ScalingExplorer(props: SimComponentProps) {
  return <SimShell def={scalingExplorer} props={props} slots={{ visual: <Picture />, still: <Picture /> }} />;
}

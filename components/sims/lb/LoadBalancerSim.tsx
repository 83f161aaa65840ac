'use client';

import { useState } from 'react';
import { useSim } from '../framework/context';
import { SimShell, type SimComponentProps } from '../framework/SimShell';
import { DropReasons } from './DropReasons';
import { loadBalancerSim } from './definition';
import { LbCanvas } from './LbCanvas';
import { LbStill } from './LbStill';
import { DotScale } from './particles';
import { ServerTable } from './ServerTable';

function Pictures() {
  const hasB = useSim((s) => s.b !== null);
  const [dotScale] = useState(() => new DotScale());
  return (
    <div className="flex flex-col gap-2">
      <LbCanvas lane="a" dotScale={dotScale} />
      {hasB && <LbCanvas lane="b" dotScale={dotScale} />}
    </div>
  );
}

/** `<LoadBalancerSim>`: clients → balancer → N servers; kill/revive servers; percentiles live. */
export default function LoadBalancerSim(props: SimComponentProps) {
  return (
    <SimShell
      def={loadBalancerSim}
      props={props}
      slots={{
        visual: <Pictures />,
        still: <LbStill />,
        extra: (
          <div className="flex flex-col gap-2">
            <DropReasons />
            <ServerTable />
          </div>
        ),
      }}
    />
  );
}

'use client';

import { lazy, Suspense, type ComponentType } from 'react';
import { simById } from '@/lib/content/sim-catalog';
import { SimPlaceholder } from './framework/LazySim';

/** Full-page simulations by definition id, loaded at once (the playground is the whole page). */
const PLAYGROUND_SIMS: Record<string, ComponentType<Record<string, unknown>>> = {
  queue: lazy(() => import('./queue/QueueSim')),
  lb: lazy(() => import('./lb/LoadBalancerSim')),
  scaling: lazy(() => import('./scaling/ScalingExplorer')),
  cache: lazy(() => import('./cache/CacheSim')),
  sharding: lazy(() => import('./sharding/ShardingSim')),
  replication: lazy(() => import('./replication/ReplicationSim')),
  deploy: lazy(() => import('./deploy/DeploySim')),
  sessions: lazy(() => import('./sessions/SessionSim')),
};

/** The playground view of one simulation: every control, URL share state, no lesson frame height. */
export function PlaygroundSim({ id }: { id: string }) {
  const Sim = PLAYGROUND_SIMS[id];
  const entry = simById(id);
  if (!Sim || !entry) return null;
  return (
    <Suspense fallback={<SimPlaceholder entry={entry} fullPage />}>
      <Sim playground />
    </Suspense>
  );
}

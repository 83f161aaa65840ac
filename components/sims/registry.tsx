import type { ComponentType } from 'react';
import { CacheSimLazy, DeploySimLazy, LoadBalancerSimLazy, QueueSimLazy, ReplicationSimLazy, ScalingExplorerLazy, SessionSimLazy, ShardingSimLazy, SystemSimLazy } from './lazy';

/**
 * Simulation components by MDX name: the lazy client wrappers from ./lazy (placeholder first,
 * code on approach). Add a simulation here, in ./lazy.tsx, ./definitions.ts and ./catalog.ts.
 */
export const simComponents: Record<string, ComponentType<Record<string, unknown>>> = {
  QueueSim: QueueSimLazy,
  LoadBalancerSim: LoadBalancerSimLazy,
  ScalingExplorer: ScalingExplorerLazy,
  CacheSim: CacheSimLazy,
  SessionSim: SessionSimLazy,
  DeploySim: DeploySimLazy,
  ReplicationSim: ReplicationSimLazy,
  ShardingSim: ShardingSimLazy,
  SystemSim: SystemSimLazy,
};

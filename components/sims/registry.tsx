import type { ComponentType } from 'react';
import { CacheSimLazy, LoadBalancerSimLazy, QueueSimLazy, ScalingExplorerLazy } from './lazy';

/**
 * Simulation components by MDX name: the lazy client wrappers from ./lazy (placeholder first,
 * code on approach). Add a simulation here, in ./lazy.tsx, ./definitions.ts and ./catalog.ts.
 */
export const simComponents: Record<string, ComponentType<Record<string, unknown>>> = {
  QueueSim: QueueSimLazy,
  LoadBalancerSim: LoadBalancerSimLazy,
  ScalingExplorer: ScalingExplorerLazy,
  CacheSim: CacheSimLazy,
};

import type { AnySimDefinition } from '@/lib/sim-ui/compute';
import { cacheSim } from './cache/definition';
import { loadBalancerSim } from './lb/definition';
import { queueSim } from './queue/definition';
import { scalingExplorer } from './scaling/definition';
import { shardingSim } from './sharding/definition';
import { replicationSim } from './replication/definition';
import { deploySim } from './deploy/definition';
import { sessionSim } from './sessions/definition';
import { systemSim } from './system/definition';
import { designRunSim } from './design/definition';

/**
 * Every simulation definition by id (no React). The worker, the store and the perf scripts look
 * definitions up here; add a new simulation's definition to this map.
 */
export const simDefinitions: Record<string, AnySimDefinition> = {
  [queueSim.id]: queueSim,
  [loadBalancerSim.id]: loadBalancerSim,
  [scalingExplorer.id]: scalingExplorer,
  [cacheSim.id]: cacheSim,
  [shardingSim.id]: shardingSim,
  [replicationSim.id]: replicationSim,
  [deploySim.id]: deploySim,
  [sessionSim.id]: sessionSim,
  [systemSim.id]: systemSim,
  [designRunSim.id]: designRunSim,
};

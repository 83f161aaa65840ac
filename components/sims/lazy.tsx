'use client';

import { SIM_CATALOG, type SimCatalogEntry } from './catalog';
import { lazySim } from './framework/LazySim';

const entry = (id: string): SimCatalogEntry => {
  const e = SIM_CATALOG.find((s) => s.id === id);
  if (!e) throw new Error(`no catalog entry ${id}`);
  return e;
};

// One lazy wrapper per simulation: each import() is a code-split point (engine + charts load on demand).
export const QueueSimLazy = lazySim(entry('queue'), () => import('./queue/QueueSim'));
export const LoadBalancerSimLazy = lazySim(entry('lb'), () => import('./lb/LoadBalancerSim'));
export const ScalingExplorerLazy = lazySim(entry('scaling'), () => import('./scaling/ScalingExplorer'));
export const CacheSimLazy = lazySim(entry('cache'), () => import('./cache/CacheSim'));
export const SessionSimLazy = lazySim(entry('sessions'), () => import('./sessions/SessionSim'));
export const DeploySimLazy = lazySim(entry('deploy'), () => import('./deploy/DeploySim'));
export const ReplicationSimLazy = lazySim(entry('replication'), () => import('./replication/ReplicationSim'));
export const SystemSimLazy = lazySim(entry('system'), () => import('./system/SystemSim'));
export const ShardingSimLazy = lazySim(entry('sharding'), () => import('./sharding/ShardingSim'));

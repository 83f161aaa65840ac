'use client';

import { SIM_CATALOG, type SimCatalogEntry } from '@/lib/content/sim-catalog';
import { lazySim } from './framework/LazySim';

const entry = (id: string): SimCatalogEntry => {
  const e = SIM_CATALOG.find((s) => s.id === id);
  if (!e) throw new Error(`no catalog entry ${id}`);
  return e;
};

// One lazy wrapper per simulation: each import() is a code-split point (engine + charts load on
// demand). The third argument is the same module for the server render only: `typeof window` is
// a build-time constant, so the client bundle drops the require and keeps the lesson's first load
// small, while the server renders the figure's first state synchronously (no streamed fallback,
// so the HTML reads the same without JavaScript).
/* eslint-disable @typescript-eslint/no-require-imports -- server-only synchronous import, removed from client bundles */
// (Not under Vitest, whose Node runner has no window either but cannot require these TSX files.)
const SSR = typeof window === 'undefined' && !process.env.VITEST;
export const QueueSimLazy = lazySim(entry('queue'), () => import('./queue/QueueSim'), SSR ? require('./queue/QueueSim') : null);
export const LoadBalancerSimLazy = lazySim(entry('lb'), () => import('./lb/LoadBalancerSim'), SSR ? require('./lb/LoadBalancerSim') : null);
export const ScalingExplorerLazy = lazySim(entry('scaling'), () => import('./scaling/ScalingExplorer'), SSR ? require('./scaling/ScalingExplorer') : null);
export const CacheSimLazy = lazySim(entry('cache'), () => import('./cache/CacheSim'), SSR ? require('./cache/CacheSim') : null);
export const SessionSimLazy = lazySim(entry('sessions'), () => import('./sessions/SessionSim'), SSR ? require('./sessions/SessionSim') : null);
export const DeploySimLazy = lazySim(entry('deploy'), () => import('./deploy/DeploySim'), SSR ? require('./deploy/DeploySim') : null);
export const ReplicationSimLazy = lazySim(entry('replication'), () => import('./replication/ReplicationSim'), SSR ? require('./replication/ReplicationSim') : null);
export const SystemSimLazy = lazySim(entry('system'), () => import('./system/SystemSim'), SSR ? require('./system/SystemSim') : null);
export const ShardingSimLazy = lazySim(entry('sharding'), () => import('./sharding/ShardingSim'), SSR ? require('./sharding/ShardingSim') : null);
/* eslint-enable @typescript-eslint/no-require-imports */

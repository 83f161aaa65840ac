/**
 * Public API of the simulation engine. Pure TypeScript: no React, no DOM, no wall clock, no
 * Math.random. See docs/SIMULATION.md.
 *
 * @example
 * import { models, parseParamsOrThrow } from '@/lib/sim';
 * const r = models.queue.run(parseParamsOrThrow('queue', { arrivalRate: 80, serviceTimeMs: 10 }));
 */
export * from './core/engine';
export * from './core/rng';
export * from './core/distributions';
export * from './core/zipf';
export * from './core/heap';
export * from './core/histogram';
export * from './core/stats';
export * from './core/timeseries';
export * from './core/arrivals';
export * from './models';
export * from './params';
export * from './theory';
export { ALGORITHMS, type Algorithm } from './models/balancer';
export { POLICIES, type Policy } from './models/cache-policies';
export { PARTITIONINGS, type Partitioning, movedShare, makePartitioner } from './models/partition';
export type { QueueParams, QueueResult, QueueSnapshot } from './models/queue';
export type { LbParams, LbResult, LbSnapshot, LbServerStats, LbServerView } from './models/lb';
export type { SessionsParams, SessionsResult, SessionsSnapshot } from './models/sessions';
export type { DeployParams, DeployResult, DeploySnapshot, ServerPhase } from './models/deploy';
export type { ReplicationParams, ReplicationResult, ReplicationSnapshot } from './models/replication';
export type { ShardingParams, ShardingResult, ShardingSnapshot } from './models/sharding';
export type { CacheParams, CacheResult, CacheSnapshot } from './models/cache';
export type { SystemParams, SystemResult, SystemSnapshot } from './models/system';
export type { ScalingParams, ScalingResult, ScalingMonth } from './models/scaling';
export * from './work';

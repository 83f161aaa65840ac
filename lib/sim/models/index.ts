import type { z } from 'zod';
import type { Simulation } from '../core/engine';
import { CacheSim, cacheSchema, type CacheResult, type CacheSnapshot } from './cache';
import { estimates, type WorkEstimate } from './estimates';
import { DeploySim, deploySchema, type DeployResult, type DeploySnapshot } from './deploy';
import { LbSim, lbSchema, type LbResult, type LbSnapshot } from './lb';
import { QueueSim, queueSchema, type QueueResult, type QueueSnapshot } from './queue';
import { ReplicationSim, replicationSchema, type ReplicationResult, type ReplicationSnapshot } from './replication';
import { runScaling, scalingSchema, type ScalingResult } from './scaling';
import { ShardingSim, shardingSchema, type ShardingResult, type ShardingSnapshot } from './sharding';
import { SessionsSim, sessionsSchema, type SessionsResult, type SessionsSnapshot } from './sessions';
import { SystemSim, systemSchema, type SystemResult, type SystemSnapshot } from './system';
import { estimateSystemWork } from './system-estimate';

/** One event-driven model: its schema, and two ways to run it with the same result. */
export interface EventModel<S extends z.ZodObject, R, Snap> {
  name: string;
  title: string;
  kind: 'event';
  schema: S;
  /** A steppable simulation (advanceTo / snapshot / act / result). */
  create(params: z.infer<S>): Simulation<R, Snap>;
  /** Run to the end: `create(params).runToEnd()`. */
  run(params: z.infer<S>): R;
  /** Cost of a run from its params alone (lib/sim/work.ts falls back to a generic estimate without it). */
  estimateWork?: (params: z.infer<S>) => WorkEstimate;
}

/** The analytic model (no event loop): only `run`. */
export interface AnalyticModel<S extends z.ZodObject, R> {
  name: string;
  title: string;
  kind: 'analytic';
  schema: S;
  run(params: z.infer<S>): R;
}

function event<S extends z.ZodObject, R, Snap>(
  name: string,
  title: string,
  schema: S,
  create: (p: z.infer<S>) => Simulation<R, Snap>,
  estimateWork?: (p: z.infer<S>) => WorkEstimate,
): EventModel<S, R, Snap> {
  return { name, title, kind: 'event', schema, create, run: (p) => create(p).runToEnd(), ...(estimateWork ? { estimateWork } : {}) };
}

/**
 * The registry every consumer (page, worker, CLI, tests, bench) uses.
 *
 * @example
 * const p = models.lb.schema.parse({ algorithm: 'power-of-two' });
 * const sim = models.lb.create(p);
 * sim.advanceTo(5000);
 * sim.snapshot().servers.length; // 4
 */
export const models = {
  queue: event<typeof queueSchema, QueueResult, QueueSnapshot>('queue', 'Job queue (M/G/c/K)', queueSchema, (p) => new QueueSim(p), estimates.queue),
  lb: event<typeof lbSchema, LbResult, LbSnapshot>('lb', 'Load balancer', lbSchema, (p) => new LbSim(p), estimates.lb),
  sessions: event<typeof sessionsSchema, SessionsResult, SessionsSnapshot>('sessions', 'Sticky vs shared sessions', sessionsSchema, (p) => new SessionsSim(p), estimates.sessions),
  deploy: event<typeof deploySchema, DeployResult, DeploySnapshot>('deploy', 'Deployment strategies', deploySchema, (p) => new DeploySim(p), estimates.deploy),
  replication: event<typeof replicationSchema, ReplicationResult, ReplicationSnapshot>('replication', 'Primary/replica replication', replicationSchema, (p) => new ReplicationSim(p), estimates.replication),
  sharding: event<typeof shardingSchema, ShardingResult, ShardingSnapshot>('sharding', 'Sharding and partitioning', shardingSchema, (p) => new ShardingSim(p), estimates.sharding),
  cache: event<typeof cacheSchema, CacheResult, CacheSnapshot>('cache', 'Cache-aside hit rate', cacheSchema, (p) => new CacheSim(p), estimates.cache),
  system: event<typeof systemSchema, SystemResult, SystemSnapshot>('system', 'The whole system over a day', systemSchema, (p) => new SystemSim(p), estimateSystemWork),
  scaling: { name: 'scaling', title: 'Scale up vs scale out', kind: 'analytic', schema: scalingSchema, run: runScaling } satisfies AnalyticModel<typeof scalingSchema, ScalingResult>,
};

/** Model names. */
export type ModelName = keyof typeof models;
/** Names of the event-driven models. */
export type EventModelName = Exclude<ModelName, 'scaling'>;
/** Parsed parameters of model M. */
export type ParamsOf<M extends ModelName> = z.infer<(typeof models)[M]['schema']>;
/** Result of model M. */
export type ResultOf<M extends ModelName> = ReturnType<(typeof models)[M]['run']>;

/**
 * True if `name` is a model.
 *
 * @example
 * isModelName('queue'); // true
 */
export function isModelName(name: string): name is ModelName {
  return Object.prototype.hasOwnProperty.call(models, name);
}

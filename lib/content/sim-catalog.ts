import type { PlaygroundSlug } from './routes';

/**
 * What the site lists about each simulation, without loading it: the playground index, the lazy
 * placeholders and the MDX registry read this (no engine code, so lesson pages stay light).
 * Add an entry when a simulation is implemented; `implemented: false` hides it everywhere.
 */
export interface SimCatalogEntry {
  /** Definition id (URL namespace). */
  id: string;
  /** Playground page: /playground/<slug>. */
  slug: PlaygroundSlug;
  mdxName: string;
  title: string;
  summary: string;
  implemented: boolean;
}

/** Every simulation in course order; the playground index renders this list. */
export const SIM_CATALOG: readonly SimCatalogEntry[] = [
  {
    id: 'scaling',
    slug: 'scaling',
    mdxName: 'ScalingExplorer',
    title: 'Scale up or scale out',
    summary: 'Demand grows: the cost, headroom and failure story of one big machine against many small ones behind a balancer.',
    implemented: true,
  },
  {
    id: 'lb',
    slug: 'load-balancer',
    mdxName: 'LoadBalancerSim',
    title: 'Load balancer',
    summary: 'Requests spread over N servers by six algorithms; kill a server and watch the tail latency and the drops.',
    implemented: true,
  },
  { id: 'sessions', slug: 'sessions', mdxName: 'SessionSim', title: 'Sessions', summary: 'Local, sticky and shared sessions when servers come and go.', implemented: true },
  { id: 'deploy', slug: 'deploy', mdxName: 'DeploySim', title: 'Deployments', summary: 'All-at-once, rolling and blue-green deploys of one machine image.', implemented: true },
  { id: 'replication', slug: 'replication', mdxName: 'ReplicationSim', title: 'Replication', summary: 'A primary and replicas: lag, stale reads and read-your-writes.', implemented: true },
  { id: 'sharding', slug: 'sharding', mdxName: 'ShardingSim', title: 'Sharding', summary: 'Modulo, consistent hashing and ranges: hot shards and moved keys.', implemented: true },
  {
    id: 'cache',
    slug: 'cache',
    mdxName: 'CacheSim',
    title: 'Cache',
    summary: 'Cache-aside in front of a database: hit rate, database load and latency against the Che/LRU prediction.',
    implemented: true,
  },
  {
    id: 'queue',
    slug: 'queue',
    mdxName: 'QueueSim',
    title: 'Job queue',
    summary: 'Arrivals, workers and a waiting room: Little’s law live, and latency against load beside the M/M/c curve.',
    implemented: true,
  },
  {
    id: 'system',
    slug: 'system',
    mdxName: 'SystemSim',
    title: 'The whole system',
    summary: 'Crumb & Co from one box to the full stack over one day: add tiers, watch the bottleneck move, pay the monthly bill, survive the faults.',
    implemented: true,
  },
];

/** Implemented simulations only (what pages and the MDX registry may show). */
export const IMPLEMENTED_SIMS = SIM_CATALOG.filter((s) => s.implemented);

/**
 * Catalog entry by playground slug (implemented only).
 *
 * @example
 * simBySlug('queue')?.mdxName; // "QueueSim"
 */
export function simBySlug(slug: string): SimCatalogEntry | undefined {
  return IMPLEMENTED_SIMS.find((s) => s.slug === slug);
}

/**
 * Catalog entry by definition id.
 *
 * @example
 * simById('lb')?.slug; // "load-balancer"
 */
export function simById(id: string): SimCatalogEntry | undefined {
  return SIM_CATALOG.find((s) => s.id === id);
}

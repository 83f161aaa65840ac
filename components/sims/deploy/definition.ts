import { models } from '@/lib/sim/models';
import type { DeployParams, DeploySnapshot } from '@/lib/sim/models/deploy';
import { defineSim } from '@/lib/sim-ui/definition';
import { fleetSummary } from './fleet';

/** Share of measured requests served by version A; 100 % before any (every server starts on A). */
const oldServedShare = (s: DeploySnapshot) => {
  const served = s.metrics.servedA + s.metrics.servedB;
  return served ? s.metrics.servedA / served : 1;
};

/**
 * Fewest servers in rotation the strategy plans for: N − batch (rolling), 0 (all at once), N
 * (blue-green: the new set joins before the old one leaves).
 *
 * @example
 * plannedMinInRotation({ servers: 6, strategy: 'rolling', batchSize: 2 }); // 4
 */
export function plannedMinInRotation(p: Pick<DeployParams, 'servers' | 'strategy' | 'batchSize'>): number {
  if (p.strategy === 'all-at-once') return 0;
  if (p.strategy === 'blue-green') return p.servers;
  return Math.max(0, p.servers - p.batchSize);
}

/** Run length when nothing longer is needed (the default rolling deploy finishes well inside it). */
const DEFAULT_REQUESTS = 40_000;
/** Time allowed per batch to drain its requests before it boots (generous: queues build under load). */
const DRAIN_ALLOWANCE_MS = 5_000;
/** Run time after the last batch is back, so the finished rollout is on screen for a while. */
const AFTER_ROLLOUT_MS = 15_000;

/**
 * Requests a run needs so that the whole rollout (every batch drained, booted and back) happens
 * inside it, with time to spare: a preset that demonstrates a deploy shows it finish.
 *
 * @example
 * requestsToFinishRollout({ servers: 6, strategy: 'rolling', batchSize: 1, bootTimeMs: 15_000, deployAtMs: 5000, arrivalRate: 450, warmupRequests: 1000 });
 * // 6 batches × 20 s + 20 s at 450 req/s, plus the warm-up: 64,000
 */
export function requestsToFinishRollout(p: Pick<DeployParams, 'servers' | 'strategy' | 'batchSize' | 'bootTimeMs' | 'deployAtMs' | 'arrivalRate' | 'warmupRequests'>): number {
  const batches = p.strategy === 'rolling' ? Math.ceil(p.servers / p.batchSize) : p.strategy === 'blue-green' ? 2 : 1;
  const endMs = p.deployAtMs + batches * (p.bootTimeMs + DRAIN_ALLOWANCE_MS) + AFTER_ROLLOUT_MS;
  return Math.ceil(((endMs / 1000) * p.arrivalRate + p.warmupRequests) / 1000) * 1000;
}

type DeployPreset = Pick<DeployParams, 'servers' | 'strategy' | 'bootTimeMs' | 'deployAtMs' | 'arrivalRate' | 'serviceTimeMs'> & Partial<Pick<DeployParams, 'batchSize'>>;

/** A preset's parameters with a run long enough to finish its rollout (at least the usual 40,000 requests). */
function finishing(p: DeployPreset): Partial<DeployParams> {
  const requests = requestsToFinishRollout({ batchSize: 2, warmupRequests: 1_000, ...p });
  return { ...p, requests: Math.max(DEFAULT_REQUESTS, requests) };
}

/** `<DeploySim>`: N servers move from version A to B all at once, in rolling batches, or blue-green. */
export const deploySim = defineSim<DeployParams, DeploySnapshot>({
  id: 'deploy',
  mdxName: 'DeploySim',
  title: 'Deploying a new version',
  schema: models.deploy.schema,
  create: (p) => models.deploy.create(p),
  // Long enough that the default rolling deploy (6 servers, batches of 2) finishes inside the run; presets that take longer carry their own length.
  defaults: { requests: DEFAULT_REQUESTS, sampleIntervalMs: 500 },
  controls: ['strategy', 'batchSize', 'arrivalRate', 'bootTimeMs', 'servers'],
  ui: {
    servers: { min: 1, max: 16 },
    batchSize: { min: 1, max: 16 },
    bootTimeMs: { min: 0, max: 60_000, step: 1000 },
    arrivalRate: { min: 10, max: 2000, step: 10 },
    serviceTimeMs: { min: 1, max: 100, step: 1 },
    serviceCv: { min: 0, max: 4, step: 0.1 },
    deployAtMs: { min: 0, max: 120_000, step: 1000 },
    requests: { min: 1000, max: 200_000, step: 1000 },
    warmupRequests: { min: 0, max: 10_000, step: 100 },
    sampleIntervalMs: { min: 100, max: 5000, step: 100 },
    seed: { min: 0, max: 9999 },
  },
  presets: {
    'spring-sale': {
      label: 'Spring sale, rolling',
      description: '6 servers, 350 req/s, batches of 2, 15 s to boot: capacity dips to 4 servers per batch.',
      params: finishing({ servers: 6, strategy: 'rolling', batchSize: 2, bootTimeMs: 15_000, deployAtMs: 5000, arrivalRate: 350, serviceTimeMs: 10 }),
    },
    'all-at-once': {
      label: 'All at once',
      description: 'Every server stops together: no mixed versions, but nothing serves while they boot.',
      params: finishing({ servers: 6, strategy: 'all-at-once', bootTimeMs: 15_000, deployAtMs: 5000, arrivalRate: 350, serviceTimeMs: 10 }),
    },
    'blue-green': {
      label: 'Blue-green',
      description: 'Six new servers boot beside the old six, then traffic switches in one step.',
      params: finishing({ servers: 6, strategy: 'blue-green', bootTimeMs: 15_000, deployAtMs: 5000, arrivalRate: 350, serviceTimeMs: 10 }),
    },
    'busy-rolling': {
      label: 'Rolling at 450 req/s',
      description: 'Four servers cannot carry 450 req/s: queues build during every batch.',
      params: finishing({ servers: 6, strategy: 'rolling', batchSize: 2, bootTimeMs: 15_000, deployAtMs: 5000, arrivalRate: 450, serviceTimeMs: 10 }),
    },
    'one-at-a-time': {
      label: 'Batches of 1 at 450 req/s',
      description: 'Five servers stay in rotation: slower deploy, no overload.',
      params: finishing({ servers: 6, strategy: 'rolling', batchSize: 1, bootTimeMs: 15_000, deployAtMs: 5000, arrivalRate: 450, serviceTimeMs: 10 }),
    },
  },
  metrics: [
    { key: 'failed', label: 'Failed requests', unit: 'requests', get: (s) => s.metrics.failed, better: 'lower', summary: true },
    { key: 'oldServed', label: 'Served by old code (A)', unit: '%', get: oldServedShare, summary: true },
    { key: 'minServers', label: 'Fewest servers in rotation', unit: 'servers', get: (s) => s.metrics.minServersInRotation, better: 'higher', summary: true },
    { key: 'lostCapacity', label: 'Capacity lost', unit: 'server·s', get: (s) => s.metrics.lostCapacityServerSec, better: 'lower' },
    { key: 'mixed', label: 'Both versions live', unit: 's', get: (s) => s.metrics.mixedVersionsMs / 1000 },
    { key: 'duration', label: 'Deploy duration', unit: 's', get: (s) => (s.metrics.deployDurationMs === null ? NaN : s.metrics.deployDurationMs / 1000) },
    { key: 'peakServers', label: 'Most servers running', unit: 'servers', get: (s) => s.metrics.peakServers, better: 'lower' },
    { key: 'p99ResponseMs', label: 'p99 latency', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, better: 'lower' },
  ],
  series: [
    { key: 'inRotationA', label: 'A (old) in rotation', unit: 'servers', get: (s) => fleetSummary(s.servers).inRotationA },
    { key: 'inRotationB', label: 'B (new) in rotation', unit: 'servers', get: (s) => fleetSummary(s.servers).inRotationB },
    { key: 'oldRoute', label: 'new requests sent to A now', unit: '%', get: (s) => fleetSummary(s.servers).oldCodeRouteShare || 0 },
    { key: 'oldServed', label: 'served by A so far', unit: '%', get: oldServedShare },
    { key: 'failed', label: 'Failed requests', unit: 'requests', get: (s) => s.metrics.failed },
  ],
  // B first: chart colours go by position (blue, then amber), matching the tiles (A amber, B blue).
  charts: [
    {
      id: 'rotation',
      title: 'Servers in rotation, by version',
      unit: 'servers',
      series: ['inRotationB', 'inRotationA'],
      theory: (p) => ({ label: 'planned minimum in rotation', value: plannedMinInRotation(p) }),
    },
    { id: 'old-code', title: 'Share of requests on old code (A)', unit: '%', series: ['oldRoute', 'oldServed'] },
  ],
  sampleEveryMs: (p) => p.sampleIntervalMs,
  stepMs: () => 1000,
  defaultSpeed: 2,
  warmingUp: (s) => s.metrics.requests === 0,
  assumptions: [
    'Requests arrive at random (Poisson) and a round-robin balancer spreads them over the servers in rotation; each server handles one at a time.',
    'Every server starts from the same machine image: version A before the deploy, B after.',
    'A server leaving rotation first finishes the requests it holds (draining), then boots version B for the boot time and rejoins.',
    'rolling: one batch at a time; the next batch starts when the previous one is back in rotation.',
    'all-at-once: every server leaves together; requests that find no server in rotation fail.',
    'blue-green: a second full set boots beside the first; when all are up, traffic switches in one step and the old set drains and switches off.',
    'The new version is healthy: nothing here models a bad release or a rollback.',
    'The dotted line is the plan: N − batch servers in rotation for rolling, 0 for all-at-once, N for blue-green.',
  ],
});

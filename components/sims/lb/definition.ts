import { models } from '@/lib/sim/models';
import type { LbParams, LbSnapshot } from '@/lib/sim/models/lb';
import { mm1, mmc } from '@/lib/sim/theory';
import { defineSim, type TheoryLine } from '@/lib/sim-ui/definition';

/** Speed multipliers offered per server in the UI. */
export const SERVER_SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

/** Speed of server i (missing entries are 1×, as in the engine). */
export function speedOf(p: LbParams, i: number): number {
  return p.serverSpeeds[i] ?? 1;
}

/**
 * Mean-response theory for this setup, when one applies: random routing over identical servers
 * splits Poisson arrivals into N independent M/M/1 queues; any other algorithm is compared with
 * the ideal of one shared queue (M/M/c), which no per-server-queue balancer can beat.
 */
export function lbTheory(p: LbParams): TheoryLine | null {
  const identical = Array.from({ length: p.servers }, (_, i) => speedOf(p, i)).every((s) => s === 1);
  if (!identical || p.serviceDist !== 'exponential' || p.burstiness > 1 || p.queueLimit !== undefined) return null;
  if (p.algorithm === 'random') return { label: 'theory mean (M/M/1 per server)', value: mm1(p.arrivalRate / p.servers, p.serviceTimeMs).meanResponseMs };
  return { label: 'theory: one shared queue (M/M/c), best case', value: mmc(p.arrivalRate, p.serviceTimeMs, p.servers).meanResponseMs };
}

/** Requests refused because the chosen server's queue was full (the rest of `dropped` hit a dead server). */
export const queueFullDrops = (s: LbSnapshot) => s.metrics.dropped - s.metrics.failed;

/** `<LoadBalancerSim>`: clients → balancer → N servers with their own queues. */
export const loadBalancerSim = defineSim<LbParams, LbSnapshot>({
  id: 'lb',
  mdxName: 'LoadBalancerSim',
  title: 'Load balancer',
  schema: models.lb.schema,
  create: (p) => models.lb.create(p),
  defaults: { requests: 30_000, warmupRequests: 1_000, sampleIntervalMs: 500 },
  controls: ['servers', 'algorithm', 'arrivalRate', 'burstiness', 'queueLimit'],
  playgroundControls: [
    'servers',
    'algorithm',
    'arrivalRate',
    'serviceTimeMs',
    'serviceDist',
    'serviceCv',
    'burstiness',
    'burstCycleMs',
    'queueLimit',
    'healthCheckMs',
    'failServer',
    'failAtMs',
    'clients',
    'requests',
    'warmupRequests',
    'sampleIntervalMs',
    'seed',
  ],
  ui: {
    servers: { min: 1, max: 32 },
    arrivalRate: { min: 10, max: 4000, step: 10 },
    serviceTimeMs: { min: 1, max: 100, step: 1 },
    serviceCv: { min: 0, max: 4, step: 0.1 },
    burstiness: { min: 1, max: 10, step: 0.5 },
    burstCycleMs: { min: 100, max: 10_000, step: 100 },
    queueLimit: { min: 0, max: 100 },
    healthCheckMs: { min: 0, max: 10_000, step: 250 },
    failServer: { min: 0, max: 31, indexInto: 'servers' },
    failAtMs: { min: 0, max: 60_000, step: 500 },
    clients: { min: 1, max: 5000, step: 1 },
    requests: { min: 1000, max: 200_000, step: 1000 },
    warmupRequests: { min: 0, max: 10_000, step: 100 },
    sampleIntervalMs: { min: 100, max: 5000, step: 100 },
    seed: { min: 0, max: 9999 },
  },
  presets: {
    balanced: { label: 'Four equal servers', description: '300 req/s over four 10 ms servers: 75 % busy.', params: { servers: 4, arrivalRate: 300 } },
    'one-slow-server': {
      label: 'One slow server',
      description: 'Server 4 runs at half speed: round robin keeps feeding it.',
      params: { servers: 4, arrivalRate: 300, serverSpeeds: [1, 1, 1, 0.5] },
    },
    'server-dies': {
      label: 'A server dies',
      description: 'Server 2 dies at 10 s; the health check notices 2 s later.',
      params: { servers: 4, arrivalRate: 300, failServer: 1, failAtMs: 10_000, healthCheckMs: 2_000 },
    },
    'flash-sale': { label: 'Flash sale', description: 'Bursty traffic at 5× the rate in bursts, same mean.', params: { servers: 8, arrivalRate: 600, burstiness: 5 } },
    'power-of-two': { label: 'Power of two choices', description: 'Pick the shorter of two random queues.', params: { servers: 8, arrivalRate: 700, algorithm: 'power-of-two' } },
    'big-pool': { label: '32 servers, 2,000 req/s', description: 'A large pool under steady load.', params: { servers: 32, arrivalRate: 2000 } },
  },
  metrics: [
    { key: 'p50', label: 'p50 latency', unit: 'ms', get: (s) => s.metrics.p50ResponseMs, better: 'lower' },
    { key: 'p95', label: 'p95 latency', unit: 'ms', get: (s) => s.metrics.p95ResponseMs, better: 'lower' },
    { key: 'p99', label: 'p99 latency', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, better: 'lower', summary: true },
    { key: 'throughput', label: 'Throughput', unit: 'req/s', get: (s) => s.metrics.throughputPerSec, better: 'higher', summary: true },
    { key: 'utilization', label: 'Mean utilization', unit: '%', get: (s) => s.metrics.utilization },
    { key: 'imbalance', label: 'Load imbalance (max/mean)', unit: '×', get: (s) => s.metrics.loadImbalance, better: 'lower' },
    { key: 'dropsFull', label: 'Dropped: queue full', unit: 'requests', get: queueFullDrops, better: 'lower', summary: true },
    { key: 'dropsDead', label: 'Dropped: server down', unit: 'requests', get: (s) => s.metrics.failed, better: 'lower', summary: true },
  ],
  series: [
    { key: 'p50', label: 'p50', unit: 'ms', get: (s) => s.metrics.p50ResponseMs, measured: true },
    { key: 'mean', label: 'mean', unit: 'ms', get: (s) => s.metrics.meanResponseMs, measured: true },
    { key: 'p95', label: 'p95', unit: 'ms', get: (s) => s.metrics.p95ResponseMs, measured: true },
    { key: 'p99', label: 'p99', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, measured: true },
    { key: 'waiting', label: 'requests in system', unit: 'requests', get: (s) => s.servers.reduce((n, v) => n + v.queue + v.busy, 0) },
    { key: 'dropped', label: 'dropped (all causes)', unit: 'requests', get: (s) => s.metrics.dropped },
  ],
  charts: [
    { id: 'latency', title: 'Latency percentiles (cumulative)', unit: 'ms', series: ['p50', 'mean', 'p95', 'p99'], theory: lbTheory },
    { id: 'load', title: 'Requests in system and drops', unit: 'requests', series: ['waiting', 'dropped'] },
  ],
  compareKeys: ['servers', 'algorithm', 'arrivalRate', 'burstiness', 'queueLimit', 'healthCheckMs', 'serviceTimeMs'],
  warmingUp: (s) => s.metrics.requests === 0,
  sampleEveryMs: (p) => p.sampleIntervalMs,
  stepMs: (p) => p.sampleIntervalMs,
  defaultSpeed: 1,
  assumptions: [
    'Requests arrive at random (Poisson), or in on/off bursts with the same mean rate when burstiness is above 1.',
    'Each server handles one request at a time from its own first-come-first-served queue; speed divides its service time.',
    'The balancer sees how many requests each server holds, but learns that a server died (or came back) only after the health-check delay; until then it keeps sending to it and those requests fail.',
    'A request refused by a full queue or lost with a dead server is counted as dropped and not retried.',
    'Latency is measured from arrival at the balancer to the response; the network is free.',
    'Theory lines assume exponential service, identical servers and Poisson arrivals.',
  ],
});

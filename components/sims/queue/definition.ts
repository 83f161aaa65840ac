import { models } from '@/lib/sim/models';
import type { QueueParams, QueueSnapshot } from '@/lib/sim/models/queue';
import { scv } from '@/lib/sim/core/distributions';
import { littlesLaw, mg1, mmc, mmck, type QueueTheory } from '@/lib/sim/theory';
import { defineSim, type TheoryLine } from '@/lib/sim-ui/definition';

/**
 * The closed form that applies to these params, if any: M/M/c (exponential service, no limit),
 * M/M/c/K (with a queue limit), M/G/1 (one worker, other service shapes). Bursty arrivals are
 * not Poisson, so no formula applies.
 */
export function queueTheory(p: QueueParams, arrivalRate = p.arrivalRate): { model: string; theory: QueueTheory } | null {
  if (p.burstiness > 1) return null;
  if (p.serviceDist === 'exponential') {
    if (p.queueLimit !== undefined) return { model: 'M/M/c/K', theory: mmck(arrivalRate, p.serviceTimeMs, p.workers, p.workers + p.queueLimit) };
    return { model: 'M/M/c', theory: mmc(arrivalRate, p.serviceTimeMs, p.workers) };
  }
  if (p.workers === 1 && p.queueLimit === undefined) return { model: 'M/G/1', theory: mg1(arrivalRate, p.serviceTimeMs, scv(p.serviceDist, p.serviceCv)) };
  return null;
}

function theoryLine(p: QueueParams, pick: (t: QueueTheory) => number, what: string): TheoryLine | null {
  const t = queueTheory(p);
  return t ? { label: `theory ${what} (${t.model})`, value: pick(t.theory) } : null;
}

/** Sweep loads, as a fraction of capacity: 0.05 … 0.95 in 20 steps. */
export const SWEEP_LOADS = Array.from({ length: 20 }, (_, i) => Math.round((0.05 + (0.9 * i) / 19) * 1000) / 1000);

/** `<QueueSim>`: one FIFO queue in front of c workers (M/G/c/K), sync or async answers. */
export const queueSim = defineSim<QueueParams, QueueSnapshot>({
  id: 'queue',
  mdxName: 'QueueSim',
  title: 'Job queue',
  schema: models.queue.schema,
  create: (p) => models.queue.create(p),
  defaults: { requests: 10_000, warmupRequests: 500, sampleIntervalMs: 1000 },
  controls: ['arrivalRate', 'serviceTimeMs', 'workers', 'queueLimit', 'responseMode'],
  ui: {
    arrivalRate: { min: 1, max: 4000, step: 1 },
    serviceTimeMs: { min: 1, max: 200, step: 1 },
    workers: { min: 1, max: 16 },
    queueLimit: { min: 0, max: 200 },
    ackTimeMs: { min: 0, max: 50, step: 0.5 },
    serviceCv: { min: 0, max: 4, step: 0.1 },
    burstiness: { min: 1, max: 10, step: 0.5 },
    burstCycleMs: { min: 100, max: 10_000, step: 100 },
    requests: { min: 1000, max: 100_000, step: 1000 },
    warmupRequests: { min: 0, max: 10_000, step: 100 },
    sampleIntervalMs: { min: 100, max: 5000, step: 100 },
    seed: { min: 0, max: 9999 },
  },
  presets: {
    steady: { label: 'Steady (80 % busy)', description: 'One worker, 80 jobs/s of 10 ms: busy 80 % of the time.', params: { arrivalRate: 80, workers: 1 } },
    'flash-sale': { label: 'Flash sale', description: 'Same mean load, arriving in bursts of 4× the rate.', params: { arrivalRate: 80, burstiness: 4 } },
    'second-worker': { label: 'Double load, two workers', description: '160 jobs/s shared by two workers.', params: { arrivalRate: 160, workers: 2 } },
    'bounded-queue': { label: 'Overload, bounded queue', description: '120 jobs/s into one worker with room for 20: drops instead of endless waits.', params: { arrivalRate: 120, queueLimit: 20 } },
    async: { label: 'Answer at enqueue (async)', description: 'The client gets an ack in 2 ms; the job finishes later.', params: { arrivalRate: 95, responseMode: 'async', ackTimeMs: 2 } },
  },
  metrics: [
    { key: 'queueLength', label: 'Queue now', unit: 'jobs', get: (s) => s.queueLength, duringWarmup: true },
    { key: 'meanWaitMs', label: 'Mean wait in queue', unit: 'ms', get: (s) => s.metrics.meanWaitMs, better: 'lower' },
    { key: 'meanResponseMs', label: 'User-perceived latency (mean)', unit: 'ms', get: (s) => s.metrics.meanResponseMs, better: 'lower', summary: true },
    { key: 'p99ResponseMs', label: 'p99 latency', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, better: 'lower', summary: true },
    { key: 'meanJobTimeMs', label: 'Job time (mean)', unit: 'ms', get: (s) => s.metrics.meanJobTimeMs, better: 'lower' },
    { key: 'meanInSystem', label: 'Jobs in system (mean, L)', unit: 'jobs', get: (s) => s.metrics.meanInSystem },
    { key: 'utilization', label: 'Worker utilization', unit: '%', get: (s) => s.metrics.utilization, summary: true },
    { key: 'throughputPerSec', label: 'Throughput', unit: 'jobs/s', get: (s) => s.metrics.throughputPerSec, better: 'higher' },
    { key: 'dropped', label: 'Dropped (queue full)', unit: 'jobs', get: (s) => s.metrics.dropped, better: 'lower', summary: true },
  ],
  series: [
    { key: 'queueLength', label: 'Queue length', unit: 'jobs', get: (s) => s.queueLength },
    { key: 'meanInSystem', label: 'Mean jobs in system (L)', unit: 'jobs', get: (s) => s.metrics.meanInSystem },
    { key: 'p50', label: 'p50', unit: 'ms', get: (s) => s.metrics.p50ResponseMs, measured: true },
    { key: 'p99', label: 'p99', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, measured: true },
    { key: 'meanResponse', label: 'mean', unit: 'ms', get: (s) => s.metrics.meanResponseMs, measured: true },
  ],
  charts: [
    {
      id: 'latency',
      title: 'User-perceived latency (cumulative)',
      unit: 'ms',
      series: ['p50', 'meanResponse', 'p99'],
      theory: (p) => (p.responseMode === 'sync' ? theoryLine(p, (t) => t.meanResponseMs, 'mean') : null),
    },
    { id: 'queue', title: 'Jobs waiting and in system', unit: 'jobs', series: ['queueLength', 'meanInSystem'], theory: (p) => theoryLine(p, (t) => t.meanInSystem, 'L') },
  ],
  sweep: {
    title: 'Latency vs load (20 runs)',
    xLabel: 'Load (utilization)',
    xUnit: '%',
    points: (p) =>
      SWEEP_LOADS.map((rho) => ({
        x: rho,
        params: { ...p, arrivalRate: (rho * p.workers * 1000) / p.serviceTimeMs, requests: 10_000, warmupRequests: 1_000 },
      })),
    metrics: [
      { key: 'meanJobTimeMs', label: 'mean job time (simulated)', unit: 'ms', get: (s) => s.metrics.meanJobTimeMs },
      { key: 'p99JobTimeMs', label: 'p99 job time (simulated)', unit: 'ms', get: (s) => s.metrics.p99JobTimeMs },
    ],
    theory: (p, xs) => {
      const t = queueTheory(p);
      if (!t) return null;
      return { label: `mean, theory (${t.model})`, values: xs.map((rho) => queueTheory(p, (rho * p.workers * 1000) / p.serviceTimeMs)?.theory.meanResponseMs ?? NaN) };
    },
    currentX: (p) => (p.arrivalRate * p.serviceTimeMs) / 1000 / p.workers,
  },
  compareKeys: ['arrivalRate', 'workers', 'serviceTimeMs', 'queueLimit', 'responseMode', 'serviceDist', 'burstiness', 'seed'],
  warmingUp: (s) => s.metrics.requests === 0,
  sampleEveryMs: (p) => p.sampleIntervalMs,
  stepMs: (p) => p.sampleIntervalMs,
  defaultSpeed: 5,
  assumptions: [
    'Jobs arrive at random (Poisson); with burstiness above 1 they come in on/off bursts with the same mean rate.',
    'One first-come-first-served queue feeds identical workers; a job holds one worker for its whole service time.',
    'Service times are independent draws from the chosen distribution (exponential by default).',
    'With a queue limit, a job that finds the waiting room full is dropped (never retried).',
    'Async mode answers the client after the ack time; the job still waits and runs as before.',
    'The first warm-up jobs are simulated but left out of every number, so the queue starts from a realistic state.',
    'Theory lines are the exact long-run means of M/M/c (or M/M/c/K, M/G/1) and apply only when their assumptions hold.',
  ],
});

/** Little's law from a snapshot: L measured, λ accepted rate, W mean time in system, and λ·W. */
export function littleFromSnapshot(s: QueueSnapshot): { L: number; lambdaPerSec: number; Wms: number; lambdaW: number } {
  const m = s.metrics;
  return { L: m.meanInSystem, lambdaPerSec: m.throughputPerSec, Wms: m.meanJobTimeMs, lambdaW: littlesLaw(m.throughputPerSec, m.meanJobTimeMs) };
}

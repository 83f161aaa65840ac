import '@/lib/zod-csp';
import { z } from 'zod';
import type { Simulation } from '@/lib/sim/core/engine';
import { createDesignSim, designBudgetProblem, designSchema, estimateDesignWork, type Design, type DesignSnapshot } from '@/lib/sim/design';
import { clockAtSimSeconds, clockTickStepsSec, formatDayClock } from '@/lib/sim-ui/day-clock';
import { defineSim } from '@/lib/sim-ui/definition';

/** A design run's one parameter: the design itself (its run settings carry the seed and the day). */
export interface DesignParams extends Record<string, unknown> {
  design: Design;
}

/** A run's design when none is given: clients → balancer → two app servers → database, one class. */
const THREE_TIER = {
  version: 1,
  name: 'Three tiers',
  components: [
    { id: 'users', kind: 'client', label: 'Users', peakRps: 200 },
    { id: 'lb', kind: 'lb', label: 'Load balancer' },
    { id: 'app', kind: 'service', label: 'App servers', machines: 2 },
    { id: 'db', kind: 'database', label: 'Database' },
  ],
  connections: [
    { from: 'users', to: 'lb' },
    { from: 'lb', to: 'app' },
    { from: 'app', to: 'db' },
  ],
  classes: [{ id: 'request', label: 'request', share: 1, path: [{ to: 'lb' }, { to: 'app', ms: 5 }, { to: 'db', op: 'read', ms: 5 }] }],
};

/** Most components a design holds: one utilisation series slot each (the studio names them). */
export const UTIL_SLOTS = 24;

/** Utilisation of the i-th component over the last sample interval (NaN where there is none). */
const utilSlot = (i: number) => ({ key: `util${i}`, label: `component ${i + 1} busy`, unit: '%', get: (s: DesignSnapshot) => s.components[i]?.utilization ?? NaN });

/**
 * A design run by the design model (lib/sim/design) under the page's framework: the studio's
 * transport, worker, run to end, A/B lanes and action log. Not a lesson figure (no MDX name in the
 * catalog); the studio draws its own picture. Faults are the design's actions (`DesignAction`).
 */
export const designRunSim = defineSim<DesignParams, DesignSnapshot>({
  id: 'design',
  mdxName: 'DesignRun',
  title: 'Design run',
  schema: z.strictObject({ design: designSchema.default(() => designSchema.parse(THREE_TIER) as Design) }),
  // the framework's Simulation speaks the older models' actions; a design's are its faults, passed through as they come
  create: (p) => createDesignSim(p.design) as unknown as Simulation<unknown, DesignSnapshot>,
  estimate: (p) => estimateDesignWork(p.design),
  budgetProblem: (p, budget) => designBudgetProblem(p.design, budget),
  controls: [],
  presets: {},
  metrics: [
    { key: 'p50', label: 'p50 latency', unit: 'ms', get: (s) => s.metrics.p50ResponseMs, better: 'lower' },
    { key: 'p95', label: 'p95 latency', unit: 'ms', get: (s) => s.metrics.p95ResponseMs, better: 'lower' },
    { key: 'p99', label: 'p99 latency', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, better: 'lower', summary: true },
    { key: 'peakP99', label: 'p99 at the peak', unit: 'ms', get: (s) => s.metrics.peak.p99ResponseMs, better: 'lower' },
    { key: 'errors', label: 'Errors', unit: '%', get: (s) => s.metrics.errorRate, better: 'lower', summary: true },
    { key: 'throughput', label: 'Served', unit: 'req/s', get: (s) => s.metrics.throughputPerSec, better: 'higher' },
    { key: 'bill', label: 'Monthly bill', unit: '$', get: (s) => s.metrics.monthlyCost, better: 'lower', summary: true },
  ],
  series: [
    { key: 'rate', label: 'offered', unit: 'req/s', get: (s) => s.recent.rate ?? 0 },
    { key: 'served', label: 'served', unit: 'req/s', get: (s) => s.recent.throughput ?? 0 },
    { key: 'errorsPerSec', label: 'errors', unit: 'req/s', get: (s) => s.recent.errorsPerSec ?? 0 },
    { key: 'p95', label: 'p95', unit: 'ms', get: (s) => s.recent.p95Ms ?? 0 },
    { key: 'p99', label: 'p99', unit: 'ms', get: (s) => s.recent.p99Ms ?? 0 },
    ...Array.from({ length: UTIL_SLOTS }, (_, i) => utilSlot(i)),
  ],
  charts: [
    { id: 'traffic', title: 'Requests per second', unit: 'req/s', series: ['rate', 'served', 'errorsPerSec'] },
    { id: 'latency', title: 'Latency of the last interval', unit: 'ms', series: ['p95', 'p99'] },
  ],
  sampleEveryMs: (p) => p.design.run.sampleIntervalMs,
  stepMs: (p) => p.design.run.sampleIntervalMs,
  defaultSpeed: 20,
  formatAxisTime: (sec, p) => clockAtSimSeconds(sec, p.design.run.dayMs),
  axisTimeSteps: (p) => clockTickStepsSec(p.design.run.dayMs),
  axisTimeLabel: () => 'time of day (hh:mm)',
  assumptions: [
    'Every component is simulated request by request on the engine’s stations; nothing is a fitted curve.',
    'One day of traffic is compressed into the design’s “length of the day”; rates are not compressed.',
  ],
});

/** The hour of the design's day at a sim time, as the transport shows it ("19:30"). */
export function designClock(simMs: number, dayMs: number): string {
  return formatDayClock((simMs / dayMs) * 24);
}

import { models } from '@/lib/sim/models';
import type { ReplicationParams, ReplicationSnapshot } from '@/lib/sim/models/replication';
import { defineSim } from '@/lib/sim-ui/definition';

/** Time-average busy share of the primary (node 0). */
export const primaryLoad = (s: ReplicationSnapshot) => s.metrics.perNode[0]?.utilization ?? 0;

/** Mean busy share of the replicas (NaN with none). */
export const replicaLoad = (s: ReplicationSnapshot) => {
  const r = s.metrics.perNode.slice(1);
  return r.length ? r.reduce((a, n) => a + n.utilization, 0) / r.length : NaN;
};

const backlog = (s: ReplicationSnapshot) => s.nodes.reduce((m, n) => Math.max(m, n.pendingWrites), 0);

/** Replica counts of the sweep. */
export const SWEEP_REPLICAS = [0, 1, 2, 3, 4, 5, 6, 8];

/** `<ReplicationSim>`: one primary takes the writes, replicas serve reads after a lag. */
export const replicationSim = defineSim<ReplicationParams, ReplicationSnapshot>({
  id: 'replication',
  mdxName: 'ReplicationSim',
  title: 'Primary and replicas',
  schema: models.replication.schema,
  create: (p) => models.replication.create(p),
  defaults: { sampleIntervalMs: 500 },
  controls: ['replicas', 'writeRatio', 'lagMeanMs', 'readYourWritesWindowMs', 'arrivalRate'],
  ui: {
    replicas: { min: 0, max: 12 },
    arrivalRate: { min: 10, max: 1000, step: 10 },
    writeRatio: { min: 0, max: 1, step: 0.01 },
    lagMeanMs: { min: 0, max: 5000, step: 50 },
    readYourWritesWindowMs: { min: 0, max: 5000, step: 100 },
    users: { min: 1, max: 10_000 },
    ownReadRatio: { min: 0, max: 1, step: 0.05 },
    serviceTimeMs: { min: 0.5, max: 50, step: 0.5 },
    serviceCv: { min: 0, max: 4, step: 0.1 },
    requests: { min: 1000, max: 100_000, step: 1000 },
    warmupRequests: { min: 0, max: 10_000, step: 100 },
    sampleIntervalMs: { min: 100, max: 5000, step: 100 },
    seed: { min: 0, max: 9999 },
  },
  presets: {
    lesson: { label: 'Two replicas, 10 % writes', description: 'The lesson’s starting point: 200 ms of lag, about 6 % of reads are stale.', params: { replicas: 2, writeRatio: 0.1, lagMeanMs: 200 } },
    'more-replicas': { label: 'Six replicas', description: 'Replica load falls; the primary still executes every write.', params: { replicas: 6, writeRatio: 0.1, lagMeanMs: 200 } },
    'slow-replication': { label: 'Lag 2 s', description: 'Stale reads climb while no load number moves.', params: { replicas: 2, writeRatio: 0.1, lagMeanMs: 2000 } },
    'read-your-writes': {
      label: 'Read-your-writes window 1 s',
      description: 'Reads right after your own write go to the primary: violations nearly vanish, the primary gets busier.',
      params: { replicas: 2, writeRatio: 0.1, lagMeanMs: 200, readYourWritesWindowMs: 1000 },
    },
    'write-heavy': { label: 'Half writes', description: 'The primary climbs to about 75 % busy; replicas cannot help.', params: { replicas: 2, writeRatio: 0.5, lagMeanMs: 200 } },
  },
  metrics: [
    { key: 'staleShare', label: 'Stale reads', unit: '%', get: (s) => s.metrics.staleReadShare, better: 'lower', summary: true },
    { key: 'ryw', label: 'Read-your-writes violations', unit: 'reads', get: (s) => s.metrics.readYourWritesViolations, better: 'lower', summary: true },
    { key: 'primaryLoad', label: 'Primary load', unit: '%', get: primaryLoad, better: 'lower', summary: true },
    { key: 'replicaLoad', label: 'Load per replica (mean)', unit: '%', get: replicaLoad, better: 'lower', summary: true },
    { key: 'readsOnPrimary', label: 'Reads sent to the primary', unit: 'reads', get: (s) => s.metrics.readsOnPrimary },
    { key: 'backlog', label: 'Writes not yet on a replica (most)', unit: 'writes', get: backlog, better: 'lower' },
    { key: 'p99ResponseMs', label: 'p99 latency', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, better: 'lower' },
    { key: 'staleReads', label: 'Stale reads (count)', unit: 'reads', get: (s) => s.metrics.staleReads, better: 'lower' },
  ],
  series: [
    { key: 'staleShare', label: 'stale reads', unit: '%', get: (s) => s.metrics.staleReadShare, measured: true },
    { key: 'rywShare', label: 'read-your-writes violations', unit: '%', get: (s) => (s.metrics.reads ? s.metrics.readYourWritesViolations / s.metrics.reads : 0), measured: true },
    { key: 'primaryLoad', label: 'primary', unit: '%', get: primaryLoad },
    { key: 'replicaLoad', label: 'replica (mean)', unit: '%', get: (s) => replicaLoad(s) || 0 },
  ],
  charts: [
    { id: 'stale', title: 'Share of reads that were stale (so far)', unit: '%', series: ['staleShare', 'rywShare'] },
    {
      id: 'load',
      title: 'Node load (time-average)',
      unit: '%',
      series: ['primaryLoad', 'replicaLoad'],
      // Without the read-your-writes window the primary serves only writes (all reads with no replica): load = rate × share × service time.
      theory: (p) =>
        p.readYourWritesWindowMs > 0 ? null : { label: 'theory primary load (λ × writes × service time)', value: (p.arrivalRate * (p.replicas === 0 ? 1 : p.writeRatio) * p.serviceTimeMs) / 1000 },
    },
  ],
  sweep: {
    title: 'Load and stale reads vs number of replicas (8 runs)',
    xLabel: 'Replicas',
    xUnit: 'replicas',
    points: (p) => SWEEP_REPLICAS.map((r) => ({ x: r, params: { ...p, replicas: r, requests: 10_000, warmupRequests: 500 } })),
    metrics: [
      { key: 'primaryLoad', label: 'primary load', unit: '%', get: primaryLoad },
      { key: 'replicaLoad', label: 'load per replica', unit: '%', get: (s) => replicaLoad(s) },
      { key: 'staleShare', label: 'stale reads', unit: '%', get: (s) => s.metrics.staleReadShare },
    ],
    currentX: (p) => p.replicas,
  },
  sampleEveryMs: (p) => p.sampleIntervalMs,
  stepMs: (p) => p.sampleIntervalMs,
  defaultSpeed: 2,
  warmingUp: (s) => s.metrics.requests === 0,
  compareKeys: ['replicas', 'writeRatio', 'lagMeanMs', 'readYourWritesWindowMs', 'arrivalRate', 'ownReadRatio', 'lagDist'],
  assumptions: [
    'Requests arrive at random (Poisson); a share of them are writes, the rest reads.',
    'Every write executes on the primary; each replica applies it after its own random lag (mean “Replication lag”), never going back to an older version.',
    'Reads go to the replicas in turn (to the primary when there is none, or for a user who wrote within the read-your-writes window).',
    'Each user owns one record that only they write; a share of reads (“Own reads”) are of the reader’s own record, the rest of a random user’s.',
    'A read is stale if its replica has not yet applied the latest write to that record when it serves the read.',
    'A read-your-writes violation is a read of your own record served by a replica that has not applied a write you had committed before sending the read (a write still in flight does not count).',
    'Each node serves one request at a time, first come first served; applying a replicated write costs a replica nothing here.',
    'The theory line is plain arithmetic (arrival rate × write share × service time) and holds only without the read-your-writes window.',
  ],
});

import type { WorkEstimate } from '../models/estimates';
import { compileDesign, K } from './compile';
import type { Design } from './parts';
import { designTheory } from './theory';
import { expectedArrivals } from './traffic';

/** Bytes per job present (the engine's pooled arrays, the design's own fields, heap slots). */
const JOB_BYTES = 200;
/** Fixed part: histograms, stations, the engine's tables. */
const BASE_BYTES = 2e6;

/**
 * What one run of a design will cost, from the design alone (no run): expected arrivals over the
 * day (the integral of its rate, spike and scheduled surges included) × the events each request
 * makes (its arrival, one per station visit or edge delay after the theory's hit rates, its
 * timeout, a sync write's acknowledgement, its queued job's visits), plus the time-series rows.
 * Memory: the keys' tables at caches and databases (replicas keep a time per key), Zipf tables,
 * per-user sessions and pins, and every request that can be waiting at once. `lowerWork` and
 * `lowerBytes` name JSON paths of the design to lower.
 *
 * @example
 * estimateDesignWork(design).events; // ≈ the run's `events`
 */
export function estimateDesignWork(design: Design): WorkEstimate {
  const plan = compileDesign(design);
  const t = plan.traffic;
  const theory = designTheory(design, 1);
  const n = expectedArrivals(t, 0, t.dayMs);
  // events per arrival at rate 1: visits (stations and edges) + timeouts + sync acks
  let perRequest = 1;
  for (const c of theory.perComponent) {
    const comp = plan.components.find((x) => x.id === c.id);
    if (!comp || comp.kind === K.lb) continue;
    perRequest += c.arrivalRatePerSec;
    if (comp.c.kind === 'database' && comp.c.replication === 'sync') perRequest += c.groups[0]?.arrivalRatePerSec ?? 0;
  }
  for (const cc of plan.classes) {
    if (cc.rc.timeoutMs !== undefined) perRequest += cc.rc.share;
    if (cc.queueStep < 0) continue;
    // a job that fails at an API after its queue is tried again: attempts = 1 + f + f² + … (up to the retries)
    let ok = 1;
    for (let s = cc.queueStep + 1; s < cc.steps; s++) {
      const c = plan.components[cc.stepComp[s] as number];
      if (c?.c.kind !== 'external') continue;
      ok *= (1 - c.c.failureRate) * (1 - (theory.perComponent.find((x) => x.id === c.id)?.rateLimitedShare ?? 0));
    }
    const retries = plan.components[cc.stepComp[cc.queueStep] as number]?.c;
    const max = retries?.kind === 'queue' ? retries.maxRetries : 0;
    let extra = 0;
    for (let k = 1; k <= max; k++) extra += (1 - ok) ** k;
    perRequest += (theory.perClass[cc.index]?.jobsPerSec ?? 0) * extra * (cc.steps - cc.queueStep);
  }
  const events = n * perRequest;
  const rows = Math.min(20_000, Math.ceil(t.dayMs / design.run.sampleIntervalMs) + 1);
  const columns = 6 + 4 * plan.classes.length + 4 * plan.components.length;
  // memory and setup
  let bytes = BASE_BYTES + plan.classes.length * 80_000 + rows * columns * 16;
  let setup = 0;
  const zipfKeys = new Set(plan.classes.filter((c) => c.rc.keys.count > 1).map((c) => `${c.rc.keys.count}|${c.rc.keys.zipf}`));
  for (const z of zipfKeys) {
    const count = Number(z.split('|')[0]);
    bytes += 8 * count;
    setup += count;
  }
  let waiting = 0;
  for (const comp of plan.components) {
    const c = comp.c;
    const keys = comp.keySpace;
    if (c.kind === 'cache' || c.kind === 'cdn') {
      const lfu = c.policy === 'lfu' || c.policy === 'random';
      bytes += keys * (1 + (lfu ? 20 : 8)) + (c.ttlMs > 0 ? 8 * keys : 0);
      if (c.kind === 'cache' && c.nodes > 1) {
        bytes += 8 * keys;
        setup += 2 * keys;
      }
    }
    if (c.kind === 'database') {
      bytes += 8 * c.replicas * keys;
      setup += c.sharding === 'consistent-hash' ? c.shards * 100 * 20 : 0;
    }
    for (const g of comp.groups) waiting += g.count * (g.slots + (Number.isFinite(g.queueLimit) ? g.queueLimit : 0));
  }
  const users = plan.users;
  bytes += users * 4 * (plan.balancers.length + plan.components.length / 4);
  setup += users * (1 + plan.balancers.length);
  const queued = plan.classes.some((c) => c.queueStep >= 0) ? n * 0.05 : 0;
  bytes += Math.min(n, waiting + queued) * JOB_BYTES;
  const client = design.components.findIndex((c) => c.kind === 'client');
  return {
    events,
    work: events + rows * columns,
    setup,
    bytes,
    simMs: t.dayMs,
    lowerWork: [`components[${client}].peakRps`, 'run.dayMs', `components[${client}].growth`, `components[${client}].spike`],
    lowerBytes: ['classes[].keys.count', `components[${client}].users`, 'database replicas', 'queueLimit'],
  };
}


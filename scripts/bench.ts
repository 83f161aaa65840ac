/**
 * Benchmark (not a test): `npm run bench` or `npm run --silent bench -- --json`.
 * 1. M/M/1 at 80 % load over 1,000,000 customers: the engine (heap, pooled jobs, statistics,
 *    histogram, time series) against a hand-written Lindley recursion with the same PRNG.
 * 2. Events per second of every event-driven model at its defaults (200,000 requests; the system
 *    model runs one compressed day instead, at a 2,000 req/s peak — the day must finish in < 5 s).
 * 3. The design model on each example in examples/designs/ over its day (the 20-component
 *    marketplace at a 2,000 req/s peak must finish in < 5 s; target ≥ 3 M events/s).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRng, exponential, models, parseParamsOrThrow, STREAM, type EventModelName } from '../lib/sim';
import { DesignSim, designSchema } from '../lib/sim/design';

const CUSTOMERS = 1_000_000;
const json = process.argv.includes('--json');

function best<T>(times: number, f: () => T): { ms: number; value: T } {
  let ms = Infinity;
  let value = f();
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    value = f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, value };
}

/** Lindley: W(n+1) = max(0, W(n) + S(n) − A(n+1)); mean response = mean(W + S). */
function lindley(n: number): number {
  const arr = createRng(1, STREAM.arrivals);
  const svc = createRng(1, STREAM.service);
  let w = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const s = exponential(svc, 10);
    sum += w + s;
    w = Math.max(0, w + s - exponential(arr, 12.5));
  }
  return sum / n;
}

const engineParams = parseParamsOrThrow('queue', { arrivalRate: 80, serviceTimeMs: 10, requests: CUSTOMERS, warmupRequests: 0 });
const engine = best(3, () => models.queue.run(engineParams));
const hand = best(3, () => lindley(CUSTOMERS));
const mm1 = {
  customers: CUSTOMERS,
  engineCustomersPerSec: Math.round((CUSTOMERS / engine.ms) * 1000),
  lindleyCustomersPerSec: Math.round((CUSTOMERS / hand.ms) * 1000),
  ratio: Number((hand.ms / engine.ms).toFixed(3)),
  engineMeanResponseMs: Number(engine.value.meanResponseMs.toFixed(3)),
  lindleyMeanResponseMs: Number(hand.value.toFixed(3)),
  theoryMeanResponseMs: 50,
};

const perModel: Record<string, { events: number; ms: number; eventsPerSec: number }> = {};
for (const name of Object.keys(models).filter((n) => n !== 'scaling') as EventModelName[]) {
  const params = parseParamsOrThrow(name, name === 'system' ? { peakRate: 2_000 } : { requests: 200_000 });
  const run = best(2, () => models[name].create(params as never).runToEnd() as { events: number });
  perModel[name] = { events: run.value.events, ms: Number(run.ms.toFixed(1)), eventsPerSec: Math.round((run.value.events / run.ms) * 1000) };
}

/** Best of n by wall clock, with the process CPU time of that run (less sensitive to a busy machine). */
function bestWithCpu<T>(times: number, f: () => T): { ms: number; cpuMs: number; value: T } {
  let out = { ms: Infinity, cpuMs: Infinity, value: f() };
  for (let i = 0; i < times; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const value = f();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (ms < out.ms) out = { ms, cpuMs: (c.user + c.system) / 1000, value };
  }
  return out;
}

const designs: Record<string, { components: number; peakRps: number; events: number; ms: number; eventsPerSec: number; cpuEventsPerSec: number }> = {};
for (const file of readdirSync('examples/designs').filter((f) => f.endsWith('.json')).sort()) {
  const d = designSchema.parse(JSON.parse(readFileSync(`examples/designs/${file}`, 'utf8')));
  const client = d.components.find((c) => c.kind === 'client');
  const run = bestWithCpu(3, () => {
    const sim = new DesignSim(d);
    sim.advanceTo(Infinity);
    return sim.events;
  });
  designs[file.replace(/\.json$/, '')] = {
    components: d.components.length,
    peakRps: client?.kind === 'client' ? client.peakRps * client.growth : 0,
    events: run.value,
    ms: Number(run.ms.toFixed(1)),
    eventsPerSec: Math.round((run.value / run.ms) * 1000),
    cpuEventsPerSec: Math.round((run.value / run.cpuMs) * 1000),
  };
}

const out = { node: process.version, mm1, models: perModel, designs };
if (json) process.stdout.write(`${JSON.stringify(out)}\n`);
else {
  console.log(`M/M/1, 80 % load, ${CUSTOMERS.toLocaleString('en')} customers`);
  console.log(`  engine   ${mm1.engineCustomersPerSec.toLocaleString('en').padStart(12)} customers/s   mean response ${mm1.engineMeanResponseMs} ms`);
  console.log(`  Lindley  ${mm1.lindleyCustomersPerSec.toLocaleString('en').padStart(12)} customers/s   mean response ${mm1.lindleyMeanResponseMs} ms (theory 50)`);
  console.log(`  ratio    ${(mm1.ratio * 100).toFixed(1)} % of the Lindley loop`);
  console.log('\nEvents per second at defaults (200,000 requests; system: one day at a 2,000 req/s peak)');
  for (const [name, r] of Object.entries(perModel))
    console.log(`  ${name.padEnd(12)} ${r.eventsPerSec.toLocaleString('en').padStart(12)} events/s  (${r.events.toLocaleString('en')} events in ${r.ms} ms)`);
  console.log('\nDesign model: each example over its day (examples/designs; events/s by wall clock, and by process CPU time)');
  for (const [name, r] of Object.entries(designs))
    console.log(
      `  ${name.padEnd(18)} ${r.eventsPerSec.toLocaleString('en').padStart(12)} events/s  ${r.cpuEventsPerSec.toLocaleString('en').padStart(12)} per CPU s  (${r.components} components, ${r.peakRps.toLocaleString('en')} req/s peak: ${r.events.toLocaleString('en')} events in ${r.ms} ms)`,
    );
}

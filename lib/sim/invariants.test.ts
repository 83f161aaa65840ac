import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { models, type EventModelName } from './models';
import { parseParamsOrThrow } from './params';

function allFinite(x: unknown, path = 'result'): string[] {
  if (typeof x === 'number') return Number.isFinite(x) && x >= -1 ? [] : [`${path} = ${x}`];
  if (Array.isArray(x)) return x.flatMap((v, i) => allFinite(v, `${path}[${i}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => allFinite(v, `${path}.${k}`));
  return [];
}

const common = { seed: fc.integer({ min: 0, max: 1000 }), requests: fc.integer({ min: 1, max: 1500 }), warmupRequests: fc.integer({ min: 0, max: 300 }) };
/** Models run by a request count (system runs over a day: its invariants are in models/system.test.ts). */
type CountedModel = Exclude<EventModelName, 'system'>;
const gens: Record<CountedModel, fc.Arbitrary<Record<string, unknown>>> = {
  queue: fc.record({
    ...common,
    arrivalRate: fc.double({ min: 1, max: 500, noNaN: true }),
    serviceTimeMs: fc.double({ min: 0.5, max: 50, noNaN: true }),
    serviceDist: fc.constantFrom('exponential', 'constant', 'uniform', 'lognormal'),
    workers: fc.integer({ min: 1, max: 8 }),
    queueLimit: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    responseMode: fc.constantFrom('sync', 'async'),
    burstiness: fc.double({ min: 1, max: 10, noNaN: true }),
  }).map((p) => (p.serviceDist === 'uniform' ? { ...p, serviceCv: 0.5 } : p)),
  lb: fc.record({
    ...common,
    servers: fc.integer({ min: 1, max: 8 }),
    algorithm: fc.constantFrom('round-robin', 'weighted-round-robin', 'random', 'least-connections', 'power-of-two', 'ip-hash'),
    arrivalRate: fc.double({ min: 1, max: 1000, noNaN: true }),
    serverSpeeds: fc.array(fc.double({ min: 0.1, max: 4, noNaN: true }), { maxLength: 8 }),
    queueLimit: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    failServer: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
    failAtMs: fc.double({ min: 0, max: 5000, noNaN: true }),
    healthCheckMs: fc.double({ min: 0, max: 3000, noNaN: true }),
  }).map((p) => ({ ...p, serverSpeeds: p.serverSpeeds.slice(0, p.servers), failServer: p.failServer === undefined ? undefined : p.failServer % p.servers })),
  sessions: fc.record({
    ...common,
    servers: fc.integer({ min: 1, max: 6 }),
    users: fc.integer({ min: 1, max: 100 }),
    thinkTimeMs: fc.double({ min: 1, max: 2000, noNaN: true }),
    sessionMode: fc.constantFrom('local', 'sticky', 'shared'),
    killServer: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    killAtMs: fc.double({ min: 0, max: 5000, noNaN: true }),
    addServerAtMs: fc.option(fc.double({ min: 0, max: 5000, noNaN: true }), { nil: undefined }),
  }).map((p) => ({ ...p, killServer: p.killServer === undefined ? undefined : p.killServer % p.servers })),
  deploy: fc.record({
    ...common,
    servers: fc.integer({ min: 1, max: 8 }),
    strategy: fc.constantFrom('all-at-once', 'rolling', 'blue-green'),
    batchSize: fc.integer({ min: 1, max: 8 }),
    bootTimeMs: fc.double({ min: 0, max: 3000, noNaN: true }),
    arrivalRate: fc.double({ min: 1, max: 500, noNaN: true }),
    deployAtMs: fc.double({ min: 0, max: 3000, noNaN: true }),
  }),
  replication: fc.record({
    ...common,
    replicas: fc.integer({ min: 0, max: 4 }),
    arrivalRate: fc.double({ min: 1, max: 500, noNaN: true }),
    writeRatio: fc.double({ min: 0, max: 1, noNaN: true }),
    lagMeanMs: fc.double({ min: 0, max: 1000, noNaN: true }),
    readYourWritesWindowMs: fc.double({ min: 0, max: 1000, noNaN: true }),
  }),
  sharding: fc.record({
    ...common,
    shards: fc.integer({ min: 1, max: 16 }),
    keys: fc.integer({ min: 1, max: 2000 }),
    zipf: fc.double({ min: 0, max: 2, noNaN: true }),
    partitioning: fc.constantFrom('modulo', 'consistent-hash', 'range'),
    virtualNodes: fc.integer({ min: 1, max: 50 }),
    addShardAtMs: fc.option(fc.double({ min: 0, max: 3000, noNaN: true }), { nil: undefined }),
  }),
  cache: fc.record({
    ...common,
    keys: fc.integer({ min: 1, max: 2000 }),
    zipf: fc.double({ min: 0, max: 2, noNaN: true }),
    capacity: fc.integer({ min: 0, max: 2500 }),
    policy: fc.constantFrom('lru', 'lfu', 'fifo', 'random'),
    ttlMs: fc.double({ min: 0, max: 2000, noNaN: true }),
    writeRatio: fc.double({ min: 0, max: 1, noNaN: true }),
    cacheMode: fc.constantFrom('object', 'query'),
    rowsPerQuery: fc.integer({ min: 1, max: 20 }),
  }),
};
const names = Object.keys(gens) as CountedModel[];

function strip(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

describe.each(names)('%s invariants', (name) => {
  it('conservation: arrivals = completed + dropped (+ in system, checked mid-run); no NaN or negative values', () => {
    fc.assert(
      fc.property(gens[name], (raw) => {
        const params = parseParamsOrThrow(name, strip(raw));
        const sim = models[name].create(params as never);
        sim.advanceTo(700);
        const mid = sim.snapshot() as { metrics: { requests: number; completed: number; dropped: number } };
        const midRes = sim.result() as unknown as { inSystem?: number };
        if (midRes.inSystem !== undefined) expect(mid.metrics.completed + mid.metrics.dropped + midRes.inSystem).toBe(mid.metrics.requests);
        const r = sim.runToEnd() as unknown as { requests: number; completed: number; dropped: number };
        expect(r.requests).toBe(params.requests);
        expect(r.completed + r.dropped).toBe(r.requests);
        expect(allFinite(r)).toEqual([]);
      }),
      { numRuns: 25, seed: 42 },
    );
  });

  it('determinism and step-size invariance: 1 ms slices, 1 s slices and run-to-end agree exactly', () => {
    const params = parseParamsOrThrow(name, { requests: 1500, warmupRequests: 200, seed: 7 });
    const end = JSON.stringify(models[name].create(params as never).runToEnd());
    expect(JSON.stringify(models[name].run(params as never))).toBe(end);
    for (const step of [1, 1000]) {
      const sim = models[name].create(params as never);
      for (let t = 0; !sim.done; t += step) {
        sim.advanceTo(t);
        if (t % 5000 === 0) sim.snapshot();
      }
      expect(JSON.stringify(sim.result())).toBe(end);
    }
  });
});

describe('A/B lanes share the random streams', () => {
  it('two lb runs that differ only in the algorithm see the same arrivals', () => {
    const a = models.lb.create(parseParamsOrThrow('lb', { algorithm: 'random', requests: 3000 }));
    const b = models.lb.create(parseParamsOrThrow('lb', { algorithm: 'power-of-two', requests: 3000 }));
    a.advanceTo(5000);
    b.advanceTo(5000);
    expect(a.snapshot().metrics.requests).toBe(b.snapshot().metrics.requests);
  });

  it('kill and revive act at the current time', () => {
    const sim = models.lb.create(parseParamsOrThrow('lb', { healthCheckMs: 100 }));
    sim.advanceTo(3000);
    expect(sim.act({ type: 'kill', server: 2 })).toBe(true);
    sim.advanceTo(3200);
    expect(sim.snapshot().servers[2]).toMatchObject({ alive: false, inRotation: false });
    expect(sim.act({ type: 'revive', server: 2 })).toBe(true);
    sim.advanceTo(3400);
    expect(sim.snapshot().servers[2]).toMatchObject({ alive: true, inRotation: true });
    const s = models.sessions.create(parseParamsOrThrow('sessions', {}));
    s.advanceTo(5000);
    expect(s.act({ type: 'kill', server: 0 })).toBe(true);
    expect(s.act({ type: 'add-server' })).toBe(true);
    expect(s.snapshot().servers).toHaveLength(5);
    expect(s.runToEnd().lostSessions).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { designBill, MACHINE_PRICE } from './prices';
import { designSchema, type Design, type DesignInput } from './schema';
import { DesignSim } from './sim';
import { expectedArrivals, msAtHour } from './traffic';
import { designTraffic } from './compile';

type Input = Omit<DesignInput, 'version' | 'name'>;
const parse = (d: Input): Design => designSchema.parse({ version: 1, name: 'test', ...d });
const flat = (peakRps: number, extra: Record<string, unknown> = {}) => ({ id: 'users', kind: 'client' as const, label: 'Users', peakRps, nightShare: 1, peakHour: 12, ...extra });
const arrows = (...pairs: [string, string][]) => pairs.map(([from, to]) => ({ from, to }));
const run = (d: Design) => new DesignSim(d).runToEnd();
const comp = (r: ReturnType<typeof run>, id: string) => r.perComponent.find((c) => c.id === id);

/** App → cache → database reads over Zipf keys (plus optional faults). */
const cached = (extra: Partial<Input> = {}): Design =>
  parse({
    components: [
      flat(300),
      { id: 'app', kind: 'service', label: 'App', machines: 1, workersPerMachine: 32 },
      { id: 'cache', kind: 'cache', label: 'Cache', capacityPerNode: 500, workers: 16 },
      { id: 'db', kind: 'database', label: 'DB', connections: 32 },
    ],
    connections: arrows(['users', 'app'], ['app', 'cache'], ['cache', 'db']),
    classes: [{ id: 'read', label: 'read', share: 1, keys: { count: 5_000, zipf: 0.9 }, path: [{ to: 'app', ms: 1 }, { to: 'cache', op: 'read' }, { to: 'db', op: 'read', ms: 5 }] }],
    run: { seed: 1, dayMs: 48_000, sampleIntervalMs: 1_000 },
    ...extra,
  });

describe('design semantics', () => {
  it('a cold cache is cold; a restart empties it and the database takes the misses', () => {
    const r = run(cached({ faults: [{ type: 'restart-cache', target: 'cache', atHour: 12 }] }));
    const hit = r.series['hit:cache'] ?? [];
    const queries = r.series['queries:db'] ?? [];
    expect(hit[0]).toBeLessThan(hit[20]! - 0.1); // first second: mostly misses
    const restart = 24; // row 24 covers the second after 12:00 of a 48 s day
    expect(hit[restart]).toBeLessThan(hit[restart - 1]! - 0.1);
    expect(queries[restart]).toBeGreaterThan(1.2 * queries[restart - 1]!);
  });

  it('a write invalidates (the next read misses) or updates (it hits)', () => {
    const withWriter = (onWrite: 'invalidate' | 'update') =>
      cached({
        connections: arrows(['users', 'app'], ['app', 'cache'], ['cache', 'db'], ['app', 'db'], ['db', 'cache']),
        classes: [
          { id: 'read', label: 'read', share: 0.7, keys: { count: 5_000, zipf: 0.9 }, path: [{ to: 'app', ms: 1 }, { to: 'cache', op: 'read' }, { to: 'db', op: 'read', ms: 5 }] },
          { id: 'write', label: 'write', share: 0.3, keys: { count: 5_000, zipf: 0.9 }, path: [{ to: 'app', ms: 1 }, { to: 'db', op: 'write', ms: 5 }, { to: 'cache', op: 'write', onWrite, ms: 0 }] },
        ],
      });
    const hit = (d: Design) => comp(run(d), 'cache')?.cache?.hitRate ?? 0;
    expect(hit(withWriter('update'))).toBeGreaterThan(hit(withWriter('invalidate')) + 0.05);
  });

  it('a queue answers the caller at enqueue; the job runs later, retries failures with backoff and dead-letters the last', () => {
    const d = parse({
      components: [flat(50), { id: 'app', kind: 'service', label: 'App', machines: 1 }, { id: 'jobs', kind: 'queue', label: 'Jobs', workers: 2, maxRetries: 2, retryBackoffMs: 100 }, { id: 'mail', kind: 'external', label: 'Mail', latencyMs: 10, failureRate: 1 }],
      connections: arrows(['users', 'app'], ['app', 'jobs'], ['jobs', 'mail']),
      classes: [{ id: 'order', label: 'order', share: 1, keys: { count: 100, zipf: 0 }, path: [{ to: 'app', ms: 2 }, { to: 'jobs', ms: 20 }, { to: 'mail' }] }],
      run: { seed: 1, dayMs: 10_000, sampleIntervalMs: 1_000 },
    });
    const r = run(d);
    const c = r.perClass[0]!;
    expect(c.errors).toBe(0);
    expect(c.meanResponseMs).toBeLessThan(10); // the app's 2 ms and its wait, not the job's
    const j = c.jobs!;
    expect(j.deadLettered).toBe(j.jobs);
    expect(j.failuresByCause['external-error']).toBe(3 * j.jobs); // 1 try + 2 retries each
    expect(comp(r, 'jobs')?.queue?.retries).toBe(2 * j.jobs);
    expect(comp(r, 'jobs')?.queue?.deadLetters).toBe(j.jobs);
  });

  it('a rate limit refuses what is over it (token bucket): rate-limited errors', () => {
    const d = parse({
      components: [flat(200), { id: 'api', kind: 'external', label: 'API', latencyMs: 1, concurrency: 1000, rateLimitPerSec: 50 }],
      connections: arrows(['users', 'api']),
      classes: [{ id: 'call', label: 'call', share: 1, path: [{ to: 'api' }] }],
      run: { seed: 1, dayMs: 60_000, sampleIntervalMs: 10_000 },
    });
    const r = run(d);
    expect(Math.abs(r.errorsByCause['rate-limited'] / r.requests - 0.75)).toBeLessThan(0.02);
    expect(comp(r, 'api')?.external?.rateLimited).toBe(r.errorsByCause['rate-limited']);
  });

  it('a client timeout is an error at the deadline; the work still runs', () => {
    const d = parse({
      components: [flat(90), { id: 'app', kind: 'service', label: 'App', machines: 1, workersPerMachine: 1, queueLimit: 10_000 }],
      connections: arrows(['users', 'app']),
      classes: [{ id: 'slow', label: 'slow', share: 1, timeoutMs: 50, path: [{ to: 'app', ms: 10 }] }],
      run: { seed: 1, dayMs: 20_000, sampleIntervalMs: 1_000 },
    });
    const r = run(d);
    expect(r.errorsByCause.timeout).toBeGreaterThan(0.05 * r.requests);
    expect(r.p99ResponseMs).toBeLessThanOrEqual(50);
    // timed-out requests were still served: the app served every request
    expect(comp(r, 'app')?.groups[0]?.visits).toBe(r.requests);
  });

  it('a partition fails what needs the component while it lasts; a killed machine fails until the balancer notices', () => {
    const d = parse({
      components: [
        flat(100),
        { id: 'lb', kind: 'lb', label: 'LB', algorithm: 'round-robin', healthCheckMs: 1_000 },
        { id: 'app', kind: 'service', label: 'App', machines: 4 },
        { id: 'db', kind: 'database', label: 'DB' },
      ],
      connections: arrows(['users', 'lb'], ['lb', 'app'], ['app', 'db']),
      classes: [{ id: 'r', label: 'r', share: 1, path: [{ to: 'lb' }, { to: 'app', ms: 2 }, { to: 'db', op: 'read', ms: 2 }] }],
      faults: [
        { type: 'partition', target: 'db', atHour: 6, hours: 2 },
        { type: 'kill-machine', target: 'app', machine: 1, atHour: 18 },
      ],
      run: { seed: 1, dayMs: 24_000, sampleIntervalMs: 1_000 },
    });
    const r = run(d);
    const errors = r.series.errorsPerSec ?? [];
    expect(errors.slice(0, 6).every((e) => e === 0)).toBe(true);
    expect(errors.slice(6, 8).every((e) => e > 50)).toBe(true); // all of it: ~100 req/s
    expect(errors[9]).toBe(0);
    expect(r.errorsByCause.partitioned).toBeGreaterThan(150);
    // round robin sends a quarter to the dead machine for the 1 s health check: about 25 requests
    expect(r.errorsByCause['machine-down']).toBeGreaterThan(10);
    expect(r.errorsByCause['machine-down']).toBeLessThan(45);
    expect(errors.slice(20).every((e) => e === 0)).toBe(true);
  });

  it('a surge multiplies arrivals while it lasts (scheduled or live)', () => {
    const d = cached({ faults: [{ type: 'surge', atHour: 6, hours: 6, multiplier: 3 }] });
    const r = run(d);
    const rate = r.series.rate ?? [];
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(rate.slice(13, 23)) / mean(rate.slice(1, 11))).toBeGreaterThan(2.7);
    expect(Math.abs(r.requests - expectedArrivals(designTraffic(d), 0, d.run.dayMs)) / r.requests).toBeLessThan(0.02);
    expect(r.peakWindow.why).toBe('surge');
    const live = new DesignSim(cached());
    live.advanceTo(msAtHour(d.run.dayMs, 6));
    expect(live.act({ type: 'surge', multiplier: 3, hours: 6 })).toBe(true);
    expect(Math.abs(live.runToEnd().requests - r.requests) / r.requests).toBeLessThan(0.03);
  });

  it('local sessions follow the user: sticky balancing keeps them, a spread balancer loses them, a shared store never does', () => {
    const shop = (sticky: boolean, shared: boolean) =>
      parse({
        components: [
          flat(100, { users: 500 }),
          { id: 'lb', kind: 'lb', label: 'LB', algorithm: 'round-robin', sticky },
          { id: 'app', kind: 'service', label: 'App', machines: 4 },
          { id: 'sessions', kind: 'cache', label: 'Sessions', capacityPerNode: 0 },
        ],
        connections: arrows(['users', 'lb'], ['lb', 'app'], ['app', 'sessions']),
        classes: [
          { id: 'login', label: 'login', share: 0.2, session: 'create', path: [{ to: 'lb' }, { to: 'app', ms: 2 }, ...(shared ? [{ to: 'sessions', op: 'write' as const, session: true }] : [])] },
          { id: 'buy', label: 'buy', share: 0.8, session: 'require', path: [{ to: 'lb' }, { to: 'app', ms: 2 }, ...(shared ? [{ to: 'sessions', op: 'read' as const, session: true }] : [])] },
        ],
        faults: [{ type: 'kill-machine', target: 'app', machine: 0, atHour: 12 }],
        run: { seed: 1, dayMs: 24_000, sampleIntervalMs: 1_000 },
      });
    const noSession = (d: Design) => run(d).errorsByCause['no-session'];
    const spread = noSession(shop(false, false));
    const sticky = noSession(shop(true, false));
    expect(spread).toBeGreaterThan(0.3 * 0.8 * 2_400);
    expect(sticky).toBeGreaterThan(0); // the dead machine's users lost theirs
    expect(sticky).toBeLessThan(spread / 5);
    expect(noSession(shop(false, true))).toBe(0);
  });

  it('a CDN hit is answered at the edge', () => {
    const d = parse({
      components: [flat(100), { id: 'edge', kind: 'cdn', label: 'Edge', capacity: 10_000, hitMs: 7 }, { id: 'origin', kind: 'service', label: 'Origin', machines: 1, workersPerMachine: 16 }],
      connections: arrows(['users', 'edge'], ['edge', 'origin']),
      classes: [{ id: 'get', label: 'get', share: 1, keys: { count: 50, zipf: 0 }, path: [{ to: 'edge', op: 'read' }, { to: 'origin', ms: 30 }] }],
      run: { seed: 1, dayMs: 20_000, sampleIntervalMs: 1_000 },
    });
    const r = run(d);
    expect(comp(r, 'edge')?.cache?.hitRate).toBeGreaterThan(0.95);
    expect(r.p50ResponseMs).toBeCloseTo(7, 0);
    // one miss per key, then hits; a few keys miss twice while their first response is on its way
    expect(comp(r, 'origin')?.groups[0]?.visits).toBeGreaterThanOrEqual(50);
    expect(comp(r, 'origin')?.groups[0]?.visits).toBeLessThan(60);
  });

  it('bills machines linearly in speed, queue workers at their mean and usage-priced kinds per million', () => {
    const d = parse({
      components: [
        flat(100),
        { id: 'lb', kind: 'lb', label: 'LB' },
        { id: 'app', kind: 'service', label: 'App', machines: 3, size: 'l' },
        { id: 'db', kind: 'database', label: 'DB', size: 'm', replicas: 2, shards: 2 },
        { id: 'jobs', kind: 'queue', label: 'Jobs', workers: 4 },
        { id: 'api', kind: 'external', label: 'API', pricePerMillion: 100 },
      ],
      connections: arrows(['users', 'lb'], ['lb', 'app'], ['app', 'db'], ['db', 'jobs'], ['jobs', 'api']),
      classes: [{ id: 'w', label: 'w', share: 1, path: [{ to: 'lb' }, { to: 'app', ms: 1 }, { to: 'db', op: 'write', ms: 1 }, { to: 'jobs', ms: 1 }, { to: 'api' }] }],
    });
    const bill = designBill(d, { requestsPerDay: { api: 1e6 } });
    const line = (id: string) => bill.lines.find((l) => l.id === id)?.monthly;
    expect(line('lb')).toBe(MACHINE_PRICE.lb);
    expect(line('app')).toBe(3 * 4 * MACHINE_PRICE.service);
    expect(line('db')).toBe(2 * 3 * 2 * MACHINE_PRICE.database);
    expect(line('jobs')).toBe(4 * MACHINE_PRICE.queue);
    expect(line('api')).toBe(30 * 100);
    expect(bill.total).toBe(bill.lines.reduce((a, l) => a + l.monthly, 0));
  });

  it('names the bottleneck and the next one, with the load offered against capacity', () => {
    const r = run(cached({ components: [flat(300), { id: 'app', kind: 'service', label: 'App', machines: 1, workersPerMachine: 4 }, { id: 'cache', kind: 'cache', label: 'Cache', capacityPerNode: 500, workers: 16 }, { id: 'db', kind: 'database', label: 'DB', connections: 32 }] }));
    expect(r.bottleneck?.id).toBe('app');
    expect(r.bottleneck?.why).toMatch(/^App: \d+ % busy at the peak \([\d,]+ req\/s offered, [\d,]+ req\/s capacity\)$/);
    expect(r.bottleneck?.utilization).toBeCloseTo(0.075, 2); // 300 req/s × 1 ms over 4 workers
    expect(r.nextBottleneck?.id).not.toBe('app');
    expect(r.bottleneck!.capacityPerSec).toBeCloseTo(4000, -2); // 4 workers at 1 ms
  });
});

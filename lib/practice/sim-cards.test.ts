import { describe, expect, it } from 'vitest';
import { estimateSystemWork } from '@/lib/sim/models/system-estimate';
import { parseParamsOrThrow, runModel } from '@/lib/sim/params';
import { FAILOVER_CARD_SETUP, getSimCard, SIM_CARDS, simCardInfo } from './sim-cards';

describe('simulation flashcards', () => {
  it('has at least one card per chapter 00–05, with unique sim- ids', () => {
    for (const slug of ['scaling-up-vs-out', 'clones', 'database', 'cache', 'asynchronism', 'putting-it-together']) expect(SIM_CARDS.some((c) => c.chapter === slug), slug).toBe(true);
    expect(new Set(SIM_CARDS.map((c) => c.id)).size).toBe(SIM_CARDS.length);
    for (const c of SIM_CARDS) expect(c.id.startsWith('sim-')).toBe(true);
  });

  it('measures the same value every time (fixed seed) and a finite, positive one', () => {
    for (const c of SIM_CARDS) {
      const v = c.measure();
      expect(Number.isFinite(v) && v > 0, c.id).toBe(true);
      expect(c.measure()).toBe(v);
    }
  });

  it('agrees with queueing theory where theory has the answer', () => {
    // M/M/1 at ρ = 0.8, 10 ms mean service: response time is exponential with mean 50 ms; p99 = 50 ln 100 ≈ 230 ms.
    const p99 = getSimCard('sim-one-server-80')!.measure();
    expect(p99).toBeGreaterThan(230 * 0.85);
    expect(p99).toBeLessThan(230 * 1.15);
    // 8 workers for 7.5 erlangs of work: a job waits much longer than its 50 ms of service at p99.
    expect(getSimCard('sim-workers-near-full')!.measure()).toBeGreaterThan(150);
  });

  it('round robin at 85%: p99 near the E4/M/1 theory (79 ms), not M/M/1 (123 ms); least connections about halves it (the card quotes all three)', () => {
    const card = getSimCard('sim-round-robin-p99')!;
    // Each server gets every 4th arrival of a Poisson stream (Erlang-4 gaps, 212.5/s) and serves at 250/s:
    // GI/M/1 sojourn time is exponential with rate μ(1 − σ), σ = (4λ / (4λ + μ(1 − σ)))⁴.
    const lambda = 212.5;
    const mu = 250;
    let sigma = 0.5;
    for (let i = 0; i < 200; i++) sigma = ((4 * lambda) / (4 * lambda + mu * (1 - sigma))) ** 4;
    const e4p99 = (1000 * Math.log(100)) / (mu * (1 - sigma));
    const mm1p99 = (1000 / (mu - lambda)) * Math.log(100);
    expect(Math.round(e4p99)).toBe(79);
    expect(Math.round(mm1p99)).toBe(123);
    expect(card.explain).toContain('about 123 ms');
    expect(card.explain).toContain('about 79 ms');
    expect(card.explain).toContain('about in half, to about 40 ms');
    const leastConnections = (seed: number) =>
      runModel('lb', { seed, requests: 20_000, warmupRequests: 1_000, arrivalRate: 850, serviceTimeMs: 4, servers: 4, algorithm: 'least-connections' }).p99ResponseMs;
    const roundRobin = (seed: number) => runModel('lb', { seed, requests: 20_000, warmupRequests: 1_000, arrivalRate: 850, serviceTimeMs: 4, servers: 4, algorithm: 'round-robin' }).p99ResponseMs;
    expect(roundRobin(1)).toBe(card.measure());
    for (const seed of [1, 2, 3]) {
      const rr = roundRobin(seed);
      const lc = leastConnections(seed);
      expect(rr, `seed ${seed}`).toBeGreaterThan(e4p99 * 0.85);
      expect(rr, `seed ${seed}`).toBeLessThan(e4p99 * 1.15);
      expect(lc, `seed ${seed}`).toBeGreaterThan(35);
      expect(lc, `seed ${seed}`).toBeLessThan(45);
      expect(rr / lc, `seed ${seed}`).toBeGreaterThan(1.6); // "about in half", not "several times"
      expect(rr / lc, `seed ${seed}`).toBeLessThan(2.4);
    }
  });

  it('passes plain data to the page (no engine function)', () => {
    const info = simCardInfo(SIM_CARDS[0]!);
    expect(info).not.toHaveProperty('measure');
    expect(JSON.parse(JSON.stringify(info))).toEqual(info);
  });

  describe('chapter 5: orders lost in a failover', () => {
    const card = getSimCard('sim-failover-lost-orders')!;
    const lost = (extra: Record<string, unknown>) => runModel('system', { ...FAILOVER_CARD_SETUP, ...extra }).lostCommits;

    it('is the whole-system engine’s count on seed 1, and moves when the engine’s inputs do', () => {
      expect(card.chapter).toBe('putting-it-together');
      expect(card.measure()).toBe(lost({ seed: 1 }));
      // half the lag, about half the loss: the number comes out of the run, not the card
      const halfLag = lost({ seed: 1, replicationLagMs: 500 });
      expect(halfLag).toBeLessThan(0.75 * card.measure());
      expect(halfLag).toBeGreaterThan(0.25 * card.measure());
      expect(lost({ seed: 1, primaryFailAtHour: undefined })).toBe(0);
    });

    it('averages write rate × mean lag (100/s × 1 s) over seeds, and seed 1 grades the rule as close', () => {
      const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
      const mean = seeds.reduce((a, seed) => a + lost({ seed }), 0) / seeds.length;
      // pending writes of a Poisson stream with exponential lag are Poisson(λL): sd of the mean √(100/12) ≈ 2.9
      expect(Math.abs(mean - 100)).toBeLessThan(4 * Math.sqrt(100 / seeds.length));
      const v = card.measure();
      expect(Math.max(v / 100, 100 / v)).toBeLessThan(1.5); // the review page's tolerance
    });

    it('is small enough to run at once in the practice worker', () => {
      const p = parseParamsOrThrow('system', { seed: 1, ...FAILOVER_CARD_SETUP });
      expect(estimateSystemWork(p).events).toBeLessThan(250_000);
      // its playground link opens the same setup on the playground's day length
      expect(card.playground).toContain('system.primaryFailAtHour=12');
      expect(card.playground).toContain('system.replicationLagMs=1000');
    });
  });
});

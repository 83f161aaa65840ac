import { describe, expect, it } from 'vitest';
import { getSimCard, SIM_CARDS, simCardInfo } from './sim-cards';

describe('simulation flashcards', () => {
  it('has at least one card per chapter 00–04, with unique sim- ids', () => {
    for (const slug of ['scaling-up-vs-out', 'clones', 'database', 'cache', 'asynchronism']) expect(SIM_CARDS.some((c) => c.chapter === slug), slug).toBe(true);
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

  it('passes plain data to the page (no engine function)', () => {
    const info = simCardInfo(SIM_CARDS[0]!);
    expect(info).not.toHaveProperty('measure');
    expect(JSON.parse(JSON.stringify(info))).toEqual(info);
  });
});

import { describe, expect, it } from 'vitest';
import { Arrivals } from './arrivals';
import { createRng, STREAM, type Rng } from './rng';
import { gamma, poisson } from './variates';

function counting(rng: Rng): Rng & { draws: number } {
  const c = { draws: 0, next: () => (c.draws++, rng.next()), int: (n: number) => (c.draws++, rng.int(n)) };
  return c;
}

/** Mean and squared coefficient of variation of `n` inter-arrival gaps. */
function gaps(ratePerSec: number, b: number, cycleMs: number, n: number, seed = 1) {
  const a = new Arrivals(createRng(seed, STREAM.arrivals), createRng(seed, STREAM.bursts), ratePerSec, b, cycleMs);
  let t = 0;
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const next = a.next(t);
    const g = next - t;
    s += g;
    s2 += g * g;
    t = next;
  }
  const mean = s / n;
  return { mean, scv: (s2 / n - mean * mean) / (mean * mean) };
}

describe('bursty arrivals (on/off MMPP)', () => {
  // Inter-arrival T = X + OFF time, X ~ Exp(μ = bλ) of ON time, OFF periods ~ Poisson(αX) with α = 1/onMean:
  // E[T] = 1/λ and SCV = 1 + 2 α m² μ / b² with m = offMean.
  it.each([
    [10, 10, 100], // about one cycle per arrival: stepped
    [1, 10, 100], // about ten: mixed
    [0.5, 20, 10], // hundreds: skipped in O(1)
    [5, 4, 2_000],
  ])('λ %s/s, b %s, cycle %s ms: mean gap and SCV match the theory', (rate, b, cycle) => {
    const { mean, scv } = gaps(rate, b, cycle, 200_000);
    const mu = (rate * b) / 1000;
    const onMean = cycle / b;
    const m = onMean * (b - 1);
    const theoryScv = 1 + (2 * (1 / onMean) * m * m * mu) / (b * b);
    expect(Math.abs(mean - 1000 / rate) / (1000 / rate)).toBeLessThan(0.015);
    expect(Math.abs(scv - theoryScv) / theoryScv).toBeLessThan(0.04);
  });

  it('costs O(1) draws per arrival however many cycles it skips', () => {
    const burst = counting(createRng(1, STREAM.bursts));
    const a = new Arrivals(createRng(1, STREAM.arrivals), burst, 0.001, 100, 1); // ~10⁶ cycles per arrival
    let t = 0;
    for (let i = 0; i < 100; i++) t = a.next(t);
    expect(burst.draws / 100).toBeLessThan(40);
    expect(t / 100).toBeGreaterThan(1e5); // mean gap 10⁶ ms
  });
});

describe('variates', () => {
  it.each([3, 29, 31, 500, 1e7])('poisson(%s): mean and variance', (mean) => {
    const rng = createRng(7, STREAM.misc);
    const n = 40_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const k = poisson(rng, mean);
      s += k;
      s2 += k * k;
    }
    const m = s / n;
    expect(Math.abs(m - mean) / mean).toBeLessThan(0.02);
    expect(Math.abs((s2 / n - m * m) / mean - 1)).toBeLessThan(0.05);
  });

  it.each([1, 2.5, 40, 1e6])('gamma(%s, 3): mean and variance', (shape) => {
    const rng = createRng(9, STREAM.misc);
    const n = 40_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = gamma(rng, shape, 3);
      s += x;
      s2 += x * x;
    }
    const m = s / n;
    expect(Math.abs(m - 3 * shape) / (3 * shape)).toBeLessThan(0.02);
    expect(Math.abs((s2 / n - m * m) / (9 * shape) - 1)).toBeLessThan(0.05);
  });
});

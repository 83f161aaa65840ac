import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSampler } from './distributions';
import { EventHeap } from './heap';
import { Histogram } from './histogram';
import { createRng, STREAM } from './rng';
import { Zipf } from './zipf';

describe('EventHeap', () => {
  it('pops in (time, insertion order) order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (times) => {
        const h = new EventHeap(2);
        times.forEach((t, i) => h.push(t, 0, i));
        const out: [number, number][] = [];
        while (h.pop()) out.push([h.time, h.data]);
        const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(out).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});

describe('Histogram', () => {
  it('percentiles are within 1 % of the exact order statistic', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 500 }), fc.constantFrom(0.5, 0.95, 0.99), (xs, q) => {
        const h = new Histogram();
        xs.forEach((x) => h.record(x));
        const sorted = [...xs].sort((a, b) => a - b);
        const exact = sorted[Math.max(0, Math.ceil(q * xs.length) - 1)] ?? 0;
        expect(Math.abs(h.percentile(q) - exact) / exact).toBeLessThanOrEqual(0.01);
      }),
      { numRuns: 100 },
    );
  });
});

describe('random streams and distributions', () => {
  it('same seed and stream give the same numbers; streams differ', () => {
    const a = createRng(5, STREAM.arrivals);
    const b = createRng(5, STREAM.arrivals);
    const c = createRng(5, STREAM.service);
    const xa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xa);
    expect(xa.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it.each(['exponential', 'constant', 'uniform', 'lognormal'] as const)('%s sampler has the requested mean and spread', (kind) => {
    const s = makeSampler(kind, 10, createRng(3, STREAM.service), 0.5);
    const n = 200_000;
    let sum = 0;
    let sq = 0;
    let min = Infinity;
    for (let i = 0; i < n; i++) {
      const x = s();
      if (x < min) min = x;
      sum += x;
      sq += x * x;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    const mean = sum / n;
    const cv = Math.sqrt(sq / n - mean * mean) / mean;
    expect(mean).toBeCloseTo(10, 0);
    expect(cv).toBeCloseTo(kind === 'exponential' ? 1 : kind === 'constant' ? 0 : 0.5, 1);
  });

  it('Zipf sampling matches its probabilities', () => {
    const z = new Zipf(100, 1);
    const rng = createRng(1, STREAM.keys);
    const counts = new Array<number>(100).fill(0);
    const n = 200_000;
    for (let i = 0; i < n; i++) counts[z.sample(rng)]!++;
    for (const k of [0, 1, 9, 50]) expect((counts[k] ?? 0) / n).toBeCloseTo(z.prob(k), 2);
    const u = new Zipf(10, 0);
    expect(u.prob(3)).toBeCloseTo(0.1, 10);
  });
});

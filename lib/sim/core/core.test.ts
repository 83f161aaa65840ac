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

  it('Zipf draws the key a plain search of the CDF finds, for every u (head, tail and uniform paths alike)', () => {
    // the reference: the CDF built as the sampler builds it, searched from 0 for the first CDF(k) > u
    const reference = (n: number, s: number) => {
      const cdf = new Float64Array(n);
      let acc = 0;
      for (let k = 0; k < n; k++) cdf[k] = acc += s === 0 ? 1 : Math.pow(k + 1, -s);
      for (let k = 0; k < n; k++) cdf[k] = (cdf[k] as number) / acc;
      cdf[n - 1] = 1;
      const key = (x: number) => {
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((cdf[mid] as number) > x) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      };
      return { cdf, key };
    };
    const below = (x: number) => x - Number.EPSILON * x; // the largest doubles under a CDF step
    let u = 0;
    const fixed = { next: () => u, int: (m: number) => Math.floor(u * m) };
    const rng = createRng(3, STREAM.keys);
    for (const [n, s] of [[1, 1], [7, 0], [2048, 1.2], [5000, 0.3], [30_000, 0.7], [30_000, 1], [60_000, 0], [40_000, 3]] as const) {
      const z = new Zipf(n, s);
      const ref = reference(n, s);
      const probes = [0, below(1)];
      for (let i = 0; i < 3000; i++) probes.push(rng.next());
      for (let k = 0; k < n; k += Math.max(1, Math.floor(n / 3000))) probes.push(ref.cdf[k] as number, below(ref.cdf[k] as number));
      for (const p of probes.filter((x) => x < 1)) {
        u = p;
        if (z.sample(fixed) !== ref.key(p)) expect({ n, s, u: p, key: z.sample(fixed) }).toEqual({ n, s, u: p, key: ref.key(p) });
      }
    }
  });
});

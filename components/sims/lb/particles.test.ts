import { describe, expect, it } from 'vitest';
import { DotScale, niceCount, ParticleField } from './particles';

/** Feeds a field `frames` frames of `perFrame` arrivals on each of four servers. */
function feed(field: ParticleField, perFrame: number[], frames = 10, wallMs = 16) {
  const totals = perFrame.map(() => 0);
  field.update(totals, wallMs);
  for (let f = 0; f < frames; f++) {
    perFrame.forEach((n, i) => (totals[i] = (totals[i] ?? 0) + n));
    field.update([...totals], wallMs);
  }
}

describe('request dots', () => {
  it('rounds the scale to 1, 2, 5, 10, 20, 50…', () => {
    expect([1, 2, 3, 6, 11, 49, 120].map(niceCount)).toEqual([1, 2, 5, 10, 20, 50, 200]);
  });

  it('one dot per request at low load, several at high load', () => {
    const quiet = new ParticleField();
    feed(quiet, [1, 0, 0, 0]);
    expect(quiet.perDot).toBe(1);
    const busy = new ParticleField();
    feed(busy, [100, 100, 100, 100]);
    expect(busy.perDot).toBeGreaterThan(1);
  });

  it('A and B lanes share one scale, whatever each would pick alone', () => {
    const scale = new DotScale();
    const a = new ParticleField(scale, 'a');
    const b = new ParticleField(scale, 'b');
    for (let f = 0; f < 5; f++) {
      feed(a, [100, 100, 100, 100], 1);
      feed(b, [1, 1, 1, 1], 1);
    }
    feed(a, [100, 100, 100, 100], 1);
    expect(a.perDot).toBeGreaterThan(1);
    expect(b.perDot).toBe(a.perDot);
  });
});

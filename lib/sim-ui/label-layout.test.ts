import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadBlocks, wrapLabel } from './label-layout';

/** 6 px per character: a stand-in for the canvas's measureText. */
const mono = (s: string) => s.length * 6;

describe('wrapLabel', () => {
  it('keeps a name that fits on one line', () => {
    expect(wrapLabel('p99', 60, mono)).toEqual(['p99']);
  });

  it('breaks a long name at spaces into lines that fit', () => {
    expect(wrapLabel('new requests sent to A now', 80, mono)).toEqual(['new requests', 'sent to A now']);
  });

  it('cuts what is left after the last line with an ellipsis that fits too', () => {
    const lines = wrapLabel('read your writes violations over time', 60, mono);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const l of lines.slice(0, 1)) expect(mono(l)).toBeLessThanOrEqual(60);
    expect(mono(lines[1]!)).toBeLessThanOrEqual(60);
  });
});

describe('spreadBlocks', () => {
  it('leaves names that do not touch where they want to be', () => {
    expect(spreadBlocks([50, 100, 200], [12, 12, 12], 0, 300)).toEqual([44, 94, 194]);
  });

  it('pushes two close names apart around their wishes ("Mean jobs in system (L)" over "Queue length")', () => {
    const [a, b] = spreadBlocks([100, 101], [12, 12], 0, 300);
    expect(b! - a!).toBe(12);
    expect((a! + 6 + b! + 6) / 2).toBeCloseTo(100.5, 9);
  });

  it('stacks a two-line name and a one-line name without overlap', () => {
    const [a, b] = spreadBlocks([100, 100], [26, 13], 0, 300);
    expect(b! - a!).toBe(26);
  });

  it('keeps names inside the gutter', () => {
    const ys = spreadBlocks([-20, 0, 1], [12, 12, 12], 0, 170);
    expect(Math.min(...ys)).toBe(0);
    const low = spreadBlocks([169, 170, 170], [12, 12, 12], 0, 170);
    expect(Math.max(...low) + 12).toBeLessThanOrEqual(170);
  });

  it('never lets two names overlap or leave the gutter, for any wishes and heights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ c: fc.double({ min: -50, max: 250, noNaN: true }), h: fc.integer({ min: 10, max: 40 }) }), { minLength: 1, maxLength: 13 }),
        (items) => {
          const tops = spreadBlocks(
            items.map((x) => x.c),
            items.map((x) => x.h),
            0,
            170,
          );
          const total = items.reduce((s, x) => s + x.h, 0);
          const scale = Math.min(1, 170 / total);
          const boxes = tops.map((t, i) => ({ t, b: t + items[i]!.h * scale })).sort((p, q) => p.t - q.t);
          for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.t).toBeGreaterThanOrEqual(boxes[i - 1]!.b - 1e-6);
          for (const x of boxes) {
            expect(x.t).toBeGreaterThanOrEqual(-1e-6);
            expect(x.b).toBeLessThanOrEqual(170 + 1e-6);
          }
        },
      ),
    );
  });
});

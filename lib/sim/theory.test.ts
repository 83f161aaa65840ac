import { describe, expect, it } from 'vitest';
import { cacheHitRate, erlangB, erlangC, littlesLaw, md1, mg1, mm1, mm1ResponsePercentile, mmc, mmck } from './theory';

describe('theory', () => {
  it('M/M/1 and Little', () => {
    expect(mm1(80, 10).meanResponseMs).toBeCloseTo(50, 9);
    expect(mm1(80, 10).meanInSystem).toBeCloseTo(4, 9);
    expect(littlesLaw(100, 50)).toBe(5);
    expect(mm1ResponsePercentile(50, 10, 0.5)).toBeCloseTo(20 * Math.log(2), 9);
  });
  it('Erlang B/C known values', () => {
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
    expect(erlangC(1, 0.8)).toBeCloseTo(0.8, 12);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(mmc(80, 10, 1).meanResponseMs).toBeCloseTo(50, 9);
  });
  it('Pollaczek–Khinchine and finite queues', () => {
    expect(md1(80, 10).meanWaitMs).toBeCloseTo(20, 9);
    expect(mg1(80, 10, 1).meanWaitMs).toBeCloseTo(mm1(80, 10).meanWaitMs, 9);
    expect(mmck(100, 10, 1, 1).blocking).toBeCloseTo(0.5, 12);
    expect(mmck(100, 10, 2, 2).blocking).toBeCloseTo(erlangB(2, 1), 12);
    expect(mmck(50, 10, 1, 10_000).meanResponseMs).toBeCloseTo(20, 6);
  });
  it('cache predictions are ordered LFU ≥ LRU ≥ FIFO and reach 1 at full capacity', () => {
    const lru = cacheHitRate('lru', 1000, 0.8, 100);
    expect(cacheHitRate('lfu', 1000, 0.8, 100)).toBeGreaterThan(lru);
    expect(lru).toBeGreaterThan(cacheHitRate('fifo', 1000, 0.8, 100));
    expect(cacheHitRate('lru', 1000, 0, 100)).toBeCloseTo(0.1, 6);
    expect(cacheHitRate('lru', 10, 1, 10)).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDelta, formatValue, plural, unitFor } from './format';

describe('formatValue', () => {
  it('uses the singular for exactly one of a count noun', () => {
    expect(formatValue(1, 'workers')).toBe('1 worker');
    expect(formatValue(1, 'shards')).toBe('1 shard');
    expect(formatValue(1, 'entries')).toBe('1 entry');
    expect(formatValue(2, 'workers')).toBe('2 workers');
    expect(formatValue(0, 'servers')).toBe('0 servers');
    expect(formatValue(1.5, 'replicas')).toBe('1.5 replicas');
  });

  it('leaves units that are not count nouns alone', () => {
    expect(formatValue(1, 'ms')).toBe('1 ms');
    expect(formatValue(1234.4, 'req/s')).toBe('1,234 req/s');
    expect(formatValue(0.8523, '%')).toBe('85.2 %');
  });

  it('writes the Zipf skew and the spread as a name before the number, never "0.9 Zipf s"', () => {
    expect(formatValue(0.9, 'Zipf s')).toBe('Zipf 0.9');
    expect(formatValue(1.5, 'cv')).toBe('cv 1.5');
    expect(formatValue(0.9, 'Zipf s')).not.toContain('Zipf s');
  });

  it('writes a multiplier against the number', () => {
    expect(formatValue(2.125, '×')).toBe('2.13×');
    expect(formatValue(0.5, '×')).toBe('0.5×');
  });

  it('never shows a minus sign on a value that rounds to zero', () => {
    expect(formatValue(-0.0001, 'ms')).toBe('0 ms');
    expect(formatValue(-0.0001, '×')).toBe('0×');
    expect(formatValue(-0.3, 'ms')).toBe('\u22120.3 ms');
  });

  it('handles NaN, infinity and money', () => {
    expect(formatValue(NaN, 'ms')).toBe('—');
    expect(formatValue(Infinity, 'ms')).toBe('∞ ms');
    expect(formatValue(-40, '$')).toBe('\u2212$40');
  });
});

describe('formatDelta', () => {
  it('signs a real difference', () => {
    expect(formatDelta(230, 60, 'ms')).toBe('\u2212170 ms');
    expect(formatDelta(0.5, 0.525, '%')).toBe('+2.5 pp');
    expect(formatDelta(1, 3, 'workers')).toBe('+2 workers');
    expect(formatDelta(1, 2, 'servers')).toBe('+1 server');
  });

  it('shows ±0, never −0, when the difference rounds away', () => {
    expect(formatDelta(1.2001, 1.2, '×')).toBe('±0×');
    expect(formatDelta(10, 10, 'ms')).toBe('±0 ms');
    expect(formatDelta(0.50001, 0.5, '%')).toBe('±0 pp');
    expect(formatDelta(1.2001, 1.2, '×')).not.toContain('\u22120');
  });

  it('shows a skew difference as a bare number', () => {
    expect(formatDelta(0.8, 1.2, 'Zipf s')).toBe('+0.4');
  });
});

describe('plural and unitFor', () => {
  it('counts with the right noun', () => {
    expect(plural(1, 'servers')).toBe('1 server');
    expect(plural(1200, 'requests')).toBe('1,200 requests');
    expect(unitFor(1, 'ms')).toBe('ms');
  });
});

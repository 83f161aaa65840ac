import { describe, expect, it } from 'vitest';
import { clockAtSimSeconds, clockTickStepsSec, formatDayClock } from './day-clock';

describe('formatDayClock', () => {
  it('writes hours of the day as HH:MM, zero-padded', () => {
    expect(formatDayClock(0)).toBe('00:00');
    expect(formatDayClock(7.25)).toBe('07:15');
    expect(formatDayClock(19)).toBe('19:00');
    expect(formatDayClock(19.5)).toBe('19:30');
    expect(formatDayClock(23.75)).toBe('23:45');
  });

  it('rounds to the nearest minute, so float noise never shows 18:59 for 19:00', () => {
    expect(formatDayClock(18.99999)).toBe('19:00');
    expect(formatDayClock(19 + 29.6 / 60)).toBe('19:30');
    expect(formatDayClock(19 + 29.4 / 60)).toBe('19:29');
  });

  it('ends the day at 24:00 and reads a drain past midnight as the next morning', () => {
    expect(formatDayClock(24)).toBe('24:00');
    expect(formatDayClock(24.25)).toBe('00:15');
    expect(formatDayClock(49)).toBe('01:00');
  });

  it('never prints a negative or NaN clock', () => {
    expect(formatDayClock(-1)).toBe('00:00');
    expect(formatDayClock(NaN)).toBe('00:00');
  });
});

describe('clockAtSimSeconds', () => {
  it('maps sim seconds of a compressed day to the clock', () => {
    // the default day: 24 h in 600 s of simulation, 25 s per hour
    expect(clockAtSimSeconds(0, 600_000)).toBe('00:00');
    expect(clockAtSimSeconds(450, 600_000)).toBe('18:00');
    expect(clockAtSimSeconds(487.5, 600_000)).toBe('19:30');
    expect(clockAtSimSeconds(600, 600_000)).toBe('24:00');
    // a one-minute day: 2.5 s per hour
    expect(clockAtSimSeconds(30, 60_000)).toBe('12:00');
    // an uncompressed day
    expect(clockAtSimSeconds(3_600 * 19.5, 86_400_000)).toBe('19:30');
  });
});

describe('clockTickStepsSec', () => {
  it('offers steps that land on whole quarter hours and hours of the day', () => {
    const day = 600_000;
    const steps = clockTickStepsSec(day);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    for (const step of steps) {
      const label = clockAtSimSeconds(step * 3, day);
      expect(label, `${step} s`).toMatch(/^\d\d:(00|15|30|45)$/);
    }
    expect(clockAtSimSeconds(steps[2]!, day)).toBe('01:00');
    expect(steps.at(-1)).toBe(600);
  });
});

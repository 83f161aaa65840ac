import { describe, expect, it } from 'vitest';
import type { LbServerView } from '@/lib/sim/models/lb';
import { groupName, groupServers, labelEvery, MAX_BARS, serversPerBar } from './server-groups';

const up = (queue: number, busy = 1): LbServerView => ({ queue, busy, alive: true, inRotation: true, served: 0 });

describe('server picture bars', () => {
  it('one bar per server up to 32, the same numbers as the servers', () => {
    const servers = [up(0, 0), up(3), { ...up(0, 0), alive: false }, { ...up(1), inRotation: false }];
    const bars = groupServers(servers);
    expect(bars.map((g) => [g.size, g.queue, g.busy, g.down, g.out])).toEqual([
      [1, 0, 0, 0, 0],
      [1, 3, 1, 0, 0],
      [1, 0, 0, 1, 0],
      [1, 1, 1, 0, 1],
    ]);
    expect(groupServers(Array.from({ length: MAX_BARS }, () => up(1)))).toHaveLength(MAX_BARS);
    expect(groupName(bars[1]!)).toBe('server 2');
  });

  it('1,000 servers draw as at most 32 bars covering every server once, each with its longest queue', () => {
    const servers = Array.from({ length: 1000 }, (_, i) => up(i === 500 ? 40 : i % 3));
    servers[999] = { ...up(0, 0), alive: false };
    const bars = groupServers(servers);
    expect(serversPerBar(1000)).toBe(32);
    expect(bars.length).toBeLessThanOrEqual(MAX_BARS);
    expect(bars.reduce((n, g) => n + g.size, 0)).toBe(1000);
    bars.forEach((g, k) => k > 0 && expect(g.first).toBe(bars[k - 1]!.last + 1));
    const hot = bars.find((g) => g.first <= 500 && 500 <= g.last)!;
    expect(hot.queue).toBe(40);
    expect(groupName(hot)).toBe('servers 481–512');
    const lastBar = bars[bars.length - 1]!;
    expect([lastBar.first, lastBar.last, lastBar.down]).toEqual([992, 999, 1]);
  });

  it('a dead server’s old queue does not count as the bar’s longest', () => {
    const [bar] = groupServers([{ ...up(30), alive: false }, up(2), ...Array.from({ length: 40 }, () => up(0))]);
    expect(bar!.queue).toBe(2);
    expect(bar!.down).toBe(1);
  });

  it('numbers under the bars thin out so they do not overlap', () => {
    expect(labelEvery(4, false)).toBe(1);
    expect(labelEvery(32, false)).toBe(2);
    expect(labelEvery(32, true)).toBe(4);
  });
});

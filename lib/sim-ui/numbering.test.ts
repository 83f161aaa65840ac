import { describe, expect, it } from 'vitest';
import { loadBalancerSim } from '@/components/sims/lb/definition';
import { sessionSim } from '@/components/sims/sessions/definition';
import { describeParams } from '@/lib/sim/params';
import { engineIndex, oneBased, serverName, shownNumber, shownRange } from './numbering';

describe('numbering: servers count from 1 on the page, from 0 in the engine', () => {
  it('names engine index 0 "server 1"', () => {
    expect(serverName(0)).toBe('server 1');
    expect(serverName(3)).toBe('server 4');
    expect(serverName(-1)).toBe('no server');
    expect(serverName(null)).toBe('no server');
  });

  it('converts both ways', () => {
    for (const i of [0, 1, 31]) expect(engineIndex(shownNumber(i))).toBe(i);
  });

  it('runs an index slider from 1 to the current number of servers', () => {
    expect(shownRange({ min: 0, max: 31, indexInto: 'servers' }, { servers: 4 })).toEqual({ min: 1, max: 4, step: 1 });
    expect(shownRange({ min: 0, max: 31, indexInto: 'servers' }, {})).toEqual({ min: 1, max: 32, step: 1 });
    expect(shownRange({ min: 10, max: 20 }, { servers: 4 })).toEqual({ min: 10, max: 20 });
  });

  it('the load balancer\u2019s "Fail server" and the sessions\u2019 "Kill server" are such sliders', () => {
    const lb = loadBalancerSim.ui?.failServer;
    const sessions = sessionSim.ui?.killServer;
    expect(shownRange(lb, { servers: 4 })).toEqual({ min: 1, max: 4, step: 1 });
    expect(shownRange(sessions, { servers: 3 })).toEqual({ min: 1, max: 3, step: 1 });
  });
});

describe('oneBased: an index control as the learner sees it', () => {
  it('shows engine index 0 as 1 and hands a moved value back 0-based', () => {
    const field = describeParams(loadBalancerSim.schema).find((f) => f.key === 'failServer')!;
    const changes: unknown[] = [];
    const shown = oneBased({ field, value: 0, onChange: (v) => changes.push(v), range: loadBalancerSim.ui?.failServer, params: { servers: 4 } });
    expect(shown.value).toBe(1);
    expect(shown.range).toEqual({ min: 1, max: 4, step: 1 });
    expect(shown.field.min).toBe(1);
    shown.onChange(4);
    shown.onChange(undefined);
    expect(changes).toEqual([3, undefined]);
  });
});

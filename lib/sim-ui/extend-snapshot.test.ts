import { describe, expect, it } from 'vitest';
import { models } from '@/lib/sim/models';
import { extendSnapshot } from './extend-snapshot';

describe('extendSnapshot', () => {
  it('adds fields to the snapshot and passes time, actions and results through', () => {
    const p = models.sessions.schema.parse({ servers: 2, users: 10, requests: 500 });
    const plain = models.sessions.create(p);
    const sim = extendSnapshot(models.sessions.create(p), (s) => ({ alive: s.servers.filter((x) => x.alive).length }));
    sim.advanceTo(2000);
    plain.advanceTo(2000);
    expect(sim.now).toBe(2000);
    expect(sim.snapshot().alive).toBe(2);
    expect(sim.act({ type: 'kill', server: 0 })).toBe(true);
    expect(sim.snapshot().alive).toBe(1);
    plain.act({ type: 'kill', server: 0 });
    expect(sim.runToEnd()).toEqual(plain.runToEnd());
    expect(sim.done).toBe(true);
  });
});

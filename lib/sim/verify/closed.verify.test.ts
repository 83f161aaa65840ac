import { describe, expect, it } from 'vitest';
import { SessionsSim, sessionsSchema, type SessionsResult } from '../models/sessions';
import { mva } from '../theory-extra';
import { expectRel } from './seeds';

const run = (p: Record<string, unknown>): SessionsResult => new SessionsSim(sessionsSchema.parse(p)).runToEnd();

describe('sessions model (closed system) vs exact Mean Value Analysis', () => {
  // Sticky sessions pin users round robin at their first request, so each of the N servers holds
  // users/N users for good: N independent machine-repairman systems (think Z, one exponential server),
  // which MVA (Reiser & Lavenberg 1980) solves exactly.
  it.each([
    { servers: 4, users: 80, thinkTimeMs: 1000, serviceTimeMs: 40 }, // 20 per server, near the knee N* = (Z+S)/S = 26
    { servers: 2, users: 100, thinkTimeMs: 500, serviceTimeMs: 20 }, // 50 per server, saturated (N* = 26)
    { servers: 3, users: 30, thinkTimeMs: 2000, serviceTimeMs: 50 }, // 10 per server, light load
  ])('throughput and response for $users users on $servers servers, Z = $thinkTimeMs ms, S = $serviceTimeMs ms', (c) => {
    const th = mva(c.users / c.servers, c.thinkTimeMs, [c.serviceTimeMs]);
    const rs = [1, 2].map((seed) => run({ ...c, sessionMode: 'sticky', requests: 60_000, warmupRequests: 5_000, seed }));
    const x = rs.reduce((s, r) => s + r.throughputPerSec, 0) / rs.length;
    const resp = rs.reduce((s, r) => s + r.meanResponseMs, 0) / rs.length;
    expectRel(`MVA ${c.users} users/${c.servers} servers throughput`, x, c.servers * th.throughputPerSec, 0.02);
    expectRel(`MVA ${c.users} users/${c.servers} servers mean response`, resp, th.responseMs, 0.04);
    for (const r of rs) expect(r.failed).toBe(0);
  });

  it('local sessions behind round robin: a request lands on its session’s server with probability 1/N', () => {
    for (const servers of [2, 4]) {
      const r = run({ servers, users: 200, thinkTimeMs: 1000, serviceTimeMs: 10, sessionMode: 'local', requests: 60_000, seed: 3 });
      // binomial over 60k requests: SE ≈ 0.002
      expectRel(`local sessions, ${servers} servers: share of requests without a session`, r.noSessionRequests / r.requests, (servers - 1) / servers, 0.02);
    }
  });
});

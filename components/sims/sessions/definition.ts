import { models } from '@/lib/sim/models';
import type { SessionsParams, SessionsSnapshot } from '@/lib/sim/models/sessions';
import { defineSim } from '@/lib/sim-ui/definition';
import { extendSnapshot } from '@/lib/sim-ui/extend-snapshot';

/** The engine snapshot plus what the store adds to every request (shown as a metric). */
export type SessionView = SessionsSnapshot & {
  /** Extra server time per request for the session-store round trip (0 unless `shared`). */
  storeExtraMs: number;
};

const alive = (s: SessionsSnapshot) => s.servers.filter((x) => x.alive).length;

/** `<SessionSim>`: Steve and other users behind a round-robin balancer; local, sticky or shared sessions. */
export const sessionSim = defineSim<SessionsParams, SessionView>({
  id: 'sessions',
  mdxName: 'SessionSim',
  title: 'Sessions: local, sticky or shared',
  schema: models.sessions.schema,
  create: (p) => extendSnapshot(models.sessions.create(p), () => ({ storeExtraMs: p.sessionMode === 'shared' ? p.storeLatencyMs : 0 })),
  // No warm-up: a server killed in the first seconds must count its lost sessions.
  defaults: { warmupRequests: 0, sampleIntervalMs: 1000 },
  controls: ['sessionMode', 'servers', 'users', 'storeLatencyMs', 'thinkTimeMs'],
  ui: {
    servers: { min: 1, max: 12 },
    users: { min: 1, max: 1000 },
    thinkTimeMs: { min: 100, max: 10_000, step: 100 },
    storeLatencyMs: { min: 0, max: 50, step: 0.5 },
    serviceTimeMs: { min: 1, max: 100, step: 1 },
    serviceCv: { min: 0, max: 4, step: 0.1 },
    killServer: { min: 0, max: 11, indexInto: 'servers' },
    killAtMs: { min: 0, max: 300_000, step: 1000 },
    addServerAtMs: { min: 0, max: 300_000, step: 1000 },
    requests: { min: 1000, max: 100_000, step: 1000 },
    warmupRequests: { min: 0, max: 10_000, step: 100 },
    sampleIntervalMs: { min: 100, max: 5000, step: 100 },
    seed: { min: 0, max: 9999 },
  },
  presets: {
    'steves-day': {
      label: 'Steve’s day',
      description: 'Sticky sessions, 3 servers, 60 shoppers: Steve stays on one server all day.',
      params: { sessionMode: 'sticky', servers: 3, users: 60 },
    },
    'server-dies': {
      label: 'Server 1 dies at 1 min',
      description: 'Sticky sessions; server 1 dies one minute in and takes its shoppers’ sessions with it.',
      params: { sessionMode: 'sticky', servers: 3, users: 60, killServer: 0, killAtMs: 60_000 },
    },
    'shared-survives': {
      label: 'Shared store, server dies',
      description: 'Same failure with sessions in a shared store: nobody is logged out.',
      params: { sessionMode: 'shared', servers: 3, users: 60, killServer: 0, killAtMs: 60_000 },
    },
    'no-stickiness': {
      label: 'Local, no stickiness',
      description: 'Sessions in server memory but requests spread round robin: logged out on almost every click.',
      params: { sessionMode: 'local', servers: 3, users: 60 },
    },
    'far-store': {
      label: 'Store far away (20 ms)',
      description: 'Shared store 20 ms away: every request pays the round trip.',
      params: { sessionMode: 'shared', servers: 3, users: 60, storeLatencyMs: 20 },
    },
    'late-server': {
      label: 'Scale out, sticky',
      description: 'A fourth server joins at 1 min, but every shopper is already pinned elsewhere.',
      params: { sessionMode: 'sticky', servers: 3, users: 60, addServerAtMs: 60_000 },
    },
  },
  metrics: [
    { key: 'noSession', label: 'Logged-out requests', unit: 'requests', get: (s) => s.metrics.noSessionRequests, better: 'lower', summary: true },
    { key: 'lostSessions', label: 'Lost sessions', unit: 'sessions', get: (s) => s.metrics.lostSessions, better: 'lower', summary: true },
    { key: 'loadImbalance', label: 'Load imbalance (max/mean)', unit: '×', get: (s) => s.metrics.loadImbalance, better: 'lower', summary: true },
    { key: 'storeExtraMs', label: 'Store time per request', unit: 'ms', get: (s) => s.storeExtraMs, duringWarmup: true, better: 'lower' },
    { key: 'meanResponseMs', label: 'Mean response time', unit: 'ms', get: (s) => s.metrics.meanResponseMs, better: 'lower' },
    { key: 'p99ResponseMs', label: 'p99 latency', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, better: 'lower' },
    { key: 'failed', label: 'Failed requests', unit: 'requests', get: (s) => s.metrics.failed, better: 'lower' },
    { key: 'alive', label: 'Servers in rotation', unit: 'servers', get: alive },
  ],
  series: [
    { key: 'noSession', label: 'Logged-out requests', unit: 'requests', get: (s) => s.metrics.noSessionRequests },
    { key: 'lostSessions', label: 'Lost sessions', unit: 'sessions', get: (s) => s.metrics.lostSessions },
    { key: 'alive', label: 'Servers in rotation', unit: 'servers', get: alive },
    { key: 'p99', label: 'p99', unit: 'ms', get: (s) => s.metrics.p99ResponseMs, measured: true },
    { key: 'mean', label: 'mean', unit: 'ms', get: (s) => s.metrics.meanResponseMs, measured: true },
  ],
  charts: [
    {
      id: 'sessions',
      title: 'Logged-out requests and lost sessions (so far)',
      unit: 'requests',
      series: ['noSession', 'lostSessions'],
      // Round robin spreads sessions evenly, so one dead server takes about users ÷ servers with it.
      theory: (p) => (p.sessionMode === 'shared' ? null : { label: 'sessions one dead server holds (users ÷ servers)', value: p.users / p.servers }),
    },
    { id: 'latency', title: 'Response time (cumulative)', unit: 'ms', series: ['mean', 'p99'] },
  ],
  sampleEveryMs: (p) => p.sampleIntervalMs,
  stepMs: (p) => p.sampleIntervalMs,
  defaultSpeed: 5,
  warmingUp: (s) => s.metrics.requests === 0,
  compareKeys: ['sessionMode', 'servers', 'users', 'storeLatencyMs', 'thinkTimeMs', 'serviceTimeMs'],
  assumptions: [
    'A fixed group of logged-in users: each waits a random think time (exponential, mean “Think time”), sends one request, and waits again.',
    'A round-robin balancer spreads requests over the servers in rotation; each server handles one request at a time, first come first served.',
    'local: a session lives in the memory of the server that created it; a request landing on another server finds none, so the user logs in again there.',
    'sticky: each user is pinned to one server at their first request and moved only when that server dies.',
    'shared: sessions live in an external store that never fails; every request holds its server for one extra store round trip.',
    'A dead server loses its sessions and its requests in flight; the balancer stops using it at once, and its users retry after thinking.',
    'Steve is user 0: the path shows the server of each of his first 200 requests.',
    'The dotted line is users ÷ servers: the sessions one server holds when round robin spread them evenly, so what one failure costs (not drawn for shared).',
  ],
});

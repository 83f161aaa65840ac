import { z } from 'zod';
import { exponential, makeSampler } from '../core/distributions';
import type { SimAction } from '../core/engine';
import { NetworkSim, type LatencyFields } from '../core/network';
import { createRng, STREAM, type Rng } from '../core/rng';
import { Station } from '../core/station';
import { Balancer } from './balancer';
import { checkIndex, checkServiceCv, choice, commonParams, int, num, optInt, optNum, serviceParams, SESSION_MODE_LABELS } from './common';

/**
 * Parameters of the sessions model: a closed population of users (request, think, request…)
 * behind a round-robin balancer; where the login session lives decides what a failure costs.
 */
export const sessionsSchema = z.strictObject({
  ...commonParams,
  servers: int(1, 1_000, 4, { label: 'Servers', unit: 'servers', description: 'Application servers at the start.' }),
  users: int(1, 100_000, 200, { label: 'Users', unit: 'users', description: 'Logged-in users clicking around.' }),
  thinkTimeMs: num(0, 3_600_000, 1_000, { label: 'Think time', unit: 'ms', description: 'Mean pause between a user’s requests (exponential).' }),
  sessionMode: choice(['local', 'sticky', 'shared'], 'sticky', {
    label: 'Sessions',
    unit: '',
    description: 'local: in the memory of the server that created it; sticky: user pinned to one server; shared: external store.',
    optionLabels: SESSION_MODE_LABELS,
  }),
  storeLatencyMs: num(0, 10_000, 2, { label: 'Store round trip', unit: 'ms', description: 'Extra server time per request to read the shared store.' }),
  ...serviceParams(10),
  killServer: optInt(0, 999, { label: 'Kill server', unit: 'index', description: 'Server that dies at killAtMs; omitted = none.' }),
  killAtMs: num(0, 1e9, 20_000, { label: 'Kill at', unit: 'ms', description: 'When the server dies.' }),
  addServerAtMs: optNum(0, 1e9, { label: 'Add server at', unit: 'ms', description: 'When one new server joins; omitted = never.' }),
}).superRefine((p, ctx) => {
  checkServiceCv(p, ctx);
  checkIndex(ctx, 'killServer', p.killServer, p.servers);
});
/** Parsed sessions parameters. */
export type SessionsParams = z.infer<typeof sessionsSchema>;

/** Per-server session statistics. */
export interface SessionsServerStats {
  served: number;
  utilization: number;
  sessions: number;
  alive: boolean;
}

/** Result of a sessions run. */
export interface SessionsResult extends LatencyFields {
  failed: number;
  /** Requests that found no session on their server (the user was logged out). */
  noSessionRequests: number;
  /** Sessions destroyed by a server dying. */
  lostSessions: number;
  /** max/mean of per-server request rate while alive (alive servers at the end). */
  loadImbalance: number;
  /** Server index of each of Steve’s (user 0) requests, first 200; `null` = no server was in rotation (the request failed). */
  stevePath: (number | null)[];
  perServer: SessionsServerStats[];
  series: Record<string, number[]>;
}

/** sessions snapshot. */
export interface SessionsSnapshot {
  now: number;
  done: boolean;
  servers: { queue: number; busy: number; alive: boolean; sessions: number; served: number }[];
  /** As in the result: `null` = no server was in rotation. */
  stevePath: (number | null)[];
  metrics: Omit<SessionsResult, 'series'>;
}

const EV_REQUEST = 1;
const EV_KILL = 2;
const EV_ADD = 3;
/** Most servers a learner may add to a sessions run (`add-server`). */
export const MAX_EXTRA = 8;

/**
 * The sessions simulation. Supports `act` kill / revive / add-server at the current time.
 *
 * @example
 * const r = new SessionsSim(sessionsSchema.parse({ killServer: 0 })).runToEnd();
 * r.lostSessions > 0; // sticky sessions die with their server
 */
export class SessionsSim extends NetworkSim<SessionsResult, SessionsSnapshot> {
  private readonly balancer: Balancer;
  private readonly think: Rng;
  private readonly maxServers: number;
  private readonly sessionAt: Int32Array; // server holding each user's session, −1 = none
  private readonly sessionCount: Int32Array;
  private readonly pin: Int32Array;
  private readonly seen: Uint8Array;
  private readonly joined: Float64Array;
  private noSession = 0;
  private lost = 0;
  private readonly stevePath: (number | null)[] = [];

  constructor(private readonly p: SessionsParams) {
    const service = makeSampler(p.serviceDist, p.serviceTimeMs, createRng(p.seed, STREAM.service), p.serviceCv);
    super(['inSystem', 'completed', 'noSession', 'lostSessions', 'aliveServers'], p.sampleIntervalMs, p.requests + p.warmupRequests, p.warmupRequests, service);
    this.maxServers = p.servers + MAX_EXTRA;
    this.stations = Array.from({ length: p.servers }, () => new Station(1, Infinity, 1));
    this.balancer = new Balancer('round-robin', this.stations, [], createRng(p.seed, STREAM.routing), this.maxServers);
    this.sessionAt = new Int32Array(p.users).fill(-1);
    this.sessionCount = new Int32Array(this.maxServers);
    this.joined = new Float64Array(this.maxServers);
    this.pin = new Int32Array(p.users).fill(-1);
    this.seen = new Uint8Array(p.users);
    this.think = createRng(p.seed, STREAM.think);
    for (let u = 0; u < p.users; u++) this.schedule(exponential(this.think, p.thinkTimeMs), EV_REQUEST, u);
    if (p.killServer !== undefined) this.schedule(p.killAtMs, EV_KILL, p.killServer);
    if (p.addServerAtMs !== undefined) this.schedule(p.addServerAtMs, EV_ADD, 0);
  }

  protected serviceTime(j: number): number {
    return (this.pool.work[j] as number) + (this.p.sessionMode === 'shared' ? this.p.storeLatencyMs : 0);
  }

  protected handleEvent(kind: number, data: number): void {
    if (kind === EV_REQUEST) this.request(data);
    else if (kind === EV_KILL) this.act({ type: 'kill', server: data });
    else if (kind === EV_ADD) this.act({ type: 'add-server' });
  }

  private request(u: number): void {
    if (!this.moreArrivals()) return;
    const j = this.newJob();
    this.pool.tag[j] = u;
    const mode = this.p.sessionMode;
    let s: number;
    if (mode === 'sticky') {
      s = this.pin[u] as number;
      if (s < 0 || this.balancer.inRotation[s] !== 1) {
        s = this.balancer.pick(u);
        this.pin[u] = s;
      }
    } else s = this.balancer.pick(u);
    if (u === 0 && this.stevePath.length < 200) this.stevePath.push(s >= 0 ? s : null);
    const held = this.sessionAt[u] as number;
    if (s >= 0 && mode !== 'shared' && held !== s) {
      // no session here: the user is logged out and logs in again on this server
      if (this.seen[u] && this.measuring) this.noSession++;
      if (held >= 0) this.sessionCount[held] = (this.sessionCount[held] as number) - 1;
      this.sessionAt[u] = s;
      this.sessionCount[s] = (this.sessionCount[s] as number) + 1;
    }
    this.seen[u] = 1;
    this.offer(s, j);
  }

  private next(j: number): void {
    const u = this.pool.tag[j] as number;
    this.schedule(this.now + exponential(this.think, this.p.thinkTimeMs), EV_REQUEST, u);
  }

  protected afterService(j: number): void {
    this.next(j);
    this.leave(j);
  }

  protected onLost(j: number): void {
    this.next(j);
  }

  act(a: SimAction): boolean {
    if (a.type === 'add-server') {
      if (this.stations.length >= this.maxServers) return false;
      const st = new Station(1, Infinity, 1);
      st.reset(this.now);
      this.joined[this.stations.length] = this.now;
      this.stations.push(st);
      this.balancer.setInRotation(this.stations.length - 1, true);
      return true;
    }
    if (a.type === 'fault') return false;
    const st = this.stations[a.server];
    if (!st) return false;
    if (a.type === 'kill' && st.alive) {
      this.balancer.setInRotation(a.server, false);
      this.killStation(a.server);
      if (this.measuring) this.lost += this.sessionCount[a.server] as number;
      for (let u = 0; u < this.p.users; u++) if (this.sessionAt[u] === a.server) this.sessionAt[u] = -1;
      this.sessionCount[a.server] = 0;
      return true;
    }
    if (a.type === 'revive' && !st.alive) {
      st.alive = true;
      this.joined[a.server] = this.now;
      this.balancer.setInRotation(a.server, true);
      return true;
    }
    return false;
  }

  protected onMeasureStart(): void {
    this.joined.fill(this.now);
  }

  protected sampleRow(_t: number, row: Float64Array): void {
    row[0] = this.live;
    row[1] = this.completed;
    row[2] = this.noSession;
    row[3] = this.lost;
    row[4] = this.balancer.size;
  }

  private metrics(): Omit<SessionsResult, 'series'> {
    const end = this.now;
    const perServer = this.stations.map((st, i) => ({
      served: st.served,
      utilization: st.busyAvg.mean(end),
      sessions: this.sessionCount[i] as number,
      alive: st.alive,
    }));
    const rates = this.stations.flatMap((st, i) => {
      const span = end - Math.max(this.joined[i] as number, this.measureStart);
      return st.alive && span > 0 ? [st.served / span] : [];
    });
    const mean = rates.reduce((a, b) => a + b, 0) / Math.max(1, rates.length);
    const m = this.latencyMetrics();
    return {
      requests: m.requests,
      completed: m.completed,
      dropped: m.dropped,
      failed: this.failed,
      meanResponseMs: m.meanResponseMs,
      p50ResponseMs: m.p50ResponseMs,
      p95ResponseMs: m.p95ResponseMs,
      p99ResponseMs: m.p99ResponseMs,
      meanInSystem: m.meanInSystem,
      throughputPerSec: m.throughputPerSec,
      noSessionRequests: this.noSession,
      lostSessions: this.lost,
      loadImbalance: mean > 0 ? Math.max(...rates) / mean : 1,
      stevePath: this.stevePath.slice(),
      perServer,
      simTimeMs: m.simTimeMs,
      events: m.events,
    };
  }

  snapshot(): SessionsSnapshot {
    return {
      now: this.now,
      done: this.done,
      servers: this.stations.map((st, i) => ({ queue: st.queueLen, busy: st.busy, alive: st.alive, sessions: this.sessionCount[i] as number, served: st.served })),
      stevePath: this.stevePath.slice(),
      metrics: this.metrics(),
    };
  }

  result(): SessionsResult {
    return { ...this.metrics(), series: this.series.toJSON() };
  }
}

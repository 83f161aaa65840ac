import { mix32 } from '../core/rng';
import { COMPONENT_KINDS, DEFAULT_CACHE_LOOKUP_MS, MACHINE_SPEED, type DesignComponent } from './components';
import type { Design, RequestClass } from './parts';
import type { DayTraffic } from './traffic';

/** Kind codes (index in COMPONENT_KINDS) used on the hot path. */
export const K = {
  client: COMPONENT_KINDS.indexOf('client'),
  cdn: COMPONENT_KINDS.indexOf('cdn'),
  cache: COMPONENT_KINDS.indexOf('cache'),
  lb: COMPONENT_KINDS.indexOf('lb'),
  service: COMPONENT_KINDS.indexOf('service'),
  database: COMPONENT_KINDS.indexOf('database'),
  queue: COMPONENT_KINDS.indexOf('queue'),
  object: COMPONENT_KINDS.indexOf('object-store'),
  external: COMPONENT_KINDS.indexOf('external'),
} as const;

/** Step op codes. */
export const OP_READ = 0;
export const OP_WRITE = 1;
export const OP_CALL = 2;

/**
 * A group of identical stations with one service-time stream: a pool's machines, a cache's
 * nodes, a database's primaries or its replicas, a queue's workers, an object store, an API.
 */
export interface StationGroup {
  comp: number;
  role: 'main' | 'primary' | 'replica';
  start: number;
  count: number;
  workers: number;
  /** Worker slots per station (a queue's autoscaling ceiling). */
  slots: number;
  queueLimit: number;
  speed: number;
  dist: 'exponential' | 'constant' | 'uniform' | 'lognormal';
  cv: number;
  stream: number;
}

/** A component with its stations and the keys the classes use there. */
export interface CompiledComponent {
  index: number;
  id: string;
  kind: number;
  c: DesignComponent;
  /** Station groups (databases: primaries then replicas). */
  groups: StationGroup[];
  /** Largest key space of the classes that read or write here (keys are shared by index). */
  keySpace: number;
  /** Streams of a cache's node stores (eviction choices) and of an API's failures. */
  stream: number;
}

/**
 * Hidden run options (not part of the design): random-stream numbers per component and role, so
 * a preset can reproduce an older model's draws exactly (the `system` preset uses them), and
 * machine price overrides for the bill.
 *
 * @example
 * createDesignSim(design, { streams: { app: 20 } });
 */
export interface DesignRunOptions {
  /** Service-time stream per `id` (pools, caches, primaries, queues…) or `id:replica`. */
  streams?: Readonly<Record<string, number>>;
  /** Cache-store stream per cache id (node n uses stream + n). */
  storeStreams?: Readonly<Record<string, number>>;
  /** Monthly price at size S per component id (designBill's overrides). */
  prices?: Readonly<Record<string, number>>;
}

/** Default stream of a component's role: from its id, so adding a component leaves the others' draws alone. */
export function defaultStream(id: string, salt: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return 1000 + ((mix32(h ^ salt) >>> 0) % 1_000_000) * 8;
}

/** Step flags. */
export const SF_SESSION = 1;
export const SF_UPDATE = 2;
export const SF_REPLICA = 4;
export const SF_AFTER_LB = 8;
export const SF_NO_WAIT = 16;

/** Max steps per class (the schema's limit). */
export const MAX_STEPS = 16;

/** A class with its path in flat arrays. */
export interface CompiledClass {
  index: number;
  rc: RequestClass;
  steps: number;
  stepComp: Int32Array;
  stepKind: Int32Array;
  stepOp: Int32Array;
  stepMs: Float64Array;
  stepFlags: Int32Array;
  /** Index of the queue step (−1: synchronous all the way). */
  queueStep: number;
  /** 0 none, 1 create, 2 require. */
  session: number;
  /** Step where the session lives: the session step, else the first service step (local sessions). */
  sessionStep: number;
  sessionLocal: boolean;
}

/** The design in the shape the engine runs. */
export interface CompiledDesign {
  design: Design;
  traffic: DayTraffic;
  users: number;
  components: CompiledComponent[];
  groups: StationGroup[];
  stationCount: number;
  classes: CompiledClass[];
  /** Cumulative class shares (classes in order). */
  cumShare: Float64Array;
  /** [lb component, pool component] pairs with a balancer, in order of first use. */
  balancers: { lb: number; pool: number }[];
}

const dist = (c: DesignComponent) => ('serviceDist' in c ? { dist: c.serviceDist, cv: c.serviceCv } : { dist: 'exponential' as const, cv: 1 });
const speedOf = (c: DesignComponent) => ('size' in c ? MACHINE_SPEED[c.size] : 1);

/**
 * Traffic of a design's client.
 *
 * @example
 * designTraffic(design).peakRps;
 */
export function designTraffic(d: Design): DayTraffic {
  const client = d.components.find((c) => c.kind === 'client');
  if (!client || client.kind !== 'client') throw new Error('a design has one client');
  const surges = d.faults.flatMap((f) => (f.type === 'surge' ? [{ atHour: f.atHour, hours: f.hours, multiplier: f.multiplier }] : []));
  return { dayMs: d.run.dayMs, peakRps: client.peakRps, nightShare: client.nightShare, peakHour: client.peakHour, growth: client.growth, spike: client.spike, surges };
}

function groupsOf(c: DesignComponent, index: number, next: () => number, opts: DesignRunOptions): StationGroup[] {
  const { dist: d, cv } = dist(c);
  const stream = (role: string) => opts.streams?.[role === 'replica' ? `${c.id}:replica` : c.id] ?? defaultStream(c.id, role === 'replica' ? 2 : 1);
  const g = (role: StationGroup['role'], count: number, workers: number, queueLimit: number, slots = workers): StationGroup => {
    const start = next();
    for (let i = 1; i < count; i++) next();
    return { comp: index, role, start, count, workers, slots, queueLimit, speed: speedOf(c), dist: d, cv, stream: stream(role) };
  };
  switch (c.kind) {
    case 'service':
      return [g('main', c.machines, c.workersPerMachine, c.queueLimit)];
    case 'cache':
      return [g('main', c.nodes, c.workers, c.queueLimit)];
    case 'database': {
      const out = [g('primary', c.shards, c.connections, c.queueLimit)];
      if (c.replicas > 0) out.push(g('replica', c.shards * c.replicas, c.connections, c.queueLimit));
      return out;
    }
    case 'queue':
      return [g('main', 1, c.workers, Infinity, Math.max(c.workers, c.autoscale?.maxWorkers ?? 0))];
    case 'object-store':
    case 'external':
      return [g('main', 1, c.concurrency, Infinity)];
    default:
      return [];
  }
}

function compileClass(rc: RequestClass, index: number, byId: Map<string, CompiledComponent>): CompiledClass {
  const n = rc.path.length;
  const cc: CompiledClass = {
    index,
    rc,
    steps: n,
    stepComp: new Int32Array(n),
    stepKind: new Int32Array(n),
    stepOp: new Int32Array(n),
    stepMs: new Float64Array(n),
    stepFlags: new Int32Array(n),
    queueStep: -1,
    session: rc.session === 'create' ? 1 : rc.session === 'require' ? 2 : 0,
    sessionStep: -1,
    sessionLocal: false,
  };
  rc.path.forEach((s, i) => {
    const comp = byId.get(s.to) as CompiledComponent;
    const c = comp.c;
    cc.stepComp[i] = comp.index;
    cc.stepKind[i] = comp.kind;
    cc.stepOp[i] = s.op === 'read' ? OP_READ : s.op === 'write' ? OP_WRITE : OP_CALL;
    let ms = s.ms ?? 0;
    if (c.kind === 'cache') ms = s.ms ?? DEFAULT_CACHE_LOOKUP_MS;
    else if (c.kind === 'object-store' || c.kind === 'external') ms = c.latencyMs;
    else if (c.kind === 'cdn') ms = c.hitMs;
    cc.stepMs[i] = ms;
    let f = 0;
    if (s.session) f |= SF_SESSION;
    if (s.onWrite === 'update') f |= SF_UPDATE;
    if (s.node === 'replica') f |= SF_REPLICA;
    if (i > 0 && byId.get(rc.path[i - 1]?.to ?? '')?.kind === K.lb) f |= SF_AFTER_LB;
    if (ms === 0 && c.kind !== 'cdn' && c.kind !== 'lb') f |= SF_NO_WAIT;
    cc.stepFlags[i] = f;
    if (c.kind === 'queue' && cc.queueStep < 0) cc.queueStep = i;
    if (s.session && cc.sessionStep < 0) cc.sessionStep = i;
  });
  if (cc.session && cc.sessionStep < 0) {
    cc.sessionStep = rc.path.findIndex((s) => byId.get(s.to)?.kind === K.service);
    cc.sessionLocal = true;
  }
  return cc;
}

/**
 * Lays a parsed design out as stations, groups and flat per-step arrays.
 *
 * @example
 * compileDesign(designSchema.parse(json)).stationCount;
 */
export function compileDesign(d: Design, opts: DesignRunOptions = {}): CompiledDesign {
  let stations = 0;
  const next = () => stations++;
  const components: CompiledComponent[] = d.components.map((c, index) => ({
    index,
    id: c.id,
    kind: COMPONENT_KINDS.indexOf(c.kind),
    c,
    groups: [],
    keySpace: 1,
    stream: opts.storeStreams?.[c.id] ?? defaultStream(c.id, 3),
  }));
  for (const comp of components) comp.groups = groupsOf(comp.c, comp.index, next, opts);
  const byId = new Map(components.map((c) => [c.id, c]));
  for (const rc of d.classes)
    for (const s of rc.path) {
      if (s.session) continue; // a session step is keyed by the user, not the class's keys
      const comp = byId.get(s.to) as CompiledComponent;
      comp.keySpace = Math.max(comp.keySpace, rc.keys.count);
    }
  const classes = d.classes.map((rc, i) => compileClass(rc, i, byId));
  const cumShare = new Float64Array(classes.length);
  let acc = 0;
  classes.forEach((c, i) => {
    acc += c.rc.share;
    cumShare[i] = acc;
  });
  const balancers: { lb: number; pool: number }[] = [];
  for (const cc of classes)
    for (let i = 0; i + 1 < cc.steps; i++)
      if (cc.stepKind[i] === K.lb) {
        const lb = cc.stepComp[i] as number;
        const pool = cc.stepComp[i + 1] as number;
        if (!balancers.some((b) => b.lb === lb && b.pool === pool)) balancers.push({ lb, pool });
      }
  const client = d.components.find((c) => c.kind === 'client');
  return {
    design: d,
    traffic: designTraffic(d),
    users: client && client.kind === 'client' ? client.users : 1,
    components,
    groups: components.flatMap((c) => c.groups),
    stationCount: stations,
    classes,
    cumShare,
    balancers,
  };
}

import type { ComponentKind, DesignComponent } from './components';
import type { Design, PathStep, RequestClass } from './parts';

/** Refinement context (zod 4's `superRefine` ctx), reduced to what the checks use. */
type Ctx = { addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void };

/** Which ops each kind accepts, and whether a step there needs (or may have) its own `ms`. */
const OPS: Record<ComponentKind, { ops: readonly string[]; ms: 'required' | 'optional' | 'never' }> = {
  client: { ops: [], ms: 'never' },
  cdn: { ops: ['read', 'write'], ms: 'never' },
  cache: { ops: ['read', 'write'], ms: 'optional' },
  lb: { ops: ['call'], ms: 'never' },
  service: { ops: ['call'], ms: 'required' },
  database: { ops: ['read', 'write'], ms: 'required' },
  queue: { ops: ['call'], ms: 'required' },
  'object-store': { ops: ['read', 'write'], ms: 'never' },
  external: { ops: ['call'], ms: 'never' },
};

/** How a message names a step: the class's label and the step's number from 1. */
const stepName = (c: RequestClass, i: number) => `'${c.label}' step ${i + 1}`;

/**
 * Cross-reference checks of a design, each reported at its JSON path with a message in words that
 * names the class, the step and what is allowed. Shapes and ranges are the schema's own checks.
 *
 * @example
 * designSchema.safeParse(d).error?.issues[0];
 * // { path: ['classes', 1, 'path', 2, 'node'], message: "Writes must go to the primary: 'create link' step 3 writes to a replica" }
 */
export function checkDesign(d: Design, ctx: Ctx): void {
  const byId = new Map<string, DesignComponent>();
  d.components.forEach((c, i) => {
    if (byId.has(c.id)) ctx.addIssue({ code: 'custom', path: ['components', i, 'id'], message: `'${c.id}' is used by two components; ids must be unique` });
    byId.set(c.id, c);
  });
  const clients = d.components.filter((c) => c.kind === 'client');
  if (clients.length !== 1)
    ctx.addIssue({ code: 'custom', path: ['components'], message: `a design has exactly one Clients (traffic) component, found ${clients.length}` });
  const client = clients[0];

  const arrows = new Set<string>();
  d.connections.forEach((a, i) => {
    for (const end of ['from', 'to'] as const)
      if (!byId.has(a[end])) ctx.addIssue({ code: 'custom', path: ['connections', i, end], message: `no component '${a[end]}' (components: ${[...byId.keys()].join(', ')})` });
    if (a.from === a.to) ctx.addIssue({ code: 'custom', path: ['connections', i], message: `an arrow from '${a.from}' to itself` });
    if (byId.get(a.to)?.kind === 'client') ctx.addIssue({ code: 'custom', path: ['connections', i, 'to'], message: 'nothing sends requests to the clients; arrows start at the clients' });
    const key = `${a.from}\u0000${a.to}`;
    if (arrows.has(key)) ctx.addIssue({ code: 'custom', path: ['connections', i], message: `the arrow from '${a.from}' to '${a.to}' is drawn twice` });
    arrows.add(key);
  });

  const classIds = new Set<string>();
  d.classes.forEach((c, ci) => {
    if (classIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['classes', ci, 'id'], message: `'${c.id}' names two request classes; ids must be unique` });
    classIds.add(c.id);
    checkPath(c, ci, byId, arrows, client?.id, ctx);
  });
  const total = d.classes.reduce((a, c) => a + c.share, 0);
  if (Math.abs(total - 1) > 1e-3)
    ctx.addIssue({ code: 'custom', path: ['classes'], message: `the classes' shares add up to ${round(total)}; they must add up to 1` });

  d.faults.forEach((f, fi) => {
    if (f.type === 'surge') return;
    const c = byId.get(f.target);
    const allowed = FAULT_KINDS[f.type];
    if (!c || !allowed.includes(c.kind)) {
      const fit = d.components.filter((x) => allowed.includes(x.kind)).map((x) => x.id);
      ctx.addIssue({ code: 'custom', path: ['faults', fi, 'target'], message: `${f.type} needs a ${allowed.join(' or ')} component, got '${f.target}' (allowed: ${fit.join(', ') || 'none in this design'})` });
      return;
    }
    if (f.type === 'kill-machine' || f.type === 'revive-machine') {
      const n = machinesOf(c);
      if (f.machine >= n) ctx.addIssue({ code: 'custom', path: ['faults', fi, 'machine'], message: `must be between 0 and ${n - 1} ('${c.label}' has ${n}, numbered from 0), got ${f.machine}` });
    }
    if (f.type === 'fail-primary' && c.kind === 'database' && f.shard >= c.shards)
      ctx.addIssue({ code: 'custom', path: ['faults', fi, 'shard'], message: `must be between 0 and ${c.shards - 1} ('${c.label}' has ${c.shards} shards), got ${f.shard}` });
  });

  for (const id of Object.keys(d.layout ?? {}))
    if (!byId.has(id)) ctx.addIssue({ code: 'custom', path: ['layout', id], message: `a position for '${id}', which is not a component` });
}

/** Which kinds each fault can hit. */
export const FAULT_KINDS: Record<Exclude<Design['faults'][number]['type'], 'surge'>, readonly ComponentKind[]> = {
  'kill-machine': ['service', 'cache'],
  'revive-machine': ['service', 'cache'],
  'restart-cache': ['cache', 'cdn'],
  'fail-primary': ['database'],
  slow: ['service', 'cache', 'database', 'queue', 'object-store', 'external'],
  partition: ['cdn', 'cache', 'service', 'database', 'queue', 'object-store', 'external'],
};

/** Machines a kill can choose from: pool machines or cache nodes. */
export function machinesOf(c: DesignComponent): number {
  if (c.kind === 'service') return c.machines;
  if (c.kind === 'cache') return c.nodes;
  return 1;
}

function checkPath(c: RequestClass, ci: number, byId: Map<string, DesignComponent>, arrows: Set<string>, clientId: string | undefined, ctx: Ctx): void {
  const seen = new Set<string>();
  let queues = 0;
  c.path.forEach((s, si) => {
    const at = ['classes', ci, 'path', si];
    const comp = byId.get(s.to);
    if (!comp) {
      ctx.addIssue({ code: 'custom', path: [...at, 'to'], message: `${stepName(c, si)} goes to '${s.to}', which is not a component (components: ${[...byId.keys()].join(', ')})` });
      return;
    }
    if (comp.kind === 'client') {
      ctx.addIssue({ code: 'custom', path: [...at, 'to'], message: `${stepName(c, si)} goes back to the clients; a path lists the components a request visits after it leaves them` });
      return;
    }
    if (seen.has(s.to)) ctx.addIssue({ code: 'custom', path: [...at, 'to'], message: `${stepName(c, si)} visits '${comp.label}' a second time; a path may not loop` });
    seen.add(s.to);
    const prev = si === 0 ? clientId : c.path[si - 1]?.to;
    if (prev !== undefined && byId.has(prev) && !arrows.has(`${prev}\u0000${s.to}`))
      ctx.addIssue({ code: 'custom', path: [...at, 'to'], message: `${stepName(c, si)} goes from '${byId.get(prev)?.label}' to '${comp.label}', but no arrow connects them` });
    checkStep(c, si, s, comp, at, ctx);
    if (comp.kind === 'lb') {
      const next = c.path[si + 1];
      if (!next || byId.get(next.to)?.kind !== 'service')
        ctx.addIssue({ code: 'custom', path: at, message: `${stepName(c, si)} is a load balancer, so the next step must be the service pool it spreads requests over` });
    }
    if (comp.kind === 'service' && comp.machines > 1 && (si === 0 || byId.get(c.path[si - 1]?.to ?? '')?.kind !== 'lb'))
      ctx.addIssue({ code: 'custom', path: [...at, 'to'], message: `${stepName(c, si)} reaches '${comp.label}', which has ${comp.machines} machines, without a load balancer in front (add an lb step before it, or use 1 machine)` });
    if (comp.kind === 'queue' && ++queues > 1) ctx.addIssue({ code: 'custom', path: [...at, 'to'], message: `${stepName(c, si)} is a second queue on one path; a path may hand off to a queue once` });
  });
  checkSessions(c, ci, byId, ctx);
}

/** A class that creates or needs a session keeps it in one session step (a shared store) or on its first service pool. */
function checkSessions(c: RequestClass, ci: number, byId: Map<string, DesignComponent>, ctx: Ctx): void {
  const marked = c.path.flatMap((s, si) => (s.session ? [si] : []));
  for (const si of marked) {
    const step = c.path[si] as PathStep;
    const at = ['classes', ci, 'path', si, 'session'];
    if (byId.get(step.to)?.kind !== 'cache') ctx.addIssue({ code: 'custom', path: at, message: `${stepName(c, si)}: only a cache can be the session store` });
    if (!c.session) ctx.addIssue({ code: 'custom', path: at, message: `${stepName(c, si)} is a session step, but '${c.label}' does nothing with sessions (set the class's session to create or require)` });
  }
  if (marked.length > 1) ctx.addIssue({ code: 'custom', path: ['classes', ci, 'path', marked[1] as number, 'session'], message: `${stepName(c, marked[1] as number)} is a second session step; a class keeps its session in one place` });
  if (c.session && marked.length === 0 && !c.path.some((s) => byId.get(s.to)?.kind === 'service'))
    ctx.addIssue({ code: 'custom', path: ['classes', ci, 'session'], message: `'${c.label}' ${c.session === 'create' ? 'creates' : 'requires'} a session but has neither a session step (a cache marked session) nor a service step whose machines could hold it` });
}

function checkStep(c: RequestClass, si: number, s: PathStep, comp: DesignComponent, at: (string | number)[], ctx: Ctx): void {
  const rule = OPS[comp.kind];
  const name = stepName(c, si);
  if (!rule.ops.includes(s.op))
    ctx.addIssue({ code: 'custom', path: [...at, 'op'], message: `${name} at '${comp.label}' must be one of ${rule.ops.join(', ')}, got ${s.op}` });
  if (rule.ms === 'required' && s.ms === undefined)
    ctx.addIssue({ code: 'custom', path: [...at, 'ms'], message: `${name} at '${comp.label}' needs its time (ms): how long the work takes there` });
  if (rule.ms === 'never' && s.ms !== undefined)
    ctx.addIssue({ code: 'custom', path: [...at, 'ms'], message: `${name} at '${comp.label}' takes the component's own latency; remove ms` });
  if (s.node !== undefined && comp.kind !== 'database')
    ctx.addIssue({ code: 'custom', path: [...at, 'node'], message: `${name}: only database steps choose primary or replica` });
  if (comp.kind === 'database' && s.node === 'replica') {
    if (s.op === 'write') ctx.addIssue({ code: 'custom', path: [...at, 'node'], message: `Writes must go to the primary: ${name} writes to a replica` });
    else if (comp.replicas === 0) ctx.addIssue({ code: 'custom', path: [...at, 'node'], message: `${name} reads from a replica, but '${comp.label}' has no read replicas (set replicas, or read from the primary)` });
  }
  if (s.onWrite !== undefined && !((comp.kind === 'cache' || comp.kind === 'cdn') && s.op === 'write'))
    ctx.addIssue({ code: 'custom', path: [...at, 'onWrite'], message: `${name}: onWrite applies only to writes at a cache or edge cache` });
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

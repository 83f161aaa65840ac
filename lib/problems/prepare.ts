import { designSchema, type Design, type DesignComponent, type DesignFault } from '../sim/design/schema';
import type { FaultTarget, GradingScenario, ProblemFault } from './goals';
import { GRADED_DAY } from './graded-day';
import type { ProblemClass, ProblemFrontmatter, WorkTime } from './schema';

export { GRADED_DAY, gradedDayWords } from './graded-day';

/** What grading needs of a problem (serialisable: the page sends it to the worker). */
export type GradingSpec = Pick<ProblemFrontmatter, 'title' | 'requirements' | 'environment' | 'given' | 'goals' | 'scenarios'> & { id: string };

/** The grading part of a problem. */
export function gradingSpec(id: string, fm: ProblemFrontmatter): GradingSpec {
  return { id, title: fm.title, requirements: fm.requirements, environment: fm.environment, given: fm.given, goals: fm.goals, scenarios: fm.scenarios };
}

/**
 * Why a design cannot be graded on this problem, in words (empty = it can): it must carry the
 * problem's request classes, by id, and no others; a component with the id of one the problem
 * gives must be of that kind.
 */
export function designMismatch(d: Pick<Design, 'classes' | 'components'>, spec: Pick<GradingSpec, 'requirements' | 'given'>): string[] {
  const out: string[] = [];
  const want = spec.requirements.classes;
  const have = new Set(d.classes.map((c) => c.id));
  for (const c of want) if (!have.has(c.id)) out.push(`the design has no request class '${c.id}' (${c.label}); the problem's classes are ${want.map((x) => `'${x.id}'`).join(', ')}`);
  for (const c of d.classes) if (!want.some((w) => w.id === c.id)) out.push(`the design has a request class '${c.id}' the problem does not have (its classes: ${want.map((x) => `'${x.id}'`).join(', ')})`);
  for (const g of spec.given) {
    const c = d.components.find((x) => x.id === g.id);
    if (c && c.kind !== g.kind) out.push(`'${g.id}' is the ${g.label} the problem gives (${g.kind}); the design uses the id for a ${c.kind}`);
  }
  return out;
}

/** Plain words for a role target ("the database on 'create a link''s path"). */
export function targetWords(t: FaultTarget, spec: Pick<GradingSpec, 'requirements' | 'given'>): string {
  if ('id' in t) return spec.given.find((g) => g.id === t.id)?.label ?? t.id;
  const label = spec.requirements.classes.find((c) => c.id === t.class)?.label ?? t.class;
  return `the ${t.kind === 'object-store' ? 'object store' : t.kind} on the path of '${label}'`;
}

/** The component of `d` a role target names, or why there is none. */
export function resolveTarget(d: Design, t: FaultTarget, spec: Pick<GradingSpec, 'requirements' | 'given'>): { id: string } | { error: string } {
  if ('id' in t) return d.components.some((c) => c.id === t.id) ? { id: t.id } : { error: `the design does not use ${targetWords(t, spec)}` };
  const cls = d.classes.find((c) => c.id === t.class);
  const byId = new Map(d.components.map((c) => [c.id, c]));
  const step = cls?.path.find((s) => byId.get(s.to)?.kind === t.kind);
  return step ? { id: step.to } : { error: `the fault hits ${targetWords(t, spec)}, and the design's path for it has none` };
}

/**
 * The scenario's faults aimed at the design's components. A fault with nothing to hit is skipped
 * with a note (a design without a cache loses nothing when a cache restarts), except a primary
 * failure on a path with no database: that design has nowhere durable to write, which is an error.
 */
function resolveFaults(d: Design, faults: readonly ProblemFault[], spec: Pick<GradingSpec, 'requirements' | 'given'>): { faults: DesignFault[]; errors: string[]; notes: string[] } {
  const out: DesignFault[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  for (const f of faults) {
    if (f.type === 'surge') {
      out.push(f);
      continue;
    }
    const r = resolveTarget(d, f.target, spec);
    if (!('error' in r)) out.push({ ...f, target: r.id } as DesignFault);
    else if (f.type === 'fail-primary') errors.push(`${r.error}: it has nowhere durable to write`);
    else notes.push(`${r.error}, so the ${f.type} fault had nothing to hit`);
  }
  return { faults: out, errors, notes };
}

/** The step's work time the problem sets for this kind of visit, if it sets one. */
function workFor(c: ProblemClass, comp: DesignComponent | undefined, op: string): WorkTime | undefined {
  const w = c.work;
  switch (comp?.kind) {
    case 'service':
      return w.service;
    case 'cache':
      return w.cache;
    case 'database':
      return op === 'write' ? w.dbWrite : w.dbRead;
    case 'queue':
      return w.queue;
    default:
      return undefined;
  }
}

/**
 * Steps whose time is not one of the operations the problem lists for that kind of visit, in words
 * ("'open my feed' step 3 at 'Timeline store' takes 5 ms; reads here cost 2 ms (look up a
 * precomputed timeline) or 40 ms (merge the followees' posts)").
 */
export function workMismatch(d: Pick<Design, 'classes' | 'components'>, spec: Pick<GradingSpec, 'requirements'>): string[] {
  const out: string[] = [];
  const byId = new Map(d.components.map((c) => [c.id, c]));
  for (const c of d.classes) {
    const want = spec.requirements.classes.find((w) => w.id === c.id);
    if (!want) continue;
    c.path.forEach((s, i) => {
      const comp = byId.get(s.to);
      const options = workFor(want, comp, s.op);
      if (!Array.isArray(options) || options.some((o) => Math.abs(o.ms - (s.ms ?? NaN)) < 1e-9)) return;
      const what = comp?.kind === 'database' ? (s.op === 'write' ? 'writes' : 'reads') : 'visits';
      out.push(`'${c.label}' step ${i + 1} at '${comp?.label ?? s.to}' takes ${s.ms ?? 'no'} ms; ${what} here cost ${options.map((o) => `${o.ms} ms (${o.what})`).join(' or ')}: set the step's time to the operation it does`);
    });
  }
  return out;
}

/** Time-series sampling of a graded run (ms): fine enough to cut the fault window out of it. */
export const SAMPLE_MS = 1_000;

/** One graded run: the candidate's design under a scenario and a seed. */
export interface RunSetup {
  growth: number;
  faults: readonly ProblemFault[];
  seed: number;
}

/**
 * The candidate's design as graded: the problem's traffic (today's peak × the scenario's growth,
 * over the graded day of {@link GRADED_DAY}),
 * its request classes' shares, keys, payloads and work times, the components it gives, the
 * scenario's faults aimed at the design's own components (the design's scheduled faults are
 * dropped), the seed and the scaled day. Errors in words when it cannot be run as asked.
 *
 * @example
 * const r = prepareRun(design, spec, { growth: 3, faults: [], seed: 1 });
 * if (r.ok) runDesign(r.design);
 */
export function prepareRun(design: Design, spec: GradingSpec, setup: RunSetup): { ok: true; design: Design; notes: string[] } | { ok: false; errors: string[] } {
  const mismatch = designMismatch(design, spec);
  if (mismatch.length) return { ok: false, errors: mismatch };
  const t = spec.requirements.traffic;
  const byId = new Map(design.components.map((c) => [c.id, c]));
  const components = design.components.map((c): DesignComponent => {
    if (c.kind === 'client') {
      const { warmupHours, warmupShare } = GRADED_DAY;
      return { ...c, peakRps: t.peakRps * warmupShare, nightShare: 1, peakHour: t.peakHour, growth: setup.growth, spike: { multiplier: 1 / warmupShare, startHour: warmupHours, hours: 24 - warmupHours } };
    }
    const env = spec.environment;
    if (c.kind === 'database') return { ...c, replicationLagMs: env.replicationLagMs ?? c.replicationLagMs, promotionDelayMs: env.promotionDelayMs ?? c.promotionDelayMs };
    if (c.kind === 'lb') return { ...c, healthCheckMs: env.healthCheckMs ?? c.healthCheckMs };
    return spec.given.find((g) => g.id === c.id) ?? c;
  });
  const workErrors = workMismatch(design, spec);
  if (workErrors.length) return { ok: false, errors: workErrors };
  const classes = design.classes.map((c) => {
    const want = spec.requirements.classes.find((w) => w.id === c.id)!;
    const path = c.path.map((s) => {
      const ms = workFor(want, byId.get(s.to), s.op);
      return typeof ms === 'number' ? { ...s, ms } : s;
    });
    return { ...c, share: want.share, keys: { ...want.keys }, payloadBytes: want.payloadBytes, path };
  });
  const { faults, errors, notes } = resolveFaults(design, setup.faults, spec);
  if (errors.length) return { ok: false, errors };
  const candidate = { ...design, components, classes, faults, run: { seed: setup.seed, dayMs: t.dayMs, sampleIntervalMs: SAMPLE_MS } };
  const parsed = designSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  return { ok: true, design: parsed.data, notes };
}

/** A scenario's run setup for one seed. */
export function scenarioRun(s: GradingScenario, seed: number): RunSetup {
  return { growth: s.growth, faults: s.faults, seed };
}

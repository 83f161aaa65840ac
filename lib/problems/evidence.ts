import type { Goal } from './goals';
import type { ClassMeasure, RunMeasures } from './measures';
import type { GradingSpec } from './prepare';
import type { GoalResult, GradedRun } from './report';
import { andList, count, dollars, ms, pct } from './words';

/** "2,140 queue full, 312 database down" (largest first, at most three). */
export function causesText(c: ClassMeasure | undefined): string {
  if (!c) return '';
  const top = Object.entries(c.errorsByCause)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  return top.map(([cause, n]) => `${n.toLocaleString('en-US')} ${cause}`).join(', ');
}

const classLabel = (spec: GradingSpec, id?: string) => spec.requirements.classes.find((c) => c.id === id)?.label ?? id ?? '';
const scenarioLabel = (spec: GradingSpec, id: string) => spec.scenarios.find((s) => s.id === id)?.label ?? id;

/** The busiest component on a class's path in a run (by the engine's utilisation). */
export function busiestOnPath(m: RunMeasures, path: readonly string[] | undefined): RunMeasures['components'][number] | undefined {
  const on = m.components.filter((c) => (!path || path.includes(c.id)) && c.kind !== 'client' && c.kind !== 'lb' && Number.isFinite(c.utilisation));
  return on.sort((a, b) => b.utilisation - a.utilisation)[0];
}

/** The engine's reason without its leading label ("App servers: 94 % busy…" → "94 % busy…"), to follow "X is the bottleneck:". */
export function whyText(b: { label: string; why: string }): string {
  return b.why.startsWith(`${b.label}: `) ? b.why.slice(b.label.length + 2) : b.why;
}

/** Utilisation from which a component counts as the cause of queueing. */
const SATURATED = 0.8;

/**
 * The component that limits a class in a run, as its evidence names it: the engine's bottleneck
 * when that is on the class's path and saturated, else the busiest saturated component on the
 * path; null when nothing on the path is saturated (the class is not queueing anywhere). The
 * engine's bottleneck for the whole run may be elsewhere: a provider's rate limit that a queue
 * absorbs is the run's busiest part and limits no caller.
 */
export function limitingOnPath(m: RunMeasures, path: readonly string[] | undefined): { id: string; label: string; engineBottleneck: boolean } | null {
  const on = (id: string) => !path || path.includes(id);
  if (m.bottleneck && on(m.bottleneck.id) && (m.components.find((c) => c.id === m.bottleneck!.id)?.utilisation ?? 1) >= SATURATED) return { id: m.bottleneck.id, label: m.bottleneck.label, engineBottleneck: true };
  const b = busiestOnPath(m, path);
  return b && b.utilisation >= SATURATED ? { id: b.id, label: b.label, engineBottleneck: false } : null;
}

/**
 * The component a goal's evidence blames in a run (what a tempting wrong design's stated
 * bottleneck is checked against): for a class's goal, what limits it on its path (its whole path,
 * queued part included, for work done later: a saturated queue's workers when nothing past them
 * is); for a goal of the whole design (lost commits, the bill), the engine's bottleneck.
 */
export function blamedComponent(g: Pick<Goal, 'metric' | 'class'>, run: GradedRun): string | null {
  const m = run.measures;
  if (!m) return null;
  if (!g.class) return m.bottleneck?.id ?? null;
  const whole = g.metric === 'jobP99Ms' || g.metric === 'lossRate';
  const path = (whole ? run.jobPaths : run.paths)?.[g.class];
  if (g.metric === 'jobP99Ms') {
    const q = m.components.find((c) => c.kind === 'queue' && (!path || path.includes(c.id)));
    const b = m.bottleneck && (!path || path.includes(m.bottleneck.id)) && m.bottleneck.id !== q?.id ? m.components.find((c) => c.id === m.bottleneck!.id) : undefined;
    if (b && b.utilisation >= SATURATED) return b.id;
    if (q && q.utilisation >= SATURATED) return q.id;
  }
  return limitingOnPath(m, path)?.id ?? null;
}

/**
 * Why a class was slow in a run: a saturated component on its path (the engine's bottleneck when
 * it is there), else where its time goes: the slowest visit on its path and what it waits on.
 */
function slowBecause(m: RunMeasures, path: readonly string[] | undefined, waits: readonly string[] = []): string {
  const on = (id: string) => !path || path.includes(id);
  const limit = limitingOnPath(m, path);
  if (limit?.engineBottleneck && m.bottleneck) return `${m.bottleneck.label} is the bottleneck: ${whyText(m.bottleneck)}`;
  const b = busiestOnPath(m, path);
  if (limit && b) return `${b.label} is ${pct(b.utilisation)} busy, so requests queue there`;
  const slowest = m.components.filter((c) => on(c.id) && c.meanVisitMs !== null).sort((x, y) => (y.meanVisitMs ?? 0) - (x.meanVisitMs ?? 0))[0];
  const parts = [`nothing on its path is saturated (busiest: ${b ? `${b.label} at ${pct(b.utilisation)}` : 'none'})`];
  if (slowest?.meanVisitMs) parts.push(`the slowest visit is ${slowest.label} at ${ms(slowest.meanVisitMs)} on average`);
  if (waits.length) parts.push(`it also waits on ${andList(waits)}`);
  return parts.join('; ');
}

/**
 * A goal's verdict in words, always with the number behind it, from the run where it came out
 * worst, e.g. "create a link p99 412 ms in 'Growth peak (3×)' (goal 300 ms): Links database is
 * the bottleneck: 93 % busy: 1,120 req/s offered, 1,200 req/s capacity".
 */
export function evidenceFor(g: Goal, spec: GradingSpec, run: GradedRun | null, v: number | null, pass: boolean, ran: number): string {
  if (!run) return `${g.label}: not measured (no scenario ran)`;
  const where = `in '${scenarioLabel(spec, run.scenarioId)}'`;
  if (run.error || !run.measures) return `could not run ${where} (seed ${run.seed}): ${run.error ?? 'no result'}`;
  const m = run.measures;
  const cls = m.classes.find((c) => c.id === g.class);
  const name = classLabel(spec, g.class);
  const worstOf = ran > 1 ? `, worst of ${ran} runs` : '';
  const causes = causesText(cls);
  const errors = causes ? `; errors: ${causes}` : '';
  const path = g.class ? (g.metric === 'jobP99Ms' ? run.jobPaths : run.paths)?.[g.class] : undefined;
  // A probe's re-run reports numbers without a goal (target Infinity): no "(goal …)" then.
  const goal = (text: string) => (Number.isFinite(g.target) ? ` (goal ${text})` : '');
  switch (g.metric) {
    case 'p99Ms': {
      if (v === null) return `no '${name}' request succeeded ${where}${goal(`p99 ${ms(g.target)}`)}${errors}`;
      const head = `'${name}' p99 ${ms(v)} ${where}${goal(ms(g.target))}`;
      if (!pass) return `${head}: ${slowBecause(m, path, g.class ? run.waits?.[g.class] : undefined)}${errors}`;
      const b = busiestOnPath(m, path);
      return `${head}${worstOf}${b ? `; busiest on its path: ${b.label} at ${pct(b.utilisation)}` : ''}`;
    }
    case 'jobP99Ms': {
      if (v === null) return `no '${name}' request completed ${where}${goal(`done within ${ms(g.target)} at p99`)}${errors}`;
      const queued = cls?.jobP99Ms !== null && cls?.jobP99Ms !== undefined;
      const head = `'${name}' ${queued ? 'done, queued part included,' : 'done when answered (nothing queued),'} within ${ms(v)} at p99 ${where}${goal(ms(g.target))}`;
      if (pass) return `${head}${worstOf}`;
      const q = m.components.find((c) => c.kind === 'queue' && (!path || path.includes(c.id)));
      const b = m.bottleneck && (!path || path.includes(m.bottleneck.id)) && m.bottleneck.id !== q?.id ? m.components.find((c) => c.id === m.bottleneck!.id) : undefined;
      if (b && b.utilisation >= SATURATED) return `${head}: ${m.bottleneck!.label} is the bottleneck: ${whyText(m.bottleneck!)}, so jobs wait`;
      return `${head}: ${q && q.utilisation >= SATURATED ? `its workers, ${q.label}, are ${pct(q.utilisation)} busy, so jobs wait in the queue` : slowBecause(m, path, g.class ? run.waits?.[g.class] : undefined)}`;
    }
    case 'errorRate':
      if (v === null) return `no '${name}' requests arrived ${where}`;
      return `${pct(v)} of '${name}' requests failed ${where}${goal(`at most ${pct(g.target)}`)}${pass ? worstOf : ''}${errors}`;
    case 'availability': {
      if (v === null) return `no '${name}' requests arrived ${where}`;
      const span = cls?.faultWindow ? ` in the ${Math.round(cls.faultWindow.ms / 1000)} s after the fault` : '';
      return `${pct(v)} of '${name}' requests succeeded${span} ${where}${goal(`at least ${pct(g.target)}`)}${pass ? worstOf : ''}${errors}`;
    }
    case 'lossRate': {
      if (v === null || !cls) return `no '${name}' requests arrived ${where}`;
      const parts = [cls.day.errors ? `${cls.day.errors.toLocaleString('en-US')} failed` : '', cls.day.deadLettered ? `${cls.day.deadLettered.toLocaleString('en-US')} dead-lettered after their last retry` : ''].filter(Boolean);
      return `${pct(v)} of '${name}' requests never completed over the day ${where}${goal(`at most ${pct(g.target)}`)}${pass ? worstOf : ''}${parts.length ? `: ${andList(parts)}` : ''}${errors}`;
    }
    case 'lostCommits': {
      const lost = v ?? 0;
      const head = `${count(lost, 'confirmed write')} lost ${where}${goal(`at most ${count(g.target, 'write')}`)}`;
      if (lost > 0 && run.asyncReplication) return `${head}: the database confirms a write before any replica has it (asynchronous replication), so writes not yet copied die with the primary`;
      if (lost === 0 && run.asyncReplication === false) return `${head}${worstOf}: each write waits for a replica before it is confirmed`;
      return `${head}${worstOf}`;
    }
    case 'monthlyCost': {
      const top = m.components.filter((c) => c.monthlyCost > 0).sort((a, b) => b.monthlyCost - a.monthlyCost).slice(0, 3);
      return `${dollars(v ?? 0)} a month${Number.isFinite(g.target) ? ` (budget ${dollars(g.target)})` : ''}${top.length ? `: ${andList(top.map((c) => `${c.label} ${dollars(c.monthlyCost)}`))}` : ''}`;
    }
  }
}

/** How much of its bound a passing goal uses (1 = right at it): the tightest goal breaks first. */
export function marginUsed(g: GoalResult): number | null {
  if (g.worst === null) return null;
  if (g.metric === 'availability') return g.target >= 1 ? (g.worst >= 1 ? 0 : Infinity) : (1 - g.worst) / (1 - g.target);
  return g.target === 0 ? (g.worst === 0 ? 0 : Infinity) : g.worst / g.target;
}

/** What to look at next: the failing goals' causes (at most four, no repeats), or the tightest margin when every goal holds. */
export function nextSteps(spec: GradingSpec, goals: GoalResult[], runs: GradedRun[]): string[] {
  const out = new Set<string>();
  const runOf = (g: GoalResult) => runs.find((r) => g.worstRun && r.scenarioId === g.worstRun.scenarioId && r.seed === g.worstRun.seed);
  for (const g of goals.filter((x) => !x.pass)) {
    const r = runOf(g);
    const m = r?.measures;
    if (!r || !m) {
      if (r?.error) out.add(`Make the design runnable ${`in '${scenarioLabel(spec, r.scenarioId)}'`}: ${r.error}.`);
      continue;
    }
    const cls = m.classes.find((c) => c.id === g.class);
    if (g.metric === 'p99Ms' || g.metric === 'jobP99Ms') {
      const path = g.class ? (g.metric === 'jobP99Ms' ? r.jobPaths : r.paths)?.[g.class] : undefined;
      const b = m.bottleneck && (!path || path.includes(m.bottleneck.id)) ? m.components.find((c) => c.id === m.bottleneck!.id) : busiestOnPath(m, path);
      const waits = g.class ? (r.waits?.[g.class] ?? []) : [];
      if (b && b.utilisation >= SATURATED) out.add(`${b.label} limits '${classLabel(spec, g.class)}' (${m.bottleneck?.id === b.id ? whyText(m.bottleneck) : `${pct(b.utilisation)} busy`}): give it more capacity (machines, a bigger size) or send it less work (a cache, replicas, a queue).`);
      else if (waits.length) out.add(`'${classLabel(spec, g.class)}' is not queueing anywhere; its tail is the wait on ${andList(waits)}. Shorten that wait or take it off the path.`);
      else out.add(`'${classLabel(spec, g.class)}' is not queueing anywhere: its time is the work on its path; fewer or faster steps (a cache, a bigger machine) shorten it.`);
    }
    if ((g.metric === 'errorRate' || g.metric === 'availability') && cls) {
      const causes = Object.entries(cls.errorsByCause).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
      const top = causes[0]?.[0];
      if (top === 'database down') out.add('Requests fail while the database fails over: add a replica to promote, shorten the failover, or let reads go to replicas meanwhile.');
      else if (top === 'rate limited') out.add('A provider refuses calls over its rate limit: put a queue in front of it so bursts wait instead of failing.');
      else if (top === 'machine down') out.add('Requests die with a machine: run at least one machine more than the peak needs (N+1) and check how fast the balancer notices.');
      else if (top) {
        // what limits this class on its path, not the run's busiest part elsewhere
        const limit = g.class ? limitingOnPath(m, r.paths?.[g.class]) : null;
        const busy = limit ? m.components.find((c) => c.id === limit.id) : undefined;
        const where = limit?.engineBottleneck && m.bottleneck ? `${m.bottleneck.label} is the bottleneck (${whyText(m.bottleneck)})` : busy ? `${busy.label} is ${pct(busy.utilisation)} busy on its path, so requests wait there${top === 'queue full' ? ' until its queue is full' : ''}` : 'nothing on its path is saturated; find where it is refused';
        out.add(`'${classLabel(spec, g.class)}' fails with '${top}': ${where}.`);
      }
    }
    if (g.metric === 'lossRate' && cls) {
      if (cls.day.deadLettered > 0) out.add(`'${classLabel(spec, g.class)}' runs out of retries: allow more attempts with exponential backoff (and jitter), and watch the dead-letter queue.`);
      else out.add(`'${classLabel(spec, g.class)}' loses work when a call fails: queue it and retry with backoff, so a failure costs time instead of the request.`);
    }
    if (g.metric === 'lostCommits') out.add('To lose no confirmed write when a primary dies, replicate synchronously to one replica (each write waits for it), and say what that adds to write latency.');
    if (g.metric === 'monthlyCost') {
      const top = m.components.filter((c) => c.monthlyCost > 0).sort((a, b) => b.monthlyCost - a.monthlyCost)[0];
      if (top && (top.kind === 'cdn' || top.kind === 'object-store' || top.kind === 'external')) {
        out.add(`Over budget: most of the bill is ${top.label}'s per-request charges (${dollars(top.monthlyCost)} a month); answer more of those requests from something billed by the machine or cheaper per request (a cache or a CDN in front of it).`);
        continue;
      }
      const idle = m.components.filter((c) => c.monthlyCost >= 0.1 * m.monthlyCost && c.utilisation < 0.35).sort((a, b) => b.monthlyCost - a.monthlyCost)[0];
      out.add(idle ? `Over budget: ${idle.label} costs ${dollars(idle.monthlyCost)} a month and is ${pct(idle.utilisation)} busy at the peak; fewer or smaller machines would do.` : 'Over budget: find the component whose cost buys the least headroom, and whether a cache or a queue would let you remove machines.');
    }
  }
  for (const g of goals.filter((x) => !x.pass)) if (out.size === 0) out.add(`'${g.label}' is not met: ${g.evidence}.`);
  if (out.size === 0 && goals.length) {
    const tight = goals.map((g) => ({ g, used: marginUsed(g) ?? 0 })).sort((a, b) => b.used - a.used)[0]!;
    out.add(`Every goal holds. The tightest is '${tight.g.label}' (${tight.g.evidence.split(' (goal')[0]}), ${Number.isFinite(tight.used) ? `${Math.round(tight.used * 100)} % of its bound` : 'at its bound'}: that is what breaks first as traffic grows.`);
  }
  return [...out].slice(0, 4);
}

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Design } from '../sim/design/schema';
import { gradeDesign, gradeRunCount } from './grade';
import { readProblem } from './load';
import type { DesignRunner, RunMeasures } from './measures';
import { gradingSpec, prepareRun } from './prepare';

const problem = readProblem(path.join(process.cwd(), 'content/problems/url-shortener.mdx')).problem!;
const spec = gradingSpec(problem.id, problem.frontmatter);
const reference = problem.designs['reference.json']!;

/**
 * A stand-in for the engine: measures from the prepared design by simple rules (the database's
 * busy share from the offered reads and writes, a p99 that grows with it), so the grader's logic
 * can be checked without a simulation. Records every design it is given.
 */
function fakeEngine(overrides: (d: Design, m: RunMeasures) => void = () => {}): DesignRunner & { seen: Design[] } {
  const seen: Design[] = [];
  const run = function* (d: Design) {
    seen.push(d);
    yield 0.5;
    const client = d.components.find((c) => c.kind === 'client');
    const rate = client && client.kind === 'client' ? client.peakRps * client.growth * (client.spike?.multiplier ?? 1) : 0;
    const db = d.components.find((c) => c.kind === 'database');
    const cached = d.components.some((c) => c.kind === 'cache');
    const open = d.classes.find((c) => c.id === 'open')!;
    const create = d.classes.find((c) => c.id === 'create')!;
    const readMs = open.path.find((s) => s.to === db?.id)?.ms ?? 0;
    const dbBusy = db && db.kind === 'database' ? (rate * open.share * (cached ? 0.2 : 1) * readMs) / 1000 / (db.connections * (db.replicas + 1)) : 0;
    const lost = d.faults.some((f) => f.type === 'fail-primary') && db?.kind === 'database' && db.replication === 'async' ? 20 + d.run.seed : 0;
    const m: RunMeasures = {
      classes: [
        { id: 'open', label: open.label, requests: 10_000, errors: dbBusy > 1 ? 3_000 : 0, errorsByCause: { 'queue full': dbBusy > 1 ? 3_000 : 0 }, p99Ms: 20 + 30 * dbBusy + d.run.seed, jobP99Ms: null, day: { requests: 10_000, errors: 0, deadLettered: 0 }, faultWindow: null },
        { id: 'create', label: create.label, requests: 500, errors: 0, errorsByCause: {}, p99Ms: 40 + d.run.seed, jobP99Ms: null, day: { requests: 10_000, errors: 0, deadLettered: 0 }, faultWindow: null },
      ],
      components: [
        { id: 'app', label: 'App servers', kind: 'service', utilisation: 0.3, meanVisitMs: 2, monthlyCost: 500 },
        { id: db?.id ?? 'db', label: 'Links database', kind: 'database', utilisation: Math.min(1, dbBusy), meanVisitMs: 8, monthlyCost: 900 },
      ],
      bottleneck: db ? { id: db.id, label: 'Links database', why: `${Math.round(dbBusy * 100)} % busy` } : null,
      monthlyCost: 1_400,
      lostCommits: lost,
    };
    overrides(d, m);
    return { ok: true as const, measures: m };
  } as DesignRunner & { seen: Design[] };
  run.seen = seen;
  return run;
}

describe('grading a design on a problem', () => {
  it('runs every scenario the goals name on each of its seeds, with the problem’s traffic, work times and faults', () => {
    const engine = fakeEngine();
    gradeDesign(spec, { ...reference, faults: [{ type: 'surge', atHour: 3, multiplier: 9, hours: 1 }] }, engine);
    expect(engine.seen).toHaveLength(gradeRunCount(spec));
    expect(engine.seen.map((d) => d.run.seed)).toEqual([1, 2, 3, 1, 2, 3, 1, 2, 3]);
    const growth = engine.seen[3]!;
    const client = growth.components.find((c) => c.kind === 'client');
    expect(client).toMatchObject({ peakRps: 500, nightShare: 1, growth: 3, spike: { multiplier: 4, startHour: 6, hours: 18 } });
    // the candidate's own scheduled faults are dropped; the scenario's are aimed at its database
    expect(engine.seen[0]!.faults).toEqual([]);
    expect(engine.seen[6]!.faults).toEqual([{ type: 'fail-primary', atHour: 8, target: 'db', shard: 0 }]);
  });

  it('imposes the problem’s work times and shares whatever the design says', () => {
    const cheat: Design = { ...reference, classes: reference.classes.map((c) => ({ ...c, share: c.id === 'open' ? 0.5 : 0.5, path: c.path.map((s) => (s.ms === undefined ? s : { ...s, ms: 0.01 })) })) };
    const r = prepareRun(cheat, spec, { growth: 1, faults: [], seed: 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const open = r.design.classes.find((c) => c.id === 'open')!;
    expect(open.share).toBe(0.95);
    expect(open.path.map((s) => s.ms)).toEqual([undefined, 2, 0.5, 8]);
  });

  it('passes the reference on every goal, each verdict with its number', () => {
    const report = gradeDesign(spec, reference, fakeEngine());
    expect(report.passed).toBe(report.total);
    const p99 = report.goals.find((g) => g.id === 'open-p99')!;
    // worst of 6 runs: seed 3 of the growth scenario
    expect(p99.worstRun).toEqual({ scenarioId: 'growth', seed: 3 });
    expect(p99.evidence).toMatch(/^'open a short link' p99 \d+(\.\d)? ms in '3× growth peak' \(goal 60 ms\), worst of 6 runs; busiest on its path: App servers at 30 %$/);
    const budget = spec.goals.find((g) => g.id === 'budget')!.target.toLocaleString('en-US');
    expect(report.goals.find((g) => g.id === 'budget')!.evidence).toBe(`$1,400 a month (budget $${budget}): Links database $900 and App servers $500`);
    expect(report.next[0]).toMatch(/^Every goal holds\. The tightest is/);
  });

  it('fails the no-cache design on the redirect p99 at 3×, naming the bottleneck and what to do', () => {
    const report = gradeDesign(spec, problem.designs['no-cache.json']!, fakeEngine());
    const p99 = report.goals.find((g) => g.id === 'open-p99')!;
    expect(p99.pass).toBe(false);
    expect(p99.evidence).toMatch(/^'open a short link' p99 \d+ ms in '3× growth peak' \(goal 60 ms\): Links database is the bottleneck: \d+ % busy; errors: 3,000 queue full$/);
    expect(report.next.join(' ')).toMatch(/Links database limits 'open a short link'/);
  });

  it('blames what limits the failing class on its path, not the run’s busiest part elsewhere', () => {
    // the run's bottleneck is a component off the redirect's path (as a provider's rate limit behind a queue is)
    const elsewhere = fakeEngine((d, m) => {
      m.components.push({ id: 'payments', label: 'Payment provider', kind: 'external', utilisation: 0.1, meanVisitMs: 400, monthlyCost: 0 });
      m.bottleneck = { id: 'payments', label: 'Payment provider', why: '330 % of its rate limit' };
    });
    const p99 = gradeDesign(spec, problem.designs['no-cache.json']!, elsewhere).goals.find((g) => g.id === 'open-p99')!;
    expect(p99.pass).toBe(false);
    expect(p99.worstBottleneck).toBe('payments');
    expect(p99.limitedBy).toBe('db');
    expect(p99.evidence).toMatch(/: Links database is 100 % busy, so requests queue there/);
    const errors = gradeDesign({ ...spec, goals: [{ id: 'open-errors', label: 'Failed redirects', metric: 'errorRate', class: 'open', target: 0.01, scenarios: ['growth'] }] }, problem.designs['no-cache.json']!, elsewhere);
    expect(errors.goals[0]!.limitedBy).toBe('db');
    expect(errors.next.join(' ')).toMatch(/fails with 'queue full': Links database is 100 % busy on its path/);
    expect(errors.next.join(' ')).not.toMatch(/Payment provider/);
    // nothing saturated on the path: nothing to blame
    const calm = gradeDesign(spec, reference, elsewhere).goals.find((g) => g.id === 'open-p99')!;
    expect(calm.limitedBy).toBeNull();
  });

  it('fails asynchronous replicas on lost links, and says why', () => {
    const report = gradeDesign(spec, problem.designs['async-replicas.json']!, fakeEngine());
    const lost = report.goals.find((g) => g.id === 'no-lost-links')!;
    expect(lost.pass).toBe(false);
    expect(lost.worst).toBe(23);
    expect(lost.evidence).toMatch(/^23 confirmed writes lost in 'The primary dies at the peak' \(goal at most 0 writes\): the database confirms a write before any replica has it/);
    expect(report.next.join(' ')).toMatch(/replicate synchronously/);
  });

  it('fails a goal on any one seed, and a run that cannot happen fails its goals with the reason', () => {
    const oneBadSeed = fakeEngine((d, m) => {
      if (d.run.seed === 2) m.classes[1]!.p99Ms = 900;
    });
    expect(gradeDesign(spec, reference, oneBadSeed).goals.find((g) => g.id === 'create-p99')!.pass).toBe(false);
    // no database on the create path: the primary-failure scenario cannot aim its fault
    const noDb: Design = { ...problem.designs['start.json']! };
    const report = gradeDesign(spec, noDb, fakeEngine());
    const lost = report.goals.find((g) => g.id === 'no-lost-links')!;
    expect(lost.pass).toBe(false);
    expect(lost.evidence).toMatch(/could not run in 'The primary dies at the peak' \(seed 1\): the fault hits the database on the path of 'create a link', and the design's path for it has none/);
  });

  it('refuses a design that lacks the problem’s classes before running anything', () => {
    const engine = fakeEngine();
    const report = gradeDesign(spec, { ...reference, classes: [{ ...reference.classes[0]!, share: 1 }] }, engine);
    expect(engine.seen).toHaveLength(0);
    expect(report.passed).toBe(0);
    expect(report.runErrors[0]?.error).toMatch(/no request class 'create'/);
  });
});

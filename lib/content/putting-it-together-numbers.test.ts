import fs from 'node:fs';
import path from 'node:path';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { systemSim } from '@/components/sims/system/definition';
import { models } from '@/lib/sim/models';
import type { SystemParams, SystemResult } from '@/lib/sim/models/system';
import { systemTheory } from '@/lib/sim/system-theory';
import { initialParams } from '@/lib/sim-ui/params';
import { literalValue } from './estree-literal';
import { parseMdx } from './mdx-tree';

/**
 * Chapter 5 quotes the whole-system model's numbers in its prose. Each claim below runs one of the
 * chapter's <SystemSim> figures (its props as written, plus the learner's moves the prose asks for)
 * and checks that the number the prose states is the number the engine gives. A change to the
 * model, a figure's props or the sentence fails here, naming the sentence to update.
 */
const source = fs.readFileSync(path.join(process.cwd(), 'content/chapters/05-putting-it-together.mdx'), 'utf8');
const prose = source.replace(/\s+/g, ' ');

type Props = Record<string, unknown>;
function figureProps(): Props[] {
  const found: Props[] = [];
  visit(parseMdx(source), 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'SystemSim') return;
    const props: Props = {};
    for (const attr of node.attributes) {
      if (attr.type !== 'mdxJsxAttribute') continue;
      if (attr.value === null || attr.value === undefined) props[attr.name] = true;
      else if (typeof attr.value === 'string') props[attr.name] = attr.value;
      else {
        const stmt = (attr.value.data?.estree as { body: { expression: { type: string } }[] } | undefined)?.body[0];
        props[attr.name] = stmt ? literalValue(stmt.expression) : undefined;
      }
    }
    found.push(props);
  });
  return found;
}
const figures = figureProps();

/** The figures in page order, by what they show. */
const FIG = { oneBox: 0, clones: 1, replicas: 2, cache: 3, queue: 4, deadClone: 5, coldCache: 6, primaryFails: 7 } as const;

/** Params of figure `fig` after the learner's moves; `null` removes a prop (e.g. the fault). */
function paramsOf(fig: number, moves: Record<string, unknown> = {}): SystemParams {
  const props: Props = { ...figures[fig] };
  for (const [k, v] of Object.entries(moves)) {
    if (v === null) delete props[k];
    else props[k] = v;
  }
  const { params, problems } = initialParams(systemSim, props);
  expect(problems).toEqual([]);
  return params;
}

const runs = new Map<string, SystemResult>();
function run(fig: number, moves: Record<string, unknown> = {}): SystemResult {
  const params = paramsOf(fig, moves);
  const key = JSON.stringify(params);
  let r = runs.get(key);
  if (!r) {
    r = models.system.run(params);
    runs.set(key, r);
  }
  return r;
}

/** Figure `fig` after its moves, with faults the learner triggers at sim times (a `<Try act>`). */
function runWithFaults(fig: number, moves: Record<string, unknown>, faults: { atMs: number; fault: 'cache-restart' | 'primary-fail' }[]): SystemResult {
  const sim = models.system.create(paramsOf(fig, moves));
  for (const f of faults) {
    sim.advanceTo(f.atMs);
    expect(sim.act({ type: 'fault', fault: f.fault })).toBe(true);
  }
  return sim.runToEnd();
}

const num = (x: number, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (x: number, digits = 0) => `${num(100 * x, digits)}%`;
const usd = (x: number) => `$${num(x)}`;
const ms = (x: number) => `${num(x)} ms`;
/** Busiest sample interval of a tier (what the diagram shows at the top of the sale). */
const peak = (r: SystemResult, tier: string) => Math.max(...(r.series[`util_${tier}`] ?? [0]));
const tier = (r: SystemResult, id: string) => r.perTier.find((t) => t.tier === id);
const cls = (r: SystemResult, name: string) => r.perClass.find((c) => c.class === name);
const busyInTheory = (t: ReturnType<typeof systemTheory>, id: string) => t.tiers.find((x) => x.tier === id)?.utilization ?? 0;

/** `says` must appear in the chapter and contain `value`, the engine's number formatted as written. */
function claim(says: string, value: string) {
  expect(prose, `the chapter no longer says “${says}”`).toContain(says);
  expect(says, `the engine now gives ${value}`).toContain(value);
}

// Each test runs a few simulated days (about a second each on an idle machine); the machine is shared, so allow plenty.
describe('chapter 5 states the whole-system engine’s numbers', { timeout: 240_000 }, () => {
  it('has the eight figures it describes', () => {
    expect(figures).toHaveLength(8);
    expect(figures.every((f) => f.preset === 'black-friday')).toBe(true);
  });

  it('estimate and one box', () => {
    const clonesTheory = systemTheory(paramsOf(FIG.clones));
    claim('Averaged over the mix that is 12.2 ms a request', `${num(clonesTheory.tiers[0]?.meanServiceMs ?? 0, 1)} ms`);
    const oneBox = systemTheory(paramsOf(FIG.oneBox));
    claim('an average of 23.4 ms of the machine', `${num(oneBox.tiers[0]?.meanServiceMs ?? 0, 1)} ms`);
    claim('answer={171} unit="req/s"', num(oneBox.saturatesAtRatePerSec));
    claim('bottleneck at about 1,170% of its capacity', pct(oneBox.tiers[0]?.utilization ?? 0));
    const r = run(FIG.oneBox);
    claim('**67% of requests fail**', pct(r.errorRate));
    claim('see a p99 of 1.7 seconds', `${num(r.p99ResponseMs / 1000, 1)} seconds`);
    claim('The bill is $100 a month', usd(r.monthlyCost));
    claim('| One box | 67% | 1,668 ms | $100 |', `| ${pct(r.errorRate)} | ${ms(r.p99ResponseMs)} | ${usd(r.monthlyCost)} |`);
    const p = paramsOf(FIG.oneBox);
    claim('squeezes the day into ten simulated minutes', p.dayMs === 600_000 ? 'ten' : `${p.dayMs / 60_000}`);
    claim('an "hour" on its clock is 25 seconds', `${num(p.dayMs / 24 / 1000)} seconds`);
  });

  it('clones and sessions', () => {
    const local = run(FIG.clones);
    const checkout = cls(local, 'checkout');
    claim('9,067 of 14,647 checkouts fail for a missing session', `${num(checkout?.errorsByCause['no-session'] ?? 0)} of ${num(checkout?.requests ?? 0)}`);
    claim('Errors overall fall from 67% to 21%', `to ${pct(local.errorRate)}`);
    claim('| 4 clones, local sessions | 21% | 1,017 ms | $650 |', `| ${pct(local.errorRate)} | ${ms(local.p99ResponseMs)} | ${usd(local.monthlyCost)} |`);
    const shared = run(FIG.clones, { stage: 'sessions' });
    claim('and 18% of requests still fail', pct(shared.errorRate));
    claim('the four clones are 100% busy during the sale', pct(peak(shared, 'app')));
    const eight = run(FIG.clones, { stage: 'sessions', appMachines: 8 });
    claim('Errors fall to 12%, the clones drop to 80% busy', `${pct(eight.errorRate)}, the clones drop to ${pct(peak(eight, 'app'))}`);
    expect(eight.bottleneck).toBe('db');
    claim('the database, pinned at 100%', pct(peak(eight, 'db')));
    claim('| 8 clones, shared sessions | 12% | 349 ms | $1,150 |', `| ${pct(eight.errorRate)} | ${ms(eight.p99ResponseMs)} | ${usd(eight.monthlyCost)} |`);
    const ten = run(FIG.clones, { stage: 'sessions', appMachines: 10 });
    const twelve = run(FIG.clones, { stage: 'sessions', appMachines: 12 });
    claim('(12.4%, then 12.3%)', `(${pct(ten.errorRate, 1)}, then ${pct(twelve.errorRate, 1)})`);
    claim('the bill climbs from $1,150 to $1,550', `from ${usd(eight.monthlyCost)} to ${usd(twelve.monthlyCost)}`);
  });

  it('replicas', () => {
    const one = run(FIG.replicas);
    expect(one.bottleneck).toBe('replicas');
    claim('8.6% of requests still fail', pct(one.errorRate, 1));
    const oneTheory = systemTheory(paramsOf(FIG.replicas));
    claim('so it would run at 127% and refuse requests', pct(busyInTheory(oneTheory, 'replicas')));
    const twoTheory = systemTheory(paramsOf(FIG.replicas, { replicas: 2 }));
    claim('two offer 16, about 64% busy', pct(busyInTheory(twoTheory, 'replicas')));
    claim('the 100 order writes a second, about 13% busy', pct(busyInTheory(twoTheory, 'db')));
    const two = run(FIG.replicas, { replicas: 2 });
    expect(two.errorRate).toBe(0);
    claim('the replicas run 66% busy at the top of the sale and the primary 14%', `${pct(peak(two, 'replicas'))} busy at the top of the sale and the primary ${pct(peak(two, 'db'))}`);
    claim("The day's p99 is 264 ms", ms(two.p99ResponseMs));
    claim('the slowest requests are checkouts, at a p99 of 726 ms', ms(cls(two, 'checkout')?.p99ResponseMs ?? 0));
    claim('The bill is now $1,550 a month', usd(two.monthlyCost));
    claim('| + 2 replicas | 0% | 264 ms | $1,550 |', `| ${pct(two.errorRate)} | ${ms(two.p99ResponseMs)} | ${usd(two.monthlyCost)} |`);
  });

  it('cache', () => {
    const before = run(FIG.replicas, { replicas: 2 });
    const r = run(FIG.cache);
    const theory = systemTheory(paramsOf(FIG.cache));
    claim('answers about 53% of views (the theory', pct(theory.cacheHitRate));
    claim('the run measures 53%). The replicas', pct(r.cacheHitRate));
    claim('Peak database queries fall from about 1,830 to 910 a second', `from about ${num(Math.round(before.peakDbQueriesPerSec / 10) * 10)} to ${num(Math.round(r.peakDbQueriesPerSec / 10) * 10)}`);
    claim('The cache answers 53% of page views and the replicas fall to 30% busy', `${pct(r.cacheHitRate)} of page views and the replicas fall to ${pct(peak(r, 'replicas'))}`);
    claim('the p99 is still 264 ms, and the app clones are still 80% busy', `${ms(r.p99ResponseMs)}, and the app clones are still ${pct(peak(r, 'app'))}`);
    claim('| + cache (1,000 entries) | 0% | 264 ms | $1,650 |', `| ${pct(r.errorRate)} | ${ms(r.p99ResponseMs)} | ${usd(r.monthlyCost)} |`);
    claim('The cache earns its $100 in another way', usd(tier(r, 'cache')?.monthlyCost ?? 0));
    const oneReplica = run(FIG.cache, { replicas: 1 });
    claim('the bill drops from $1,650 to $1,450 while the remaining replica runs at 60%', `from ${usd(r.monthlyCost)} to ${usd(oneReplica.monthlyCost)} while the remaining replica runs at ${pct(peak(oneReplica, 'replicas'))}`);
    const bigger = run(FIG.cache, { replicas: 1, cacheCapacity: 5000 });
    claim('the hit rate climbs to 80% and the last replica falls to 25%', `${pct(bigger.cacheHitRate)} and the last replica falls to ${pct(peak(bigger, 'replicas'))}`);
  });

  it('the slow job path', () => {
    const two = run(FIG.queue);
    expect(two.bottleneck).toBe('workers');
    claim("The day's p99 drops from 264 ms to 37 ms (checkouts alone from 726 ms to 67 ms)", `to ${ms(two.p99ResponseMs)} (checkouts alone from 726 ms to ${ms(cls(two, 'checkout')?.p99ResponseMs ?? 0)})`);
    claim('the app clones fall from 80% to 30% busy', `to ${pct(peak(two, 'app'))}`);
    claim('an email waits 3.6 minutes on average', `${num((cls(two, 'email')?.meanResponseMs ?? 0) / 60_000, 1)} minutes`);
    const twenty = run(FIG.queue, { workers: 20 });
    claim('the workers run 81% busy at the top of the sale and an email goes out 153 ms after', `${pct(peak(twenty, 'workers'))} busy at the top of the sale and an email goes out ${ms(cls(twenty, 'email')?.meanResponseMs ?? 0)}`);
    const four = run(FIG.queue, { workers: 20, appMachines: 4 });
    claim('they run at 61%, and the bill falls from $2,650 to $2,250', `${pct(peak(four, 'app'))}, and the bill falls from ${usd(twenty.monthlyCost)} to ${usd(four.monthlyCost)}`);
    claim('| + queue, 20 workers, back to 4 clones | 0% | 37 ms | $2,250 |', `| ${pct(four.errorRate)} | ${ms(four.p99ResponseMs)} | ${usd(four.monthlyCost)} |`);
    const auto = run(FIG.queue, { appMachines: 4, autoscale: true });
    const email = cls(auto, 'email');
    claim('The pool grows to 21 workers', `${num(Math.max(...(auto.series.workers ?? [0])))} workers`);
    claim('An email now waits 12 seconds on average, with a p99 of 26 seconds', `${num((email?.meanResponseMs ?? 0) / 1000)} seconds on average, with a p99 of ${num((email?.p99ResponseMs ?? 0) / 1000)} seconds`);
    claim("The workers cost about 4 machines' worth over the day", `about ${num(tier(auto, 'workers')?.workers ?? 0)} machines`);
    claim('the bill falls to $1,453', usd(auto.monthlyCost));
  });

  const lean = () => run(FIG.deadClone, { killCloneAtHour: null });

  it('the lean design', () => {
    claim('autoscaled workers | 0% | 54 ms | $1,053 |', `| ${pct(lean().errorRate)} | ${ms(lean().p99ResponseMs)} | ${usd(lean().monthlyCost)} |`);
    claim("Crumb & Co's primary is 28% busy at the top of the sale", pct(peak(lean(), 'db')));
    claim('each about 81% busy at the top', pct(peak(run(FIG.deadClone, { killCloneAtHour: null, appMachines: 3 }), 'app')));
  });

  it('a clone dies', () => {
    const dead = run(FIG.deadClone);
    claim('With least connections, 2,971 requests fail, 1.0% of the day', `${num(dead.errorsByCause['machine-down'])} requests fail, ${pct(dead.errorRate, 1)}`);
    const rr = run(FIG.deadClone, { algorithm: 'round-robin' });
    claim('996 fail (0.34%)', `${num(rr.errorsByCause['machine-down'])} fail (${pct(rr.errorRate, 2)})`);
    claim('The run loses 2,971 requests with least connections and 996 with round robin', `${num(dead.errorsByCause['machine-down'])} requests with least connections and ${num(rr.errorsByCause['machine-down'])}`);
    claim('lands in between, at 0.65%', pct(run(FIG.deadClone, { algorithm: 'power-of-two' }).errorRate, 2));
    claim('least connections loses 752 requests', num(run(FIG.deadClone, { healthCheckMs: 500 }).errorsByCause['machine-down']));
  });

  it('the cache restarts cold', () => {
    const cold = run(FIG.coldCache);
    claim('The day ends with 1,007 refused requests (0.35%) and a p99 of 281 ms', `${num(cold.errorsByCause['queue-full'])} refused requests (${pct(cold.errorRate, 2)}) and a p99 of ${ms(cold.p99ResponseMs)}`);
    claim("the day's p99 rises from 54 ms to 281 ms", `from ${ms(lean().p99ResponseMs)} to ${ms(cold.p99ResponseMs)}`);
    claim('The run refuses 1,007 requests', num(cold.errorsByCause['queue-full']));
    // <Try act="restart the cache at 500s">: 20:00 of the 600 s day
    expect(paramsOf(FIG.coldCache).dayMs).toBe(600_000);
    const twice = runWithFaults(FIG.coldCache, { replicas: 1, dbSize: 's' }, [{ atMs: 500_000, fault: 'cache-restart' }]);
    claim('the refused requests double to 2,067 (0.71%) as the p99 crosses the target at 316 ms', `${num(twice.errorsByCause['queue-full'])} (${pct(twice.errorRate, 2)}) as the p99 crosses the target at ${ms(twice.p99ResponseMs)}`);
    claim('the small primary alone runs the sale at 79% busy', pct(peak(run(FIG.coldCache, { replicas: 0, cacheRestartAtHour: null }), 'db')));
    const noReplica = run(FIG.coldCache, { replicas: 0 });
    claim('the same restart refuses 1,954 requests and the p99 is 335 ms', `${num(noReplica.errorsByCause['queue-full'])} requests and the p99 is ${ms(noReplica.p99ResponseMs)}`);
    expect(run(FIG.coldCache, { dbSize: 'm' }).errorRate).toBe(0);
  });

  it('the primary fails', () => {
    const failed = run(FIG.primaryFails);
    const checkout = cls(failed, 'checkout');
    claim('1,024 of them, and 20 orders that customers saw confirmed are gone', `${num(checkout?.errorsByCause['database-down'] ?? 0)} of them, and ${num(failed.lostCommits)} orders`);
    claim('The run counts 20 lost commits, and 1,024 checkouts fail outright', `${num(failed.lostCommits)} lost commits, and ${num(checkout?.errorsByCause['database-down'] ?? 0)} checkouts`);
    const faster = run(FIG.primaryFails, { promotionDelayMs: 3000 });
    claim('the failed checkouts fall to 299 (0.10%)', `${num(faster.errorsByCause['database-down'])} (${pct(faster.errorRate, 2)})`);
    const laggier = run(FIG.primaryFails, { replicationLagMs: 1000 });
    expect(laggier.errorRate).toBe(failed.errorRate);
    claim('yet the run loses 90 confirmed orders instead of 20', `${num(laggier.lostCommits)} confirmed orders instead of ${num(failed.lostCommits)}`);
  });

  it('the ordinary day of the trade-offs', () => {
    const r = models.system.run(models.system.schema.parse({ stage: 'sessions', peakRate: 90, appMachines: 2 }));
    claim('run 20% and 7% busy at the peak', `${pct(peak(r, 'app'))} and ${pct(peak(r, 'db'))}`);
  });
});

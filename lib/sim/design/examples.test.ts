import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DesignResult } from './result-types';
import { designSchema, type Design } from './schema';
import { DesignSim } from './sim';
import { designTheory } from './theory';

const DIR = 'examples/designs';

/** An example with its day shortened (same rates, fewer requests) so the suite stays fast. */
function example(file: string, dayMs = 60_000): Design {
  const d = designSchema.parse(JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')));
  return { ...d, run: { ...d.run, dayMs, sampleIntervalMs: dayMs / 60 } };
}
const comp = (r: DesignResult, id: string) => r.perComponent.find((c) => c.id === id);
const cls = (r: DesignResult, id: string) => r.perClass.find((c) => c.id === id);

describe('example designs', () => {
  it('keeps at least the six examples the issue lists, each a valid design', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    for (const f of ['url-shortener.json', 'news-feed.json', 'checkout-queue.json', 'chat-gateways.json', 'rate-limited-api.json', 'sharded-counter.json']) expect(files).toContain(f);
    for (const f of files) expect(designSchema.safeParse(JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8'))).error?.issues ?? [], f).toEqual([]);
  });

  it('URL shortener: the app tier is the bottleneck the theory predicts; the cache keeps the database cool', () => {
    const d = example('url-shortener.json');
    const r = new DesignSim(d).runToEnd();
    expect(r.errors).toBe(0);
    expect(r.bottleneck?.id).toBe('app');
    expect(designTheory(d).bottleneck?.id).toBe('app');
    expect(comp(r, 'cache')?.cache?.hitRate).toBeGreaterThan(0.5);
  });

  it('news feed: the replicas carry the misses of the timeline cache; the CDN answers most post views', () => {
    const r = new DesignSim(example('news-feed.json')).runToEnd();
    expect(r.bottleneck?.id).toBe('posts');
    expect(r.bottleneck?.role).toBe('replica');
    expect(comp(r, 'edge')?.cache?.hitRate).toBeGreaterThan(0.4);
    expect(comp(r, 'timelines')?.cache?.hitRate).toBeGreaterThan(0.3);
  });

  it('checkout with a queue: the caller is answered at enqueue while the rate-limited provider makes jobs retry', () => {
    // the spike must outlast the provider's one-second burst allowance: a 200 s day makes it 17 s
    const r = new DesignSim(example('checkout-queue.json', 200_000)).runToEnd();
    const checkout = cls(r, 'checkout')!;
    expect(checkout.errors).toBe(0);
    expect(checkout.p99ResponseMs).toBeLessThan(200);
    expect(checkout.jobs?.failuresByCause['rate-limited']).toBeGreaterThan(0);
    expect(comp(r, 'payments-queue')?.queue?.retries).toBeGreaterThan(0);
    expect(checkout.jobs!.meanResponseMs).toBeGreaterThan(checkout.meanResponseMs * 5);
    expect(r.bottleneck?.id).toBe('psp');
  });

  it('chat gateways: a dead gateway fails requests until the check, and its users lose their sessions', () => {
    const r = new DesignSim(example('chat-gateways.json')).runToEnd();
    expect(r.errorsByCause['machine-down']).toBeGreaterThan(0);
    expect(r.errorsByCause['no-session']).toBeGreaterThan(0);
    expect(comp(r, 'gateways')?.groups[0]?.machinesUp).toBe(3);
    expect(cls(r, 'send')?.jobs?.completed).toBeGreaterThan(0);
  });

  it('rate-limited API: the limit refuses calls at the peak and names the provider as the bottleneck', () => {
    const r = new DesignSim(example('rate-limited-api.json')).runToEnd();
    expect(r.errorsByCause['rate-limited']).toBeGreaterThan(0);
    expect(r.bottleneck?.id).toBe('geo');
    expect(r.bottleneck?.why).toMatch(/of its rate limit/);
  });

  it('sharded counter: the hot key makes one shard the bottleneck, the one the theory names', () => {
    const d = example('sharded-counter.json');
    const r = new DesignSim(d).runToEnd();
    const t = designTheory(d);
    expect(r.bottleneck?.id).toBe('shards');
    expect(r.bottleneck?.why).toMatch(/a hot key/);
    const g = comp(r, 'shards')!.groups[0]!;
    expect(g.busiestMachine.peakUtilization).toBeGreaterThan(2 * g.peakUtilization);
    const tg = t.perComponent.find((c) => c.id === 'shards')!.groups[0]!;
    expect(g.busiestMachine.index).toBe(tg.perMachine.indexOf(tg.utilization));
  });
});

describe('sim -- design (CLI)', () => {
  const cli = (args: string[], input?: string) => spawnSync('npx', ['tsx', 'scripts/sim-cli.ts', 'design', ...args], { encoding: 'utf8', input, timeout: 120_000 });

  it('runs a file to one JSON object with the result and the theory; --stdin reads the same design', () => {
    const args = ['--day-ms', '20000', '--seed', '3', '--json'];
    const r = cli(['--file', `${DIR}/url-shortener.json`, ...args]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { result: DesignResult; theory: { bottleneck: { id: string } } };
    expect(out.result.requests).toBeGreaterThan(10_000);
    expect(out.result.series).toBeUndefined();
    expect(out.theory.bottleneck.id).toBe('app');
    const viaStdin = cli(['--stdin', ...args], readFileSync(`${DIR}/url-shortener.json`, 'utf8'));
    expect(viaStdin.stdout).toBe(r.stdout);
  });

  it('prints a readable table, with a fault added from the command line', () => {
    const r = cli(['--file', `${DIR}/url-shortener.json`, '--day-ms', '20000', '--fault', '{"type":"kill-machine","target":"app","machine":1,"atHour":12}']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^URL shortener\n/);
    expect(r.stdout).toMatch(/machine-down \d/);
    expect(r.stdout).toMatch(/\n {2}app +main +2\/3 /);
    expect(r.stdout).toContain('monthly bill: $1,050');
  });

  it('exits 2 naming the JSON path and what is allowed; nothing runs', () => {
    const bad = JSON.parse(readFileSync(`${DIR}/url-shortener.json`, 'utf8')) as { classes: { path: Record<string, unknown>[] }[] };
    bad.classes[1]!.path[2] = { to: 'db', op: 'write', node: 'replica', ms: 15 };
    const r = cli(['--stdin'], JSON.stringify(bad));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("classes.1.path.2.node: Writes must go to the primary: 'create a link' step 3 writes to a replica");
    expect(cli(['--file', `${DIR}/url-shortener.json`, '--growth', '0']).stderr).toContain('--growth must be a number between 1 and 100, got 0');
    expect(cli(['--file', `${DIR}/url-shortener.json`, '--fault', '{"type":"zap"}']).status).toBe(2);
    expect(cli([]).stderr).toContain('--file <path> or --stdin');
  });
});

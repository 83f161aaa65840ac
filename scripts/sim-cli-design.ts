/**
 * `npm run --silent sim -- design --file <design.json> | --stdin [--seed n] [--growth x] [--day-ms n]
 * [--fault '<json>']... [--json] [--series] [--max-events n] [--no-budget]`: runs a design (the
 * format of lib/sim/design, docs/SIMULATION.md "Designs") and prints a table of measured numbers
 * beside the theory's, or one JSON object `{ result, theory }`. Exit codes: 0 ok, 2 bad input
 * (each problem on stderr with its JSON path and what is allowed).
 */
import { readFileSync } from 'node:fs';
import { CLI_BUDGET, type WorkBudget } from '../lib/sim/work';
import { designBudgetProblem, designSchema, designTheory, faultSchema, runDesign, type Design, type DesignResult, type DesignTheory } from '../lib/sim/design';

function fail(msg: string): never {
  process.stderr.write(`${msg}\n`);
  process.exit(2);
}

/** Help for `sim -- design --help`. */
export const DESIGN_HELP = [
  'design: run an architecture written in the design format (docs/SIMULATION.md, "Designs")',
  '',
  'Usage: npm run --silent sim -- design (--file <path> | --stdin) [flags]',
  '',
  'Flags:',
  '  --file <path>                  the design (JSON)',
  '  --stdin                        read the design from standard input',
  '  --seed <n>                     random seed (0..2147483647; default: the design\'s run.seed)',
  '  --growth <x>                   traffic growth over today (1..100; default: the client\'s growth)',
  '  --day-ms <n>                   simulated length of the day (1000..86400000; default: run.dayMs)',
  '  --fault <json>                 add a scheduled fault, e.g. \'{"type":"kill-machine","target":"app","atHour":12}\' (repeatable)',
  '  --json                         print one JSON object { result, theory }',
  '  --series                       include the time series in the JSON',
  `  --max-events <n>               work budget in events (default ${CLI_BUDGET.maxWork.toExponential(0)}; memory ${CLI_BUDGET.maxBytes / 1e9} GB)`,
  '  --no-budget                    run whatever it costs',
].join('\n');

function number(flag: string, raw: string | undefined, min: number, max: number, int = false): number {
  const n = Number(raw);
  if (raw === undefined || raw.startsWith('--')) fail(`--${flag} needs a value (${min}..${max})`);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max || (int && !Number.isInteger(n))) fail(`--${flag} must be ${int ? 'an integer' : 'a number'} between ${min} and ${max}, got ${raw}`);
  return n;
}

function readDesign(file: string | null, stdin: boolean): unknown {
  let text: string;
  const from = stdin ? 'standard input' : (file as string);
  try {
    text = stdin ? readFileSync(0, 'utf8') : readFileSync(file as string, 'utf8');
  } catch (e) {
    fail(`cannot read ${from}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`${from} is not JSON: ${(e as Error).message}`);
  }
}

/** Problems of a parsed-or-not design, one per line: `path: message`. */
function problems(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(design)'}: ${i.message}`).join('\n');
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : '∞');
const clock = (h: number) => `${String(Math.floor(h)).padStart(2, '0')}:${String(Math.round((h % 1) * 60)).padStart(2, '0')}`;
const int = (x: number) => Math.round(x).toLocaleString('en-US');
function rows(header: string[], body: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`;
  return [line(header), ...body.map(line)];
}

/** The readable report: classes, components, bottleneck and bill, measured beside theory. */
function table(d: Design, r: DesignResult, t: DesignTheory): string {
  const w = r.peakWindow;
  const out = [
    `${d.name}`,
    `${int(r.requests)} requests over the day, ${pct(r.errorRate)} failed; peak window (${w.why}) ${clock(w.startHour)} for ${Number(w.hours.toFixed(2))} h at ${int(w.meanRatePerSec)} req/s`,
    `errors by cause: ${Object.entries(r.errorsByCause).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${int(n)}`).join(', ') || 'none'}`,
    '',
    'Classes (callers; theory = M/M/c along the path at the peak window\'s rate)',
    ...rows(
      ['class', 'requests', 'errors', 'mean', 'p50', 'p95', 'p99', 'peak mean', 'peak p99', 'theory mean'],
      r.perClass.map((c) => {
        const th = t.perClass.find((x) => x.id === c.id);
        return [c.id, int(c.requests), int(c.errors), ms(c.meanResponseMs), ms(c.p50ResponseMs), ms(c.p95ResponseMs), ms(c.p99ResponseMs), ms(c.peak.meanResponseMs), ms(c.peak.p99ResponseMs), ms(th?.meanResponseMs ?? NaN)];
      }),
    ),
  ];
  const jobs = r.perClass.filter((c) => c.jobs);
  if (jobs.length)
    out.push(
      '',
      'Queued jobs (enqueue to end of path)',
      ...rows(
        ['class', 'jobs', 'done', 'retries', 'dead letters', 'mean', 'p99', 'theory mean'],
        jobs.map((c) => {
          const j = c.jobs!;
          const th = t.perClass.find((x) => x.id === c.id);
          return [c.id, int(j.jobs), int(j.completed), int(r.perComponent.find((x) => x.id === j.queue)?.queue?.retries ?? 0), int(j.deadLettered), ms(j.meanResponseMs), ms(j.p99ResponseMs), ms(th?.jobMeanResponseMs ?? NaN)];
        }),
      ),
    );
  out.push(
    '',
    'Components (utilisation and hit rate at the peak window; theory: busiest machine, warm caches)',
    ...rows(
      ['component', 'group', 'machines', 'busy', 'busiest', 'theory', 'per visit', 'theory', 'hit rate', 'theory', '$/month'],
      r.perComponent.flatMap((c) => {
        const th = t.perComponent.find((x) => x.id === c.id);
        if (!c.groups.length) return c.cache ? [[c.id, 'edge', '', '', '', '', '', '', pct(c.cache.peakHitRate), pct(th?.hitRate ?? NaN), int(c.monthlyCost)]] : [[c.id, '', '', '', '', '', '', '', '', '', int(c.monthlyCost)]];
        return c.groups.map((g, i) => {
          const tg = th?.groups.find((x) => x.role === g.role);
          return [
            i === 0 ? c.id : '',
            g.role,
            `${g.machinesUp}/${g.machines}`,
            pct(g.peakUtilization),
            pct(g.busiestMachine.peakUtilization),
            pct(tg?.utilization ?? NaN),
            ms(g.peakMeanResponseMs),
            ms(tg?.meanResponseMs ?? NaN),
            i === 0 && c.cache ? pct(c.cache.peakHitRate) : '',
            i === 0 && c.cache ? pct(th?.hitRate ?? NaN) : '',
            i === 0 ? int(c.monthlyCost) : '',
          ];
        });
      }),
    ),
    '',
    `bottleneck: ${r.bottleneck?.why ?? 'none'}`,
    `next:       ${r.nextBottleneck?.why ?? 'none'}`,
    `theory:     ${t.bottleneck?.why ?? 'none'}; saturates at ${int(t.saturatesAtRatePerSec)} req/s`,
    '',
    `monthly bill: $${int(r.bill.total)}`,
    ...r.bill.lines.map((l) => `  ${l.label.padEnd(28)} ${l.what.padEnd(40)} $${int(l.monthly)}`),
    '',
    `theory assumes: ${t.assumes.join('; ')}`,
    `${int(r.events)} events, ${int(r.simTimeMs)} ms simulated`,
  );
  return out.join('\n');
}

/**
 * Runs the `design` subcommand with its arguments (after the word `design`).
 *
 * @example
 * runDesignCli(['--file', 'examples/designs/url-shortener.json', '--json']);
 */
export function runDesignCli(args: string[]): void {
  let file: string | null = null;
  let stdin = false;
  let json = false;
  let series = false;
  let budget: WorkBudget | null = CLI_BUDGET;
  const overrides: { seed?: number; growth?: number; dayMs?: number } = {};
  const faults: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = () => args[++i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${DESIGN_HELP}\n`);
      process.exit(0);
    } else if (arg === '--file') {
      const v = value();
      if (v === undefined || v.startsWith('--')) fail('--file needs a path to a design (JSON)');
      file = v;
    } else if (arg === '--stdin') stdin = true;
    else if (arg === '--json') json = true;
    else if (arg === '--series') series = true;
    else if (arg === '--no-budget') budget = null;
    else if (arg === '--seed') overrides.seed = number('seed', value(), 0, 2 ** 31 - 1, true);
    else if (arg === '--growth') overrides.growth = number('growth', value(), 1, 100);
    else if (arg === '--day-ms') overrides.dayMs = number('day-ms', value(), 1_000, 86_400_000);
    else if (arg === '--max-events') {
      const n = number('max-events', value(), 1, 1e15);
      if (budget) budget = { ...budget, maxWork: n, maxSetup: Math.max(budget.maxSetup, n) };
    } else if (arg === '--fault') {
      const raw = value();
      if (raw === undefined) fail('--fault needs a fault as JSON, e.g. \'{"type":"kill-machine","target":"app","atHour":12}\'');
      let f: unknown;
      try {
        f = JSON.parse(raw);
      } catch {
        fail(`--fault must be JSON, got ${raw}`);
      }
      const parsed = faultSchema.safeParse(f);
      if (!parsed.success) fail(problems(parsed.error).replace(/^/gm, '--fault '));
      faults.push(f);
    } else fail(`unexpected argument "${arg}" for design; run \`sim -- design --help\``);
  }
  if (!file === !stdin) fail('design needs its input: --file <path> or --stdin (one of them)');
  const input = readDesign(file, stdin) as Record<string, unknown>;
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    if (faults.length) input.faults = [...((input.faults as unknown[]) ?? []), ...faults];
    if (overrides.seed !== undefined || overrides.dayMs !== undefined) input.run = { ...((input.run as object) ?? {}), ...(overrides.seed !== undefined ? { seed: overrides.seed } : {}), ...(overrides.dayMs !== undefined ? { dayMs: overrides.dayMs } : {}) };
    if (overrides.growth !== undefined && Array.isArray(input.components))
      input.components = input.components.map((c: Record<string, unknown>) => (c && c.kind === 'client' ? { ...c, growth: overrides.growth } : c));
  }
  const parsed = designSchema.safeParse(input);
  if (!parsed.success) fail(problems(parsed.error));
  const d = parsed.data;
  const over = budget ? designBudgetProblem(d, budget, 'the CLI') : null;
  if (over) fail(`${over.message}\nOr raise the budget with --max-events <n>, or pass --no-budget.`);
  const r = runDesign(d);
  const t = designTheory(d, r.peakWindow.meanRatePerSec);
  if (json) {
    const result: Partial<DesignResult> = { ...r };
    if (!series) delete result.series;
    process.stdout.write(`${JSON.stringify({ result, theory: t })}\n`);
  } else process.stdout.write(`${table(d, r, t)}\n`);
}

/**
 * Simulation CLI: `npm run --silent sim -- <model> [--<flag> <value>]... [--json] [--series]`.
 * Flags are the schema keys in kebab-case. `sim -- design --file <path>` runs a design
 * (scripts/sim-cli-design.ts). Exit codes: 0 ok, 2 bad input (message on stderr).
 */
import { checkBudget, CLI_BUDGET, describeParams, isModelName, models, parseParams, runModel, type ModelName, type ParamInfo } from '../lib/sim';
import { runDesignCli } from './sim-cli-design';
import { gradeCli } from './grade-cli';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function fail(msg: string): never {
  process.stderr.write(`${msg}\n`);
  process.exit(2);
}

function range(i: ParamInfo): string {
  if (i.kind === 'enum') return (i.options ?? []).join('|');
  if (i.kind === 'boolean') return 'true|false';
  const r = `${i.min ?? '-∞'}..${i.max ?? '∞'}`;
  return i.kind === 'number-list' ? `comma list, each ${r}` : r;
}

function helpAll(): string {
  const lines = ['Usage: npm run --silent sim -- <model> [--<flag> <value>]... [--json] [--series]', '', 'Models:'];
  for (const m of Object.values(models)) lines.push(`  ${m.name.padEnd(12)} ${m.title}`);
  lines.push(`  ${'design'.padEnd(12)} Any architecture in the design format (--file <path> or --stdin)`);
  lines.push(`  ${'grade'.padEnd(12)} Grade a design on a design problem (run \`sim -- grade --help\`)`);
  lines.push('', 'Run `npm run --silent sim -- <model> --help` for its flags.');
  return lines.join('\n');
}

function helpModel(name: ModelName): string {
  const m = models[name];
  const lines = [`${m.name}: ${m.title}`, '', 'Flags:'];
  for (const i of describeParams(m.schema)) {
    const def = i.default === undefined ? 'off' : Array.isArray(i.default) ? i.default.join(',') || '[]' : String(i.default);
    lines.push(`  --${kebab(i.key).padEnd(28)} ${i.description} [${i.unit ? `${i.unit}; ` : ''}${range(i)}; default ${def}]`);
  }
  lines.push(
    '  --json                         print one JSON object',
    '  --series                       include the time series in the output',
    `  --max-events <n>               work budget in events (default ${CLI_BUDGET.maxWork.toExponential(0)}; memory ${CLI_BUDGET.maxBytes / 1e9} GB)`,
    '  --no-budget                    run whatever it costs',
  );
  return lines.join('\n');
}

function convert(info: ParamInfo, flag: string, raw: string): unknown {
  if (info.kind === 'enum') return raw;
  if (info.kind === 'boolean') {
    if (raw === 'true' || raw === 'false') return raw === 'true';
    fail(`--${flag} must be true or false, got ${raw}`);
  }
  const toNum = (s: string) => {
    const n = Number(s);
    if (s.trim() === '' || !Number.isFinite(n)) fail(`--${flag} must be a number (${range(info)}), got ${raw}`);
    return n;
  };
  if (info.kind === 'number-list') return raw.split(',').map(toNum);
  return toNum(raw);
}

function table(result: Record<string, unknown>): string {
  const out: string[] = [];
  for (const [k, v] of Object.entries(result)) {
    if (Array.isArray(v) && v.length && typeof v[0] === 'object') {
      const cols = Object.keys(v[0] as object);
      out.push(`${k}:`, `  ${['#', ...cols].map((c) => c.padStart(14)).join('')}`);
      v.forEach((row: Record<string, unknown>, i) => out.push(`  ${[String(i), ...cols.map((c) => fmt(row[c]))].map((c) => c.padStart(14)).join('')}`));
    } else out.push(`${k.padEnd(28)} ${Array.isArray(v) ? v.join(',') : fmt(v)}`);
  }
  return out.join('\n');
}

function fmt(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4);
  if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}=${fmt(x)}`).join(' ');
  return String(v);
}

function main(argv: string[]): void {
  const [first, ...rest] = argv;
  // Commands other than a model live in their own modules.
  if (first === 'grade') return gradeCli(rest);
  if (first === undefined || first === '--help' || first === '-h') {
    process.stdout.write(`${helpAll()}\n`);
    process.exit(first === undefined ? 2 : 0);
  }
  if (first === 'design') return runDesignCli(rest);
  if (!isModelName(first)) fail(`unknown model "${first}"; models: ${[...Object.keys(models), 'design', 'grade'].join(', ')}`);
  const model = first;
  const infos = new Map(describeParams(models[model].schema).map((i) => [i.key, i]));
  const input: Record<string, unknown> = {};
  let json = false;
  let series = false;
  let budget: typeof CLI_BUDGET | null = CLI_BUDGET;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${helpModel(model)}\n`);
      process.exit(0);
    }
    if (arg === '--json') json = true;
    else if (arg === '--series') series = true;
    else if (arg === '--no-budget') budget = null;
    else if (arg === '--max-events') {
      const n = Number(rest[++i]);
      if (!Number.isFinite(n) || n <= 0) fail(`--max-events must be a positive number of events, got ${rest[i] ?? 'nothing'}`);
      if (budget) budget = { ...budget, maxWork: n, maxSetup: Math.max(budget.maxSetup, n) };
    }
    else if (arg.startsWith('--')) {
      const flag = arg.slice(2).split('=')[0] ?? '';
      const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined;
      const info = infos.get(camel(flag));
      if (!info || kebab(info.key) !== flag) fail(`unknown flag --${flag} for model ${model}; run \`sim -- ${model} --help\``);
      // the next argument is a value unless it is another flag (a negative number is a value)
      const next = rest[i + 1];
      const raw = inline ?? (next !== undefined && !/^--[a-z]/i.test(next) ? rest[++i] : undefined);
      if (raw === undefined) fail(`--${flag} needs a value (${range(info)})`);
      input[info.key] = convert(info, flag, raw);
    } else fail(`unexpected argument "${arg}"`);
  }
  const parsed = parseParams(model, input);
  if (!parsed.ok) fail(parsed.errors.map((e) => e.replace(/^([A-Za-z]+)/, (k) => `--${kebab(k)}`)).join('\n'));
  const over = budget ? checkBudget(model, parsed.params, budget, 'the CLI') : null;
  if (over) fail(`${over.message}\nOr raise the budget with --max-events <n>, or pass --no-budget.`);
  const result: Record<string, unknown> = { ...runModel(model, parsed.params) };
  if (!series) delete result.series;
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${models[model].title}\n${table(result)}\n`);
}

main(process.argv.slice(2));

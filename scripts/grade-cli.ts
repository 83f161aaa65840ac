/**
 * `npm run --silent sim -- grade --problem <id> --file design.json [--json]`: grades a design on a
 * design problem the way the problem page does (every scenario × seed on the engine) and prints
 * each goal with pass/fail and its evidence, the bill against the budget and what to look at next.
 * Exit codes: 0 every goal met, 1 a goal not met, 2 bad input (message on stderr).
 */
import fs from 'node:fs';
import { formatProblem } from '../lib/content/problem';
import { CLI_BUDGET } from '../lib/sim/work';
import { engineRunner } from '../lib/problems/engine';
import { gradeDesign } from '../lib/problems/grade';
import { gradedDayWords } from '../lib/problems/graded-day';
import { listProblemFiles, readProblem } from '../lib/problems/load';
import { gradingSpec } from '../lib/problems/prepare';
import { readDesign } from '../lib/problems/read-design';
import { dollars } from '../lib/problems/words';

const USAGE = `Usage: npm run --silent sim -- grade --problem <id> (--file <design.json> | --stdin | --reference) [--json]

  --problem <id>     a design problem (content/problems/<id>.mdx)
  --file <path>      the design to grade, in the design format (docs/SIMULATION.md)
  --stdin            read the design from standard input
  --reference        grade the problem's own first reference design
  --json             print the report as one JSON object
Exit codes: 0 every goal met, 1 a goal not met, 2 bad input.`;

function fail(msg: string): never {
  process.stderr.write(`${msg}\n`);
  process.exit(2);
}

export function gradeCli(argv: string[]): void {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (!a.startsWith('--')) fail(`unexpected argument "${a}"\n${USAGE}`);
    const name = a.slice(2);
    if (['json', 'stdin', 'reference'].includes(name)) flags.set(name, true);
    else if (['problem', 'file'].includes(name)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`--${name} needs a value`);
      flags.set(name, v);
    } else fail(`unknown flag --${name} for grade\n${USAGE}`);
  }
  const id = flags.get('problem');
  if (typeof id !== 'string') fail(`--problem <id> is required\n${USAGE}`);
  const file = listProblemFiles().find((f) => f.endsWith(`/${id}.mdx`));
  const ids = listProblemFiles().map((f) => f.replace(/^.*\//, '').replace(/\.mdx$/, ''));
  if (!file) fail(`no problem "${id}" (problems: ${ids.join(', ')})`);
  const { problem, problems } = readProblem(file);
  if (!problem) fail(`the problem does not load:\n${problems.map(formatProblem).join('\n')}`);
  const spec = gradingSpec(problem.id, problem.frontmatter);

  const sources = ['file', 'stdin', 'reference'].filter((k) => flags.has(k));
  if (sources.length !== 1) fail(`give exactly one of --file, --stdin or --reference\n${USAGE}`);
  let input: string;
  let where: string;
  if (flags.has('reference')) {
    const name = problem.frontmatter.references[0]!.design;
    input = JSON.stringify(problem.designs[name]);
    where = problem.designFiles[name]!;
  } else if (flags.has('stdin')) {
    input = fs.readFileSync(0, 'utf8');
    where = 'standard input';
  } else {
    where = String(flags.get('file'));
    if (!fs.existsSync(where)) fail(`no file ${where}`);
    input = fs.readFileSync(where, 'utf8');
  }
  const design = readDesign(input, spec);
  if (!design.ok) fail(`${where} cannot be graded on ${problem.id}:\n${design.errors.map((e) => `  ${e}`).join('\n')}`);

  const report = gradeDesign(spec, design.design, engineRunner(CLI_BUDGET, spec.requirements.traffic));
  if (flags.has('json')) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    const lines = [`${problem.frontmatter.title}: ${report.passed} of ${report.total} goals met (${where})`, `Ran ${report.scenarios.map((s) => `${s.label} on seeds ${s.seeds.join(', ')}`).join('; ')}. ${gradedDayWords(spec.requirements.traffic.dayMs)}.`, ''];
    for (const g of report.goals) lines.push(`${g.pass ? 'PASS' : 'FAIL'}  ${g.label}`, `      ${g.evidence}`);
    if (report.notes.length) lines.push('', 'Not applied:', ...report.notes.map((n) => `  - ${n}`));
    if (report.cost.monthly !== null) lines.push('', `Bill: ${dollars(report.cost.monthly)} a month${report.cost.budget !== null ? ` (budget ${dollars(report.cost.budget)})` : ''}${report.cost.breakdown.length ? `: ${report.cost.breakdown.map((b) => `${b.label} ${dollars(b.dollars)}`).join(', ')}` : ''}`);
    if (report.next.length) lines.push('', report.passed === report.total ? 'Where it breaks next:' : 'What to look at next:', ...report.next.map((n) => `  - ${n}`));
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  process.exit(report.passed === report.total ? 0 : 1);
}

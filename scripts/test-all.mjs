#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order — types, lint, dependency audit, unit tests,
 * content check, production build, JS budget, end-to-end tests and the nginx cluster test against
 * that build. Prints a summary; exit 1 if any step failed.
 * Set PREPUP_SKIP_E2E=1 to stop after the build (a quick local loop; CI never sets it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.CI ? '0' : (process.env.FORCE_COLOR ?? '1') };
const steps = [
  { name: 'types', cmd: 'npx', args: ['next', 'typegen'], then: ['npx', ['tsc', '--noEmit']] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'audit', cmd: 'node', args: ['scripts/audit-deps.mjs'] },
  { name: 'unit', cmd: 'npx', args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/unit.json'] },
  { name: 'content', cmd: 'npx', args: ['tsx', 'scripts/content-check.ts'] },
  // Then each page's inline-script hashes into its CSP (next start would also do it on start).
  { name: 'build', cmd: 'npx', args: ['next', 'build'], then: ['node', ['scripts/csp-hashes.mjs']] },
  { name: 'budget', cmd: 'node', args: ['scripts/budget-js.mjs'], needs: 'build' },
  { name: 'browser', cmd: 'node', args: ['scripts/ensure-browser.mjs'], needs: 'build' },
  { name: 'e2e', cmd: 'npx', args: ['playwright', 'test'], needs: 'browser' },
  // Three clones of the build behind nginx: one stopped (SIGTERM), one killed (SIGKILL) under load (~35 s).
  { name: 'cluster', cmd: 'node', args: ['scripts/cluster-test.mjs'], needs: 'build' },
  // Last: the static export rebuilds .next, which the steps above serve.
  { name: 'export', cmd: 'npm', args: ['run', '--silent', 'build:export'], then: ['node', ['scripts/check-export.mjs']] },
];

function run(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
}

// Reports live outside test-results/, which Playwright empties when it starts.
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const results = new Map();
for (const step of steps) {
  if (process.env.PREPUP_SKIP_E2E === '1' && ['browser', 'e2e', 'cluster', 'export'].includes(step.name)) continue;
  if (step.needs && results.get(step.needs) !== 0) {
    console.log(`\n── ${step.name}: skipped (${step.needs} failed)`);
    results.set(step.name, 'skipped');
    continue;
  }
  console.log(`\n── ${step.name}: ${[step.cmd, ...step.args].join(' ')}`);
  const t0 = Date.now();
  let status = run(step.cmd, step.args);
  if (status === 0 && step.then) status = run(step.then[0], step.then[1]);
  results.set(step.name, status);
  console.log(`── ${step.name}: ${status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

/** Test counts from the runners' JSON reports. */
function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync('reports/unit.json')) {
    const u = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
    passed += u.numPassedTests ?? 0;
    failed += u.numFailedTests ?? 0;
    skipped += (u.numPendingTests ?? 0) + (u.numTodoTests ?? 0);
  }
  if (existsSync('reports/e2e.json')) {
    const s = JSON.parse(readFileSync('reports/e2e.json', 'utf8')).stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += s.unexpected ?? 0;
    skipped += s.skipped ?? 0;
  }
  return { passed, failed, skipped };
}

const failedSteps = [...results].filter(([, s]) => s !== 0).map(([n]) => n);
console.log('\n── summary');
for (const [name, s] of results) console.log(`   ${name.padEnd(8)} ${s === 0 ? 'ok' : s === 'skipped' ? 'skipped' : 'FAILED'}`);
const c = counts();
// A failed step other than the runners (types, lint, content, build) counts as a failure too.
const stepFailed = [...results].filter(([n, s]) => !['unit', 'e2e'].includes(n) && s !== 0).length;
console.log(`tests: ${c.passed} passed, ${c.failed + stepFailed} failed, ${c.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);

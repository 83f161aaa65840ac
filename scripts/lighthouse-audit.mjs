#!/usr/bin/env node
/**
 * `npm run audit:lighthouse [-- --runs=N]`: Lighthouse on the production build (PREPUP_DIST_DIR or
 * .next), served by `next start` on a free port: home, the heaviest lesson and a playground, with
 * the mobile and desktop presets, N runs each (default 3), median score per category.
 * Fails below: performance 90 (mobile) / 98 (desktop); accessibility, best practices and SEO 100.
 * Uses Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). ~17 s per run on 2 cores, so the
 * default 18 runs take about 5 minutes; it is not part of `npm test` (see docs/DEPLOY.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startNext, stopGroup, waitForHttp } from './cluster/processes.mjs';

const distDir = process.env.PREPUP_DIST_DIR ?? '.next';
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const MIN_SCORE = {
  mobile: { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 },
  desktop: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
};
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Home, the heaviest lesson (worst case) and the queue playground, or the playground index. */
function pagesToAudit() {
  const app = path.join(distDir, 'server', 'app');
  const learn = path.join(app, 'learn');
  const lessons = existsSync(learn) ? readdirSync(learn).filter((f) => f.endsWith('.html')) : [];
  const heaviest = lessons.sort((a, b) => statSync(path.join(learn, b)).size - statSync(path.join(learn, a)).size)[0];
  const playground = ['playground/queue', 'playground'].find((p) => existsSync(path.join(app, `${p}.html`)));
  return ['/', ...(heaviest ? [`/learn/${heaviest.replace(/\.html$/, '')}`] : []), ...(playground ? [`/${playground}`] : [])];
}

/** One Lighthouse run in its own process (and its own Chrome); returns the parsed report. */
function lighthouse(url, preset, profileDir) {
  const args = [
    'node_modules/lighthouse/cli/index.js',
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${profileDir}`].join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: chromePath } });
  if (r.status !== 0) throw new Error(`lighthouse ${preset} ${url} failed:\n${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One line per item of an audit's details: a console message, an element, a URL. */
function detailLines(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 4).map((item) => {
    const text = item.description ?? item.node?.explanation?.split('\n')[0] ?? item.url ?? JSON.stringify(item).slice(0, 160);
    const where = item.node?.snippet ?? item.sourceLocation?.url ?? '';
    return `        - ${text}${where ? `  [${where.slice(0, 140)}]` : ''}`;
  });
}

/** Audits that cost points in a category, with their titles and first items (what to fix). */
function losingAudits(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id]?.score < 1)
    .flatMap((ref) => [`${ref.id} (${report.audits[ref.id].score}): ${report.audits[ref.id].title}${report.audits[ref.id].displayValue ? ` — ${report.audits[ref.id].displayValue}` : ''}`, ...(category === 'performance' ? [] : detailLines(report.audits[ref.id]))]);
}

async function main() {
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error(`No production build in ${distDir}/: run \`npm run build\` first.`);
  if (!existsSync(chromePath)) throw new Error(`No Chromium at ${chromePath}: apt-get install -y chromium, or set CHROME_PATH.`);
  const port = await freePort();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'prepup-lighthouse-'));
  const server = startNext(port, path.join(tmp, 'server.log'));
  const failures = [];
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`);
    const pages = pagesToAudit();
    console.log(`Lighthouse ${runs} run(s) × ${pages.length} page(s) × mobile/desktop on ${distDir}/ (median scores)`);
    console.log(`  ${'page'.padEnd(30)} ${'preset'.padEnd(8)} ${CATEGORIES.map((c) => c.slice(0, 13).padStart(14)).join('')}`);
    for (const page of pages) {
      for (const preset of ['mobile', 'desktop']) {
        const reports = [];
        for (let i = 0; i < runs; i++) reports.push(lighthouse(`http://127.0.0.1:${port}${page}`, preset, path.join(tmp, `profile-${preset}-${i}`)));
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(reports.map((r) => Math.round((r.categories[c].score ?? 0) * 100)))]));
        const cells = CATEGORIES.map((c) => `${scores[c]}${scores[c] < MIN_SCORE[preset][c] ? ' ✗' : '  '}`.padStart(14));
        console.log(`  ${page.padEnd(30)} ${preset.padEnd(8)} ${cells.join('')}`);
        for (const c of CATEGORIES.filter((cat) => scores[cat] < MIN_SCORE[preset][cat])) {
          // The run with the median score shows what to fix.
          const report = reports.find((r) => Math.round(r.categories[c].score * 100) === scores[c]) ?? reports[0];
          failures.push(`${page} ${preset} ${c} ${scores[c]} < ${MIN_SCORE[preset][c]}:\n      ${losingAudits(report, c).join('\n      ')}`);
        }
      }
    }
  } finally {
    await stopGroup(server);
    rmSync(tmp, { recursive: true, force: true });
  }
  if (failures.length) console.log(`\nBelow target:\n  ${failures.join('\n  ')}`);
  return failures.length === 0;
}

try {
  process.exit((await main()) ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

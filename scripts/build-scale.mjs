#!/usr/bin/env node
/**
 * `npm run bench:build [-- --chapters=100] [-- --warm]`: how build time grows with the course.
 * Builds the real course (content/, copied to a temp folder), then the same course plus 100
 * synthetic chapters (valid frontmatter with questions, headings, code blocks, a Callout, glossary
 * terms, key numbers, a recap), each from a cold start into its own build folder
 * (PREPUP_DIST_DIR=.next-bench-N; the MDX cache lives there too), and prints seconds per added
 * chapter. Target: ≤ 1 s per added chapter. `--warm` rebuilds the large course once more with its
 * MDX cache in place. A benchmark that prints numbers, not a test: it fails only if a build fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticChapter } from './build-scale/synthetic-chapter.mjs';

const added = Number(process.argv.find((a) => a.startsWith('--chapters='))?.split('=')[1] ?? 100);
const warm = process.argv.includes('--warm');
const TARGET_SECONDS_PER_CHAPTER = 1;

/** Glossary ids the synthetic chapters may link with <Term>. */
function glossaryIds() {
  return [...readFileSync('content/glossary.yaml', 'utf8').matchAll(/^- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]);
}

/** A content folder: the real course, plus `extra` synthetic chapters numbered after it. */
function makeContent(root, extra) {
  mkdirSync(path.join(root, 'chapters'), { recursive: true });
  for (const f of ['glossary.yaml', 'latency-numbers.yaml']) cpSync(path.join('content', f), path.join(root, f));
  const real = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx'));
  for (const f of real) cpSync(path.join('content/chapters', f), path.join(root, 'chapters', f));
  const terms = glossaryIds();
  for (let i = 0; i < extra; i++) {
    const n = 100 + i; // after the real chapters (orders 0–99)
    writeFileSync(path.join(root, 'chapters', `${n}-synthetic-topic-${n}.mdx`), syntheticChapter(n, terms));
  }
  return real.length + extra;
}

/**
 * `next build` with its own content and build folders; returns wall-clock seconds.
 * Next adds the build folder's type paths to tsconfig.json on every build into a new folder:
 * put the file back as it was, so the benchmark leaves the working tree untouched.
 */
function build(contentDir, distDir, { clean = true } = {}) {
  if (clean) rmSync(distDir, { recursive: true, force: true });
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PREPUP_CONTENT_DIR: contentDir, PREPUP_DIST_DIR: distDir };
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig);
  if (r.status !== 0) throw new Error(`next build failed (${distDir}):\n${(r.stdout + r.stderr).slice(-3000)}`);
  return seconds;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'prepup-bench-build-'));
const dists = [];
try {
  const small = path.join(tmp, 'small');
  const large = path.join(tmp, 'large');
  const smallCount = makeContent(small, 0);
  const largeCount = makeContent(large, added);
  console.log(`Build time by course size (cold builds, ${os.cpus().length} cores)`);

  const smallDist = `.next-bench-${smallCount}`;
  const largeDist = `.next-bench-${largeCount}`;
  dists.push(smallDist, largeDist);
  const tSmall = build(small, smallDist);
  console.log(`  ${String(smallCount).padStart(4)} chapters (the course)        ${tSmall.toFixed(1).padStart(6)} s`);
  const tLarge = build(large, largeDist);
  console.log(`  ${String(largeCount).padStart(4)} chapters (+${added} synthetic)     ${tLarge.toFixed(1).padStart(6)} s`);
  const perChapter = (tLarge - tSmall) / added;
  const verdict = perChapter <= TARGET_SECONDS_PER_CHAPTER ? 'within' : 'OVER';
  console.log(`  per added chapter: ${perChapter.toFixed(2)} s (${verdict} the ${TARGET_SECONDS_PER_CHAPTER} s target)`);
  if (warm) {
    // Same folder, so the MDX cache from the cold build is reused; Next's own output is rebuilt.
    const tWarm = build(large, largeDist, { clean: false });
    console.log(`  ${String(largeCount).padStart(4)} chapters, MDX cache warm    ${tWarm.toFixed(1).padStart(6)} s`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
  for (const d of dists) if (existsSync(d)) rmSync(d, { recursive: true, force: true });
}

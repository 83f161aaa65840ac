#!/usr/bin/env node
/**
 * `npm run test:cluster`: proves the site runs as identical, stateless clones behind nginx.
 * Starts two production instances of the same build and nginx with deploy/nginx.conf (rewritten to
 * 127.0.0.1, free ports and a temp dir), then checks that
 *   1. every lesson page is byte-identical from both clones, and no response sets a cookie;
 *   2. the static-export site in deploy/nginx.conf sends the security and caching headers;
 *   3. under load (autocannon, CLUSTER_LOAD_SECONDS = 20 s, 10 connections) through nginx, with one
 *      clone killed (SIGKILL) halfway, the client sees zero failed requests.
 * Prints requests/s and p99. Stops every process it started, also on failure or Ctrl-C.
 * Needs a production build (`npm run build`; PREPUP_DIST_DIR picks another build folder).
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { securityHeaders } from '../deploy/security-headers.mjs';
import { ensureNginx, renderTestConfig, stopNginx, testConfig } from './cluster/nginx.mjs';
import { freePort, signalGroup, spawnGroup, startNext, stopGroup, waitForHttp } from './cluster/processes.mjs';

const distDir = process.env.PREPUP_DIST_DIR ?? '.next';
const loadSeconds = Number(process.env.CLUSTER_LOAD_SECONDS ?? 20);
const CONNECTIONS = 10;

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${message}`);
};

/** Lesson URLs as built: one prerendered HTML file per published chapter. */
function lessonPaths() {
  const dir = path.join(distDir, 'server', 'app', 'learn');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
  return files.map((f) => `/learn/${f.replace(/\.html$/, '')}`).sort();
}

async function get(url, headers = {}, redirect = 'follow') {
  const res = await fetch(url, { headers, redirect, signal: AbortSignal.timeout(10_000) });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** 1. Same bytes from every clone, and no cookies: nothing per-user lives on a server. */
async function checkClonesIdentical(ports, paths) {
  for (const p of ['/', ...paths]) {
    const answers = await Promise.all(ports.map((port) => get(`http://127.0.0.1:${port}${p}`)));
    const hashes = answers.map((a) => createHash('sha256').update(a.body).digest('hex').slice(0, 12));
    const statuses = answers.map((a) => a.status);
    check(statuses.every((s) => s === 200) && new Set(hashes).size === 1, `${p}: identical body from ${ports.length} clones (${hashes[0]}, HTTP ${statuses.join('/')})`);
    check(answers.every((a) => !a.headers.has('set-cookie')), `${p}: no Set-Cookie`);
  }
}

/** 2. The static-export site: security headers everywhere, immutable caching only for hashed assets. */
async function checkStaticSite(port) {
  const expected = securityHeaders();
  const cases = [
    { path: '/', status: 200, cache: 'public, max-age=0, must-revalidate' },
    { path: '/_next/static/chunks/test.js', status: 200, cache: 'public, max-age=31536000, immutable' },
    { path: '/no-such-page/', status: 404, cache: 'public, max-age=0, must-revalidate' },
    { path: '/learn/topic', status: 301, cache: 'public, max-age=0, must-revalidate', location: '/learn/topic/' },
  ];
  for (const c of cases) {
    const r = await get(`http://127.0.0.1:${port}${c.path}`, {}, 'manual');
    const missing = expected.filter((h) => r.headers.get(h.key) !== h.value).map((h) => h.key);
    check(r.status === c.status && missing.length === 0, `static ${c.path}: HTTP ${r.status}, security headers${missing.length ? ` missing/wrong: ${missing.join(', ')}` : ''}`);
    check(r.headers.get('cache-control') === c.cache, `static ${c.path}: Cache-Control ${r.headers.get('cache-control')}`);
    if (c.location) check(r.headers.get('location') === c.location, `static ${c.path}: redirects to ${r.headers.get('location')}`);
  }
}

/** 3. Load through nginx; kill one clone halfway. */
async function loadWithFailover(lbPort, victim, paths) {
  const run = autocannon({
    url: `http://127.0.0.1:${lbPort}`,
    connections: CONNECTIONS,
    duration: loadSeconds,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  const killer = setTimeout(() => {
    console.log(`   … killing clone pid ${victim.pid} (SIGKILL) at ${loadSeconds / 2} s`);
    signalGroup(victim, 'SIGKILL');
  }, (loadSeconds * 1000) / 2);
  const result = await run;
  clearTimeout(killer);
  return result;
}

/** Requests per clone and retries, from the test config's access log (`status|upstream_addr|upstream_status`). */
function upstreamStats(logFile) {
  const lines = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').filter(Boolean) : [];
  const perClone = new Map();
  let retried = 0;
  for (const line of lines) {
    // A retried request lists every clone it tried: "127.0.0.1:A, 127.0.0.1:B".
    const addrs = line.split('|')[1]?.split(', ') ?? [];
    if (addrs.length > 1) retried++;
    const last = addrs.at(-1);
    // "-" (not proxied) and "prepup_app" (no live clone) are not clones.
    if (last?.startsWith('127.0.0.1:')) perClone.set(last, (perClone.get(last) ?? 0) + 1);
  }
  return { perClone, retried };
}

async function main() {
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error(`No production build in ${distDir}/: run \`npm run build\` first.`);
  const paths = lessonPaths();
  if (paths.length === 0) throw new Error(`No lesson pages in ${distDir}/server/app/learn/.`);
  const nginx = ensureNginx();

  const dir = mkdtempSync(path.join(os.tmpdir(), 'prepup-cluster-'));
  chmodSync(dir, 0o755); // nginx workers drop root and must reach the static root and temp dirs
  const staticRoot = path.join(dir, 'static');
  mkdirSync(path.join(staticRoot, '_next', 'static', 'chunks'), { recursive: true });
  mkdirSync(path.join(staticRoot, 'learn', 'topic'), { recursive: true });
  writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>export</title>');
  writeFileSync(path.join(staticRoot, 'learn', 'topic', 'index.html'), '<!doctype html><title>topic</title>');
  writeFileSync(path.join(staticRoot, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(path.join(staticRoot, '_next', 'static', 'chunks', 'test.js'), 'console.log(1)');

  const [portA, portB, lbPort, staticPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const confFile = path.join(dir, 'nginx.conf');
  writeFileSync(confFile, renderTestConfig({ dir, lbPort, staticPort, upstreamPorts: [portA, portB], staticRoot }));
  testConfig(nginx, dir, confFile);

  const clones = [];
  let nginxProcess = null;
  const cleanup = async () => {
    if (nginxProcess) {
      stopNginx(nginx, dir, confFile);
      await stopGroup(nginxProcess);
    }
    await Promise.all(clones.map((c) => stopGroup(c)));
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    console.log(`── cluster: 2 clones of ${distDir} on :${portA} :${portB}, nginx on :${lbPort} (static :${staticPort}), logs in ${dir}`);
    clones.push(startNext(portA, path.join(dir, 'clone-a.log')), startNext(portB, path.join(dir, 'clone-b.log')));
    await Promise.all([portA, portB].map((p) => waitForHttp(`http://127.0.0.1:${p}/`)));
    // nginx only after the clones answer: polling it earlier would mark both clones failed for fail_timeout.
    nginxProcess = spawnGroup(nginx, ['-p', dir, '-c', confFile, '-g', 'daemon off;'], { logFile: path.join(dir, 'nginx.out') });
    await waitForHttp(`http://127.0.0.1:${lbPort}/`);

    await checkClonesIdentical([portA, portB], paths);
    await checkStaticSite(staticPort);
    const viaLb = await get(`http://127.0.0.1:${lbPort}${paths[0]}`, { 'accept-encoding': 'gzip' });
    check(viaLb.headers.get('content-encoding') === 'gzip', `nginx gzips HTML (${viaLb.headers.get('content-encoding') ?? 'none'})`);
    check(viaLb.headers.has('content-security-policy'), 'nginx passes the clones\' Content-Security-Policy through');

    console.log(`── load: ${loadSeconds} s, ${CONNECTIONS} connections over ${paths.length} lesson page(s), one clone killed halfway`);
    const r = await loadWithFailover(lbPort, clones[1], paths);
    const failed = r.errors + r.timeouts + r.non2xx;
    const { perClone, retried } = upstreamStats(path.join(dir, 'access.log'));
    console.log(`   requests: ${r.requests.total} · ${r.requests.average.toFixed(0)} req/s · latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`);
    console.log(`   served by: ${[...perClone].map(([a, n]) => `${a} ${n}`).join(' · ')} · retried on the other clone: ${retried}`);
    check(r.requests.total > 0, 'load reached the site');
    check(failed === 0, `zero failed requests at the client (errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx})`);
    check(perClone.size === 2, 'both clones served traffic before the kill');
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (failures.length === 0) rmSync(dir, { recursive: true, force: true });
  else console.log(`logs kept in ${dir}`);
}

try {
  await main();
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
  console.error(error instanceof Error ? error.message : error);
}
console.log(failures.length === 0 ? '── cluster test: ok' : `── cluster test: FAILED (${failures.length})`);
process.exit(failures.length === 0 ? 0 : 1);

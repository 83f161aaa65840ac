#!/usr/bin/env node
/**
 * `npm run test:cluster`: proves the site runs as identical, stateless clones behind nginx.
 * Starts three production instances of the same build (`npm start`: scripts/serve.mjs) and nginx
 * with deploy/nginx.conf (rewritten to 127.0.0.1, test ports and a temp dir), then checks that
 *   1. every lesson page is byte-identical from every clone, and no response sets a cookie;
 *   2. the static-export site in deploy/nginx.conf sends the security headers, each page's CSP
 *      naming its own inline-script hashes, and the caching headers; every method but GET and HEAD
 *      gets 405 with `Allow: GET, HEAD`, from a clone, through nginx and from the static site, and
 *      odd requests (`OPTIONS *`, `//`, a trailing slash, a garbage request line, Node's 431,
 *      nginx's own 400) carry the security headers exactly once;
 *   3. under load through nginx (autocannon, 10 connections, CLUSTER_LOAD_SECONDS = 20 s split in
 *      two phases):
 *      - graceful: one clone gets SIGTERM 4 s into its 10 s; it drains and exits by itself, and the client
 *        sees zero failed requests;
 *      - crash: another clone gets SIGKILL 4 s in; the client loses at most the responses that clone
 *        was writing at that instant (counted from nginx's error log), at most one per connection.
 * Prints requests/s, p99 and the counts. Stops every process it started, also on failure or Ctrl-C.
 * Needs a production build (`npm run build`; PREPUP_DIST_DIR picks another build folder).
 * CLUSTER_BASE_PORT=3380 uses ports 3380–3384 instead of ports the OS picks.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inlineScriptHashes, writeNginxMap } from '../deploy/csp-hashes.mjs';
import { securityHeaders } from '../deploy/security-headers.mjs';
import { closingRequest, rawRequest } from './raw-http.mjs';
import { cutResponses, exitWithin, loadWhileStopping, logOffset, readPhaseLog, REQUEST_TIMEOUT_S, STOP_AT } from './cluster/failover.mjs';
import { ensureNginx, renderTestConfig, stopNginx, testConfig } from './cluster/nginx.mjs';
import { spawnGroup, startNext, stopGroup, testPorts, waitForHttp } from './cluster/processes.mjs';

const distDir = process.env.PREPUP_DIST_DIR ?? '.next';
const loadSeconds = Number(process.env.CLUSTER_LOAD_SECONDS ?? 20);
const CONNECTIONS = 10;
const CLONES = 3;

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

/** Test pages for the static site, each with an inline script (so each has its own hash). */
const STATIC_PAGES = {
  'index.html': '<!doctype html><title>export</title><script>self.page="home"</script>',
  'learn/topic/index.html': '<!doctype html><title>topic</title><script>self.page="topic"</script>',
  '404.html': '<!doctype html><title>not found</title><script>self.page="404"</script>',
};

function writeStaticRoot(staticRoot) {
  mkdirSync(path.join(staticRoot, '_next', 'static', 'chunks'), { recursive: true });
  for (const [file, html] of Object.entries(STATIC_PAGES)) {
    mkdirSync(path.dirname(path.join(staticRoot, file)), { recursive: true });
    writeFileSync(path.join(staticRoot, file), html);
  }
  writeFileSync(path.join(staticRoot, '_next', 'static', 'chunks', 'test.js'), 'console.log(1)');
  writeNginxMap(staticRoot); // what `npm run build:export` writes next to the pages
}

/** 2. The static-export site: security headers everywhere, per-page script hashes, immutable caching only for hashed assets. */
async function checkStaticSite(port) {
  const hashesOf = (file) => inlineScriptHashes(STATIC_PAGES[file]);
  const cases = [
    { path: '/', status: 200, cache: 'public, max-age=0, must-revalidate', page: 'index.html' },
    { path: '/learn/topic/', status: 200, cache: 'public, max-age=0, must-revalidate', page: 'learn/topic/index.html' },
    { path: '/_next/static/chunks/test.js', status: 200, cache: 'public, max-age=31536000, immutable', page: '404.html' },
    { path: '/no-such-page/', status: 404, cache: 'public, max-age=0, must-revalidate', page: '404.html' },
    { path: '/learn/%ff/', status: 404, cache: 'public, max-age=0, must-revalidate', page: '404.html' },
    { path: '/learn/%/', status: 400, cache: 'public, max-age=0, must-revalidate', page: '404.html' },
    { path: '/learn/topic', status: 301, cache: 'public, max-age=0, must-revalidate', location: '/learn/topic/', page: '404.html' },
  ];
  for (const c of cases) {
    const r = await get(`http://127.0.0.1:${port}${c.path}`, {}, 'manual');
    const expected = securityHeaders({ scriptHashes: hashesOf(c.page) });
    const missing = expected.filter((h) => r.headers.get(h.key) !== h.value).map((h) => h.key);
    check(r.status === c.status && missing.length === 0, `static ${c.path}: HTTP ${r.status}, security headers with the hashes of ${c.page}${missing.length ? ` — missing/wrong: ${missing.join(', ')} (${r.headers.get('content-security-policy')})` : ''}`);
    check(r.headers.get('cache-control') === c.cache, `static ${c.path}: Cache-Control ${r.headers.get('cache-control')}`);
    if (c.location) check(r.headers.get('location') === c.location, `static ${c.path}: redirects to ${r.headers.get('location')}`);
  }
}

/** URLs that cannot be decoded get the site's 404 page with the headers, from the clone (`%ff`) or from nginx's 400 (`%`). */
async function checkMalformedUrls(lbPort, clonePort) {
  const notFound = await get(`http://127.0.0.1:${clonePort}/no-such-page`);
  for (const [p, status] of [['/learn/%ff', 404], ['/learn/%', 400], ['/playground/%ff', 404]]) {
    const r = await get(`http://127.0.0.1:${lbPort}${p}`);
    const same = r.headers.get('content-security-policy') === notFound.headers.get('content-security-policy');
    check(r.status === status && same && r.body.toString('utf8').includes('This page is not in the course'), `nginx ${p}: HTTP ${r.status}, the site's 404 page with its headers`);
  }
}

/** Each security header exactly once; the fixed ones with their values, the CSP the site's (a page's own hashes allowed). */
function headersOnce(r) {
  const wrong = [];
  for (const h of securityHeaders()) {
    const got = r.headers.filter(([k]) => k === h.key.toLowerCase()).map(([, v]) => v);
    const ok = h.key === 'Content-Security-Policy' ? got.length === 1 && got[0].startsWith("default-src 'self'; script-src 'self'") : got.length === 1 && got[0] === h.value;
    if (!ok) wrong.push(`${h.key} ×${got.length}`);
  }
  return wrong;
}

const ODD_METHODS = ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND', 'OPTIONS'];
/** Headers summing to 21 kB, each line under nginx's 8 kB buffer: nginx passes them on, and Node answers 431. */
const NODE_431 = Array.from({ length: 3 }, (_, i) => `X-Filler-${i}: ${'a'.repeat(7000)}\r\n`).join('');

/**
 * 2b. Methods and odd request lines: every answer the project controls carries the security headers
 * exactly once, from a clone alone (`npm start`: scripts/serve.mjs) and through nginx, and every
 * method but GET and HEAD gets 405 with `Allow: GET, HEAD`, the page unrendered.
 */
async function checkMethodsAndOddRequests({ lbPort, clonePort, staticPort, lesson }) {
  const sites = [
    ['clone', clonePort, { star: 405, bigHeader: 431 }],
    ['nginx', lbPort, { star: 400, bigHeader: 400 }],
  ];
  for (const [name, port, expect] of sites) {
    for (const method of ODD_METHODS)
      for (const route of ['/', lesson, '/playground/queue', '/progress']) {
        const r = await rawRequest(port, closingRequest(method, route));
        const allow = r.headers.filter(([k]) => k === 'allow').map(([, v]) => v);
        const wrong = headersOnce(r);
        check(r.status === 405 && allow.join('|') === 'GET, HEAD' && wrong.length === 0 && !/<script/i.test(r.body), `${name} ${method} ${route}: HTTP ${r.status}, Allow ${allow.join('|') || 'none'}${wrong.length ? `, headers wrong: ${wrong.join(', ')}` : ''}`);
      }
    const odd = [
      ['OPTIONS *', 'OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n', expect.star],
      [`GET ${lesson.replace('/learn/', '/learn//')}`, closingRequest('GET', lesson.replace('/learn/', '/learn//')), 308],
      [`GET ${lesson}/`, closingRequest('GET', `${lesson}/`), 308],
      ['a garbage request line', 'GARBAGE\r\n\r\n', 400],
      ['21 kB of headers (Node’s 431)', closingRequest('GET', '/', NODE_431), 431],
      ['one 20 kB header', closingRequest('GET', '/', `X-Big: ${'a'.repeat(20_000)}\r\n`), expect.bigHeader],
    ];
    for (const [what, request, status] of odd) {
      const r = await rawRequest(port, request);
      const wrong = headersOnce(r);
      check(r.status === status && wrong.length === 0, `${name} ${what}: HTTP ${r.status} (want ${status})${wrong.length ? `, headers wrong: ${wrong.join(', ')}` : ', security headers once each'}`);
    }
  }
  for (const method of ODD_METHODS) {
    const r = await rawRequest(staticPort, closingRequest(method, '/learn/topic/'));
    const allow = r.headers.filter(([k]) => k === 'allow').map(([, v]) => v);
    check(r.status === 405 && allow.join('|') === 'GET, HEAD' && headersOnce(r).length === 0, `static ${method} /learn/topic/: HTTP ${r.status}, Allow ${allow.join('|') || 'none'}`);
  }
}

/** 3a. SIGTERM under load: the clone drains and exits by itself; the client loses nothing. */
async function gracefulPhase({ lbPort, paths, seconds, victim, victimAddr, accessLog, errorLog }) {
  console.log(`── graceful stop: ${seconds} s, ${CONNECTIONS} connections over ${paths.length} lesson page(s), SIGTERM to ${victimAddr} ${seconds * STOP_AT} s in`);
  const offset = logOffset(accessLog);
  const errOffset = logOffset(errorLog);
  const exited = exitWithin(victim, seconds * 1000 + 10_000);
  const r = await loadWhileStopping({ lbPort, paths, seconds, connections: CONNECTIONS, victim, signal: 'SIGTERM' });
  const log = { ...readPhaseLog(accessLog, offset, victimAddr), cut: cutResponses(errorLog, errOffset, victimAddr) };
  report(r, log);
  const exit = await exited;
  check(r.requests.total > 0 && (log.perClone.get(victimAddr) ?? 0) > 0, `the clone to stop served traffic (${log.perClone.get(victimAddr) ?? 0} requests)`);
  check(exit !== null && exit.code === 0, `it drained and exited by itself (${exit ? `exit ${exit.code ?? exit.signal}` : 'still running'})`);
  check(r.failed === 0 && log.cut === 0, `zero failed requests at the client (errors ${r.errors} incl. timeouts ${r.timeouts}, non-2xx ${r.non2xx}; cut responses ${log.cut})`);
  return { failed: r.failed, cut: log.cut, requests: r.requests.total, retried: log.retried };
}

/** 3b. SIGKILL under load: the client loses only the responses being written at that instant. */
async function crashPhase({ lbPort, paths, seconds, victim, victimAddr, accessLog, errorLog }) {
  console.log(`── crash: ${seconds} s, ${CONNECTIONS} connections, SIGKILL to ${victimAddr} ${seconds * STOP_AT} s in (a response unfinished after ${REQUEST_TIMEOUT_S} s counts as failed)`);
  const offset = logOffset(accessLog);
  const errOffset = logOffset(errorLog);
  const r = await loadWhileStopping({ lbPort, paths, seconds, connections: CONNECTIONS, victim, signal: 'SIGKILL' });
  const log = { ...readPhaseLog(accessLog, offset, victimAddr), cut: cutResponses(errorLog, errOffset, victimAddr) };
  report(r, log);
  check(r.requests.total > 0 && (log.perClone.get(victimAddr) ?? 0) > 0, `the clone to kill served traffic (${log.perClone.get(victimAddr) ?? 0} requests)`);
  check(log.cut <= CONNECTIONS, `responses cut off mid-write by the kill: ${log.cut} (at most one per connection: ${CONNECTIONS})`);
  check(r.failed <= log.cut, `the client lost no more than those (failed ${r.failed}: errors ${r.errors} incl. timeouts ${r.timeouts}, non-2xx ${r.non2xx}; cut ${log.cut})`);
  return { failed: r.failed, cut: log.cut, requests: r.requests.total, retried: log.retried };
}

function report(r, log) {
  console.log(`   requests: ${r.requests.total} · ${r.requests.average.toFixed(0)} req/s · latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`);
  console.log(`   served by: ${[...log.perClone].map(([a, n]) => `${a} ${n}`).join(' · ')} · retried on another clone: ${log.retried} · cut mid-response: ${log.cut} · unfinished at the victim: ${log.unfinished}`);
}

async function main() {
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error(`No production build in ${distDir}/: run \`npm run build\` first.`);
  const paths = lessonPaths();
  if (paths.length === 0) throw new Error(`No lesson pages in ${distDir}/server/app/learn/.`);
  const nginx = ensureNginx();

  const dir = mkdtempSync(path.join(os.tmpdir(), 'prepup-cluster-'));
  chmodSync(dir, 0o755); // nginx workers drop root and must reach the static root and temp dirs
  const staticRoot = path.join(dir, 'static');
  writeStaticRoot(staticRoot);

  const ports = await testPorts(CLONES + 2);
  const clonePorts = ports.slice(0, CLONES);
  const [lbPort, staticPort] = ports.slice(CLONES);
  const confFile = path.join(dir, 'nginx.conf');
  writeFileSync(confFile, renderTestConfig({ dir, lbPort, staticPort, upstreamPorts: clonePorts, staticRoot }));
  testConfig(nginx, dir, confFile);
  const accessLog = path.join(dir, 'access.log');
  const errorLog = path.join(dir, 'error.log');

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

  const counts = {};
  try {
    console.log(`── cluster: ${CLONES} clones of ${distDir} on :${clonePorts.join(' :')}, nginx on :${lbPort} (static :${staticPort}), logs in ${dir}`);
    clones.push(...clonePorts.map((p, i) => startNext(p, path.join(dir, `clone-${i}.log`))));
    await Promise.all(clonePorts.map((p) => waitForHttp(`http://127.0.0.1:${p}/`)));
    // nginx only after the clones answer: polling it earlier would mark the clones failed for fail_timeout.
    nginxProcess = spawnGroup(nginx, ['-p', dir, '-c', confFile, '-g', 'daemon off;'], { logFile: path.join(dir, 'nginx.out') });
    await waitForHttp(`http://127.0.0.1:${lbPort}/`);

    await checkClonesIdentical(clonePorts, paths);
    await checkStaticSite(staticPort);
    const viaLb = await get(`http://127.0.0.1:${lbPort}${paths[0]}`, { 'accept-encoding': 'gzip' });
    const direct = await get(`http://127.0.0.1:${clonePorts[0]}${paths[0]}`);
    check(viaLb.headers.get('content-encoding') === 'gzip', `nginx gzips HTML (${viaLb.headers.get('content-encoding') ?? 'none'})`);
    check(viaLb.headers.get('content-security-policy') === direct.headers.get('content-security-policy'), "nginx passes the clones' Content-Security-Policy through");
    await checkMalformedUrls(lbPort, clonePorts[0]);
    await checkMethodsAndOddRequests({ lbPort, clonePort: clonePorts[0], staticPort, lesson: paths[0] });

    const phase = { lbPort, paths, seconds: loadSeconds / 2, accessLog, errorLog };
    counts.graceful = await gracefulPhase({ ...phase, victim: clones[1], victimAddr: `127.0.0.1:${clonePorts[1]}` });
    counts.crash = await crashPhase({ ...phase, victim: clones[2], victimAddr: `127.0.0.1:${clonePorts[2]}` });
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  // One line to collect across runs (scripts that repeat the test grep for it).
  console.log(`cluster counts: ${JSON.stringify(counts)}`);
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

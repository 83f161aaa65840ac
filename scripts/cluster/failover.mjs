/**
 * The failover phases of the cluster test: load through nginx while one clone stops, and what
 * nginx's access log says happened to every request.
 *
 * Why a crash can lose a response and a graceful stop cannot: nginx retries a GET on another clone
 * only while nothing of the response has reached the client. A request whose clone dies before
 * answering is retried; a response the clone was in the middle of writing when it was SIGKILLed
 * has already sent its status line through nginx, so nginx can only cut the client connection.
 * Those are counted here (status 200, served by the victim, `$request_completion` not "OK") and the
 * client's failures must be exactly those, never more than the requests that can be in flight.
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import autocannon from 'autocannon';
import { signalGroup } from './processes.mjs';

/** nginx log line for the test: `status|upstream_addr|upstream_status|request_completion`. */
export const LOG_FORMAT = "'$status|$upstream_addr|$upstream_status|$request_completion'";

/** Size of the access log now, so a phase reads only its own lines. */
export function logOffset(file) {
  return existsSync(file) ? statSync(file).size : 0;
}

/**
 * What nginx did with each request logged after `offset`.
 * @returns {{ total: number, perClone: Map<string, number>, retried: number, cut: number }}
 *   cut: responses from `victimAddr` that had started (status 200) but never completed.
 */
export function readPhaseLog(file, offset, victimAddr) {
  const text = existsSync(file) ? readFileSync(file).subarray(offset).toString('utf8') : '';
  const perClone = new Map();
  let retried = 0;
  let cut = 0;
  let total = 0;
  for (const line of text.split('\n').filter(Boolean)) {
    total++;
    const [status, addrField = '', , completion = ''] = line.split('|');
    // A retried request lists every clone it tried: "127.0.0.1:A, 127.0.0.1:B".
    const addrs = addrField.split(', ');
    if (addrs.length > 1) retried++;
    const last = addrs.at(-1);
    // "-" (not proxied) and "prepup_app" (no live clone) are not clones.
    if (last?.startsWith('127.0.0.1:')) perClone.set(last, (perClone.get(last) ?? 0) + 1);
    if (status === '200' && completion !== 'OK' && last === victimAddr) cut++;
  }
  return { total, perClone, retried, cut };
}

/**
 * Runs `seconds` of load (autocannon, `connections` at once, the given GET paths) through nginx and
 * sends `signal` to the victim's process group halfway.
 * @returns autocannon's result plus `failed` (errors + timeouts + non-2xx) and `stoppedAtMs`
 */
export async function loadWhileStopping({ lbPort, paths, seconds, connections, victim, signal }) {
  const run = autocannon({
    url: `http://127.0.0.1:${lbPort}`,
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  const started = Date.now();
  let stoppedAtMs = null;
  const timer = setTimeout(() => {
    stoppedAtMs = Date.now() - started;
    console.log(`   … ${signal} to clone pid ${victim.pid} at ${(stoppedAtMs / 1000).toFixed(1)} s`);
    signalGroup(victim, signal);
  }, (seconds * 1000) / 2);
  const result = await run;
  clearTimeout(timer);
  return { ...result, failed: result.errors + result.timeouts + result.non2xx, stoppedAtMs };
}

/** Resolves with the child's exit (code, signal, ms after `since`), or null if it is still running after `ms`. */
export function exitWithin(child, ms, since = Date.now()) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode, afterMs: 0 });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    child.once('exit', (code, sig) => {
      clearTimeout(timer);
      resolve({ code, signal: sig, afterMs: Date.now() - since });
    });
  });
}

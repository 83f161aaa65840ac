/**
 * The failover phases of the cluster test: load through nginx while one clone stops, and what
 * nginx's access log says happened to every request.
 *
 * Why a crash can lose a response and a graceful stop cannot: nginx retries a GET on another clone
 * only while nothing of the response has reached the client. A request whose clone dies before
 * answering is retried; a response the clone was in the middle of writing when it was SIGKILLed
 * has already sent its status line through nginx, so nginx can only cut the client connection.
 * nginx's error log names each of those ("… while reading upstream", i.e. in the body, not the
 * header); they are counted per phase, and the client's failures must not exceed them. (nginx 1.22
 * then leaves the client connection open short of the promised bytes and logs the request as OK,
 * so the access log cannot tell; the client sees a response that never finishes: a timeout.)
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { signalGroup } from './processes.mjs';

/** A response that does not finish within this many seconds counts as failed (autocannon's timeout). */
export const REQUEST_TIMEOUT_S = 5;
/** When the clone is stopped, as a share of the phase: early enough that a response hung by it times out before the phase ends. */
export const STOP_AT = 0.4;

/** nginx log line for the test: `status|upstream_addr|upstream_status|request_completion`. */
export const LOG_FORMAT = "'$status|$upstream_addr|$upstream_status|$request_completion'";

/** Size of a log now, so a phase reads only its own lines. */
export function logOffset(file) {
  return existsSync(file) ? statSync(file).size : 0;
}

const linesAfter = (file, offset) => (existsSync(file) ? readFileSync(file).subarray(offset).toString('utf8') : '').split('\n').filter(Boolean);

/**
 * Responses from `victimAddr` that nginx had started passing to the client when the clone went
 * away: error-log lines "… while reading upstream" (the body; a failure while reading the response
 * header is retried on another clone and never reaches the client).
 */
export function cutResponses(errorLog, offset, victimAddr) {
  return linesAfter(errorLog, offset).filter((l) => l.includes(' while reading upstream,') && l.includes(`upstream: "http://${victimAddr}/`)).length;
}

/**
 * What nginx did with each request logged after `offset`.
 * @returns {{ total: number, perClone: Map<string, number>, retried: number, unfinished: number }}
 *   unfinished: responses from `victimAddr` that started (200) but that the client abandoned (for
 *   information only: a response cut by a crash is logged as complete, see cutResponses).
 */
export function readPhaseLog(file, offset, victimAddr) {
  const perClone = new Map();
  let retried = 0;
  let unfinished = 0;
  let total = 0;
  for (const line of linesAfter(file, offset)) {
    total++;
    const [status, addrField = '', , completion = ''] = line.split('|');
    // A retried request lists every clone it tried: "127.0.0.1:A, 127.0.0.1:B".
    const addrs = addrField.split(', ');
    if (addrs.length > 1) retried++;
    const last = addrs.at(-1);
    // "-" (not proxied) and "prepup_app" (no live clone) are not clones.
    if (last?.startsWith('127.0.0.1:')) perClone.set(last, (perClone.get(last) ?? 0) + 1);
    if (status === '200' && completion !== 'OK' && last === victimAddr) unfinished++;
  }
  return { total, perClone, retried, unfinished };
}

/**
 * Runs `seconds` of load (autocannon, `connections` at once, the given GET paths) through nginx and
 * sends `signal` to the victim's process group at STOP_AT of the way (4 s into 10).
 * @returns autocannon's result plus `failed` (errors, timeouts included, + non-2xx) and `stoppedAtMs`
 */
export async function loadWhileStopping({ lbPort, paths, seconds, connections, victim, signal }) {
  const run = autocannon({
    url: `http://127.0.0.1:${lbPort}`,
    connections,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_S,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  const started = Date.now();
  let stoppedAtMs = null;
  const timer = setTimeout(() => {
    stoppedAtMs = Date.now() - started;
    console.log(`   … ${signal} to clone pid ${victim.pid} at ${(stoppedAtMs / 1000).toFixed(1)} s`);
    signalGroup(victim, signal);
  }, seconds * 1000 * STOP_AT);
  const result = await run;
  clearTimeout(timer);
  // Let nginx finish logging the requests the client abandoned when the load stopped, so they are
  // not counted in the next phase.
  await sleep(1_500);
  // autocannon's `errors` already include its `timeouts` (a timed-out request counts once as each).
  return { ...result, failed: result.errors + result.non2xx, stoppedAtMs };
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

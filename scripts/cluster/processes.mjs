/**
 * Production servers for the cluster test and the Lighthouse audit: free ports, `next start`
 * instances in their own process groups, readiness polling and group-wide shutdown.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { openSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * `count` ports for the test: CLUSTER_BASE_PORT, +1, +2, … when set (so parallel runs on one machine
 * can be kept apart), otherwise ports the OS says are free.
 */
export async function testPorts(count) {
  const base = Number(process.env.CLUSTER_BASE_PORT);
  if (Number.isInteger(base) && base > 0) return Array.from({ length: count }, (_, i) => base + i);
  return Promise.all(Array.from({ length: count }, () => freePort()));
}

/** A TCP port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Spawns a command detached, in its own process group, so that stopping the group also stops any
 * child it forks (`next start` runs the server in-process today, but that is not a promise).
 * Output goes to `logFile`.
 */
export function spawnGroup(cmd, args, { logFile, env = process.env } = {}) {
  const out = logFile ? openSync(logFile, 'a') : 'ignore';
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', out, out], env });
  child.on('error', () => {}); // reported through waitForHttp timing out
  return child;
}

/**
 * Starts the production server (`npm start`: scripts/serve.mjs, Next with a graceful SIGTERM drain)
 * on 127.0.0.1:port from the build in PREPUP_DIST_DIR (or .next).
 */
export function startNext(port, logFile) {
  return spawnGroup(process.execPath, ['scripts/serve.mjs', '-H', '127.0.0.1', '-p', String(port)], {
    logFile,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
}

/** Resolves once `url` answers with a status below 500; rejects after `timeoutMs`. */
export async function waitForHttp(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status < 500) return;
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await sleep(200);
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000} s (${lastError})`);
}

/** True while the process (group leader) is alive. */
function alive(child) {
  return child.exitCode === null && child.signalCode === null;
}

/** Sends `signal` to the child's whole process group; ignores groups that are already gone. */
export function signalGroup(child, signal) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to the group, then SIGKILL if it is still there after `graceMs`. */
export async function stopGroup(child, graceMs = 3_000) {
  if (!child.pid) return;
  signalGroup(child, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (alive(child) && Date.now() < deadline) await sleep(50);
  signalGroup(child, 'SIGKILL');
}

#!/usr/bin/env node
/**
 * `npm start`: the production server (the same Next.js server as `next start`) with a graceful
 * stop that a load balancer can rely on. On SIGTERM (or SIGINT) it
 *   1. stops accepting connections (a balancer's new connection is refused and goes to another clone),
 *   2. closes its idle keep-alive connections, and answers every request still arriving on a busy
 *      one with `Connection: close`, so the balancer stops reusing them (Node's own `server.close()`
 *      keeps serving a busy keep-alive connection for as long as the client keeps using it),
 *   3. exits once the last response is written, or after PREPUP_DRAIN_MS (10 s) at the latest.
 * `next start` drains only when the balancer lets its connections go idle, which under load is never.
 *
 * Usage: node scripts/serve.mjs [-p PORT] [-H HOST]   (defaults: $PORT or 3000, 127.0.0.1)
 */
import http from 'node:http';

/** `-p 3001 -H 127.0.0.1` (also `--port`, `--hostname`) → { port, hostname }. */
function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const name = { '-p': 'port', '--port': 'port', '-H': 'hostname', '--hostname': 'hostname' }[argv[i]];
    if (!name || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option ${argv[i]} (use -p PORT, -H HOST)`);
    out[name] = argv[++i];
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname ?? '127.0.0.1';
const drainMs = Number(process.env.PREPUP_DRAIN_MS ?? 10_000);
process.env.NODE_ENV ??= 'production';

// Installed first: a stop during start-up has nothing to drain and must not be swallowed (Next
// installs signal handlers of its own while it prepares).
let drain = (signal) => {
  console.log(`${signal} before the server was ready: exiting`);
  process.exit(0);
};
process.on('SIGTERM', () => drain('SIGTERM'));
process.on('SIGINT', () => drain('SIGINT'));

const { default: next } = await import('next');
const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

let draining = false;
/** Responses being written: at SIGTERM the ones without headers yet are told to close too. */
const active = new Set();
const server = http.createServer((req, res) => {
  // Node closes the connection after a response that says so.
  if (draining) res.setHeader('Connection', 'close');
  active.add(res);
  res.setMaxListeners(res.getMaxListeners() + 1); // Next adds ten 'close' listeners of its own
  res.on('close', () => active.delete(res));
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname}:${port}`));

drain = (signal) => {
  if (draining) return;
  draining = true;
  const started = Date.now();
  console.log(`${signal}: draining (no new connections; busy ones close after their response)`);
  server.close(() => {
    console.log(`drained in ${Date.now() - started} ms`);
    process.exit(0);
  });
  for (const res of active) if (!res.headersSent) res.setHeader('Connection', 'close');
  // A connection whose response had already started stays open after it: close it once idle.
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 50).unref();
  setTimeout(() => {
    console.error(`drain took longer than ${drainMs} ms: closing the remaining connections`);
    process.exit(1);
  }, drainMs).unref();
};

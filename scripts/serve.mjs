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
import { securityHeaders } from '../deploy/security-headers.mjs';

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
/**
 * The security headers every answer starts with. Pages replace the CSP with their own (with their
 * script hashes, next.config.mjs); answers Next sends before its headers apply keep these: the
 * 308 for `/learn//clones`, an absolute-form target, an internal error.
 */
const baseHeaders = securityHeaders();
const rawHeaders = baseHeaders.map((h) => `${h.key}: ${h.value}\r\n`).join('');
const server = http.createServer((req, res) => {
  for (const h of baseHeaders) res.setHeader(h.key, h.value);
  // The site answers GET and HEAD only (proxy.ts says the same inside Next, but Next cannot even
  // build a request for TRACE, and throws on `OPTIONS *`: both were bare 500s).
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    return void res.end('Method Not Allowed: this site answers GET and HEAD only.\n');
  }
  // A target that is not a path (`GET *`) names no page.
  if (!req.url?.startsWith('/') && !/^https?:\/\//i.test(req.url ?? '')) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    return void res.end('Bad Request\n');
  }
  // Node closes the connection after a response that says so.
  if (draining) res.setHeader('Connection', 'close');
  active.add(res);
  res.setMaxListeners(res.getMaxListeners() + 1); // Next adds ten 'close' listeners of its own
  res.on('close', () => active.delete(res));
  void handle(req, res);
});
// Node answers a request it cannot parse (400) or whose headers are too large (431) itself, before
// any handler: the same answer, with the security headers.
server.on('clientError', (err, socket) => {
  if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\n${rawHeaders}Content-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${status.slice(4)}\n`);
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

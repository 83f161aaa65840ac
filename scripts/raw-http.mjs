/**
 * One HTTP/1.1 exchange over a raw socket, for the requests a client library will not send: any
 * method name, `OPTIONS *`, a garbage request line, oversized headers, `//` in a path. Used by the
 * method and header checks in e2e/headers.spec.ts and scripts/cluster-test.mjs.
 */
import net from 'node:net';

/**
 * Sends `request` (the bytes as written, e.g. `GET / HTTP/1.1\r\nHost: x\r\n\r\n`) and reads the
 * answer until the server closes the connection (send `Connection: close`) or `timeoutMs` passes.
 * @param {number} port
 * @param {string} request
 * @param {{ host?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ status: number, statusLine: string, headers: [string, string][], body: string }>}
 * @example const r = await rawRequest(3000, 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'); r.status; // 405
 */
export function rawRequest(port, request, { host = '127.0.0.1', timeoutMs = 10_000 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host, () => socket.write(request));
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', (e) => (e.code === 'ECONNRESET' && chunks.length ? done() : reject(e)));
    socket.on('end', done);
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      if (chunks.length) done();
      else reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(request.slice(0, 60))}`));
    });
    function done() {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = lines.map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]);
      resolve({ status: Number(statusLine.split(' ')[1]), statusLine, headers, body: rest.join('\r\n\r\n') });
    }
  });
}

/**
 * A request in HTTP/1.1 form that closes the connection after the answer.
 * @param {string} method
 * @param {string} target
 * @param {string} [extraHeaders] more header lines, each ending in \r\n
 * @returns {string}
 */
export function closingRequest(method, target, extraHeaders = '') {
  return `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n${extraHeaders}Connection: close\r\n\r\n`;
}

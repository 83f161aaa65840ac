import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutResponses, readPhaseLog } from './failover.mjs';

// Lines as nginx 1.22 writes them (copied from real runs): a failure in the body reached the client,
// a failure while reading the header was retried on another clone.
const BODY_CUT = '2026/12/01 10:11:45 [error] 10587#10587: *6 upstream prematurely closed connection while reading upstream, client: 127.0.0.1, server: _, request: "GET /learn/cache HTTP/1.1", upstream: "http://127.0.0.1:3382/learn/cache", host: "127.0.0.1:3383"';
const RESET_IN_BODY = '2026/12/01 10:11:45 [error] 10587#10587: *7 recv() failed (104: Connection reset by peer) while reading upstream, client: 127.0.0.1, server: _, request: "GET /learn/clones HTTP/1.1", upstream: "http://127.0.0.1:3382/learn/clones", host: "127.0.0.1:3383"';
const HEADER_RESET = '2026/12/01 10:28:01 [error] 7449#7449: *36 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 127.0.0.1, server: _, request: "GET /learn/cache HTTP/1.1", upstream: "http://127.0.0.1:3382/learn/cache", host: "127.0.0.1:3383"';
const OTHER_CLONE = BODY_CUT.replace('3382', '3380');

function file(lines: string[]): string {
  const f = path.join(mkdtempSync(path.join(os.tmpdir(), 'failover-')), 'log');
  writeFileSync(f, `${lines.join('\n')}\n`);
  return f;
}

describe('cutResponses', () => {
  it('counts the victim’s failures in the body only, after the offset', () => {
    const log = file([BODY_CUT, RESET_IN_BODY, HEADER_RESET, OTHER_CLONE]);
    expect(cutResponses(log, 0, '127.0.0.1:3382')).toBe(2);
    expect(cutResponses(log, BODY_CUT.length + 1, '127.0.0.1:3382')).toBe(1);
  });
});

describe('readPhaseLog', () => {
  it('counts requests per clone, retries, and started-but-unfinished responses of the victim', () => {
    const log = file(['200|127.0.0.1:3380|200|OK', '200|127.0.0.1:3382, 127.0.0.1:3380|502, 200|OK', '200|127.0.0.1:3382|200|', '499|127.0.0.1:3380|-|', '502|prepup_app|-|OK']);
    const r = readPhaseLog(log, 0, '127.0.0.1:3382');
    expect(r).toEqual({ total: 5, perClone: new Map([['127.0.0.1:3380', 3], ['127.0.0.1:3382', 1]]), retried: 1, unfinished: 1 });
  });
});

import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/deploy/security-headers.mjs';
import { proxy } from '@/proxy';

const call = (method: string, path: string) => proxy(new NextRequest(`http://127.0.0.1${path}`, { method }));

describe('proxy.ts', () => {
  it('answers every method but GET and HEAD with 405, Allow: GET, HEAD and the security headers, on every route', async () => {
    // (TRACE too, in e2e/headers.spec.ts: the fetch Request a unit test builds refuses that method)
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'OPTIONS'])
      for (const path of ['/', '/learn/database', '/playground/queue', '/progress', '/_next/static/chunks/a.js']) {
        const res = call(method, path);
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.get('allow')).toBe('GET, HEAD');
        for (const h of securityHeaders()) expect(res.headers.get(h.key), h.key).toBe(h.value);
        expect(await res.text()).toBe('Method Not Allowed: this site answers GET and HEAD only.\n');
      }
  });

  it('lets GET and HEAD through, redirects a trailing slash with the headers, sends undecodable paths to the 404 page', () => {
    for (const method of ['GET', 'HEAD']) expect(call(method, '/learn/database').headers.get('x-middleware-next')).toBe('1');
    const slash = call('GET', '/learn/database/?x=1');
    const to = new URL(slash.headers.get('location') ?? '');
    // absolute, on the request's own origin: Next sends it on relative
    expect([slash.status, `${to.pathname}${to.search}`]).toEqual([308, '/learn/database?x=1']);
    expect(slash.headers.get('x-frame-options')).toBe('DENY');
    expect(call('GET', '/learn/%ff').headers.get('x-middleware-rewrite')).toMatch(/\/not-a-page$/);
  });
});

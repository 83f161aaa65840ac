import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, nginxMapBody, patchRoutesManifest } from '../deploy/csp-hashes.mjs';
import { contentSecurityPolicy, securityHeaders } from '../deploy/security-headers.mjs';

// SHA-256 of the empty string and of "1", base64 (published test vectors, not computed here).
const EMPTY = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const ONE = "'sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s='";

function write(root: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

describe('inlineScriptHashes', () => {
  it('hashes the text of every inline script once, skipping external scripts and data blocks', () => {
    const html = '<script></script><script src="/a.js"></script><script async="">1</script><script type="application/ld+json">{}</script><script>1</script>';
    expect(inlineScriptHashes(html)).toEqual([EMPTY, ONE]);
  });
});

describe('patchRoutesManifest', () => {
  it("gives each prerendered page a CSP with its own scripts' hashes, and every other URL the 404 page's", () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'csp-'));
    write(dist, {
      'server/app/index.html': '<script>1</script>',
      'server/app/learn/clones.html': '<script></script><script>1</script>',
      'server/app/_not-found.html': '<script></script>',
    });
    const catchAll = { source: '/:path*', headers: securityHeaders(), regex: '^.*$' };
    writeFileSync(path.join(dist, 'routes-manifest.json'), JSON.stringify({ version: 3, headers: [catchAll] }));
    expect(patchRoutesManifest(dist)).toEqual({ pages: 2, hashes: 2 });
    patchRoutesManifest(dist); // idempotent: a second run (next start after npm run build) adds nothing
    const headers = JSON.parse(readFileSync(path.join(dist, 'routes-manifest.json'), 'utf8')).headers as { source: string; headers: { key: string; value: string }[] }[];
    expect(headers.map((h) => h.source)).toEqual(['/:path*', '/', '/learn/clones']);
    const csp = (i: number) => headers[i]!.headers.find((h) => h.key === 'Content-Security-Policy')!.value;
    expect(csp(0)).toBe(contentSecurityPolicy({ scriptHashes: [EMPTY] }));
    expect(csp(1)).toBe(contentSecurityPolicy({ scriptHashes: [ONE] }));
    expect(csp(2)).toBe(contentSecurityPolicy({ scriptHashes: [EMPTY, ONE] }));
    // The catch-all keeps every other security header.
    expect(headers[0]!.headers.map((h) => h.key)).toEqual(securityHeaders().map((h) => h.key));
  });

  it('refuses a build whose manifest has no CSP rule to extend', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'csp-'));
    write(dist, { 'server/app/index.html': '', 'routes-manifest.json': JSON.stringify({ headers: [] }) });
    expect(() => patchRoutesManifest(dist)).toThrow(/no '\/:path\*' rule/);
  });
});

describe('nginxMapBody', () => {
  it('keys each exported page by the file nginx serves, with the 404 page as the default', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'csp-out-'));
    write(out, { 'index.html': '<script>1</script>', 'learn/clones/index.html': '<script></script>', '404.html': '<script></script>', '_next/static/x.html': '<script>1</script>' });
    const lines = nginxMapBody(out).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual([`default "${EMPTY}";`, `"/404.html" "${EMPTY}";`, `"/index.html" "${ONE}";`, `"/learn/clones/index.html" "${EMPTY}";`]);
  });
});

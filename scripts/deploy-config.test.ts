import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../deploy/security-headers.mjs';

/** deploy/nginx.conf without its comments (they mention directives that must not be set). */
const nginxConf = readFileSync('deploy/nginx.conf', 'utf8').replace(/#.*$/gm, '');

/** The body of the first `server { ... }` block whose text contains `marker`. */
function serverBlock(marker: string): string {
  const blocks = nginxConf.split(/^ {4}server \{$/m).slice(1);
  const block = blocks.find((b) => b.includes(marker));
  if (!block) throw new Error(`no server block with ${marker}`);
  return block;
}

describe('deploy/nginx.conf', () => {
  it('sends exactly the security headers of deploy/security-headers.mjs from the static-export site', () => {
    const staticSite = serverBlock('listen 8080;');
    const sent = [...staticSite.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => ({ key: m[1], value: m[2] }));
    // script-src names each page's inline-script hashes, from the map the export build writes.
    expect(sent).toEqual(securityHeaders({ scriptHashes: ['$prepup_script_hashes'] }));
    expect(nginxConf).toMatch(/map \$uri \$prepup_script_hashes \{\s*include \/srv\/prepup\/out\/csp-script-hashes\.map;\s*\}/);
    // add_header inside a location would silently drop every header above for that location.
    expect(staticSite.split(/^\s*location /m).slice(1).join('')).not.toContain('add_header');
  });

  it('sends the security headers exactly once on every answer of the clones site, its own errors and Node’s included', () => {
    const clones = serverBlock('listen 80;');
    const added = [...clones.matchAll(/^\s*add_header ([\w-]+) ("([^"]*)"|\$\w+) always;$/gm)].map((m) => ({ key: m[1], value: m[3] ?? m[2] }));
    const expected = securityHeaders();
    // constant headers as in deploy/security-headers.mjs; the CSP is the page's own, else the base policy
    expect(added.filter((h) => h.key !== 'Cache-Control' && h.key !== 'Allow')).toEqual(expected.map((h) => (h.key === 'Content-Security-Policy' ? { key: h.key, value: '$prepup_csp' } : h)));
    const cspMap = /map \$upstream_http_content_security_policy \$prepup_csp \{\s*""\s*"([^"]*)";\s*default \$upstream_http_content_security_policy;\s*\}/.exec(nginxConf);
    expect(cspMap?.[1]).toBe(contentSecurityPolicy());
    // the clones' own copies are hidden, so no header comes twice
    for (const h of [...expected.map((x) => x.key), 'Allow']) expect(clones).toContain(`proxy_hide_header ${h};`);
    expect(clones.split(/^\s*location /m).slice(1).join('')).not.toContain('add_header');
  });

  it('answers GET and HEAD only, 405 with Allow: GET, HEAD otherwise, on both sites', () => {
    expect(nginxConf).toMatch(/map \$request_method \$prepup_method_not_allowed \{\s*GET\s+0;\s*HEAD\s+0;\s*default 1;\s*\}/);
    expect(nginxConf).toMatch(/map \$status \$prepup_allow \{\s*405\s+"GET, HEAD";\s*default "";\s*\}/);
    for (const site of ['listen 80;', 'listen 8080;']) {
      const block = serverBlock(site);
      expect(block, site).toMatch(/if \(\$prepup_method_not_allowed\) \{\s*return 405;\s*\}/);
      expect(block, site).toContain('add_header Allow $prepup_allow always;');
    }
  });

  it('balances over clones with passive health checks and retries only safe failures', () => {
    expect(nginxConf).toMatch(/upstream prepup_app \{/);
    expect(nginxConf).toMatch(/server 127\.0\.0\.1:\d+ max_fails=\d+ fail_timeout=\d+s;/);
    const clones = serverBlock('listen 80;');
    expect(clones).toContain('proxy_next_upstream error timeout http_502 http_503 http_504;');
    expect(clones).not.toContain('non_idempotent');
    expect(clones).toMatch(/proxy_next_upstream_tries \d+;/);
    expect(clones).toMatch(/proxy_(connect|read|send)_timeout \d+s;/);
  });

  it('lets idle connections to a clone go before the clone does (Node closes them after 5 s)', () => {
    const upstream = /upstream prepup_app \{([^}]*)\}/.exec(nginxConf)?.[1] ?? '';
    const seconds = Number(/keepalive_timeout (\d+)s;/.exec(upstream)?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(5);
  });

  it('compresses text and caches only hashed assets for a year', () => {
    expect(nginxConf).toMatch(/^\s*gzip on;$/m);
    expect(nginxConf).toContain('~^/_next/static/ "public, max-age=31536000, immutable";');
    expect(nginxConf).toContain('default          "public, max-age=0, must-revalidate";');
  });
});

describe('Content-Security-Policy', () => {
  it('allows no inline script in production except the hashes it is given', () => {
    const scriptSrc = (csp: string) => /script-src ([^;]*)/.exec(csp)?.[1];
    expect(scriptSrc(contentSecurityPolicy())).toBe("'self'");
    expect(scriptSrc(contentSecurityPolicy({ scriptHashes: ["'sha256-abc='", "'sha256-def='"] }))).toBe("'self' 'sha256-abc=' 'sha256-def='");
    // next dev renders on request: nothing to hash there.
    expect(scriptSrc(contentSecurityPolicy({ dev: true }))).toBe("'self' 'unsafe-inline' 'unsafe-eval'");
  });

  it('never allows eval in production, and locks down plugins, framing and base URLs', () => {
    const csp = contentSecurityPolicy();
    expect(csp).not.toContain('unsafe-eval');
    for (const d of ["object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "worker-src 'self' blob:"]) expect(csp).toContain(d);
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
  });
});

/** Every .ts/.tsx file under the given source folders (tests excluded). */
function sourceFiles(dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(p);
    }
  };
  dirs.forEach(walk);
  return out;
}

describe('dangerouslySetInnerHTML', () => {
  it('is used only for the static theme script and an empty string, so no user-controlled value can reach it', () => {
    const uses = sourceFiles(['app', 'components', 'lib']).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.includes('dangerouslySetInnerHTML'))
        .map((line) => `${file}: ${line.trim()}`),
    );
    // The exceptions: a constant string from components/shell/ThemeToggle.tsx, inlined so the theme
    // applies before first paint, and the empty string (the two comment lines that explain it
    // included) LazySim uses to keep a server-rendered figure untouched while the page hydrates.
    // Anything else needs a security review and an entry here.
    expect(uses).toEqual([
      'app/layout.tsx: <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />',
      'components/sims/framework/LazySim.tsx: // dangerouslySetInnerHTML while hydrating (the usual way to defer hydration of a subtree).',
      `components/sims/framework/LazySim.tsx: if (overServerHtml) return <div ref={ref} key="frozen" {...wrapper} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;`,
    ]);
  });
});

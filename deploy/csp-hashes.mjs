/**
 * SHA-256 hashes of the inline <script>s in prerendered pages, so `script-src` needs no
 * 'unsafe-inline'. Every page is generated at build time, so its inline scripts (Next's RSC payload
 * `self.__next_f.push(...)`, our theme script) are known once the build is done: this module reads
 * the HTML the build wrote and turns each page's scripts into a per-page policy.
 *
 *  - Server build (`next start`): `patchRoutesManifest` writes one header rule per page into
 *    .next/routes-manifest.json (the file `next start` reads its headers from); the catch-all rule
 *    gets the 404 page's hashes, because any unknown URL answers with that page.
 *  - Static export: `writeNginxMap` writes out/csp-script-hashes.map, an nginx `map` body keyed by
 *    the HTML file nginx serves ($uri after try_files), included by deploy/nginx.conf.
 *
 * `npm run build` / `npm run build:export` run scripts/csp-hashes.mjs after `next build`; `next start`
 * also applies the server patch when it loads next.config.mjs, so a build made with a bare
 * `npx next build` is served with its hashes too. Plain ESM (no build step).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from './security-headers.mjs';

/** File name of the nginx map the export build writes into out/. */
export const NGINX_MAP_FILE = 'csp-script-hashes.map';

// A <script> without src: its text is what the browser hashes (script text is never entity-decoded).
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;
// Scripts the browser does not run (data blocks) need no hash.
const DATA_SCRIPT = /\btype\s*=\s*["']?(?!text\/javascript|module|["'\s>])[^"'\s>]+/i;

/**
 * The CSP source expressions (`'sha256-…'`) of every inline script in `html`, unique, in page order.
 * @example inlineScriptHashes('<script>1</script>') // ["'sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s='"]
 */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const openTag = m[0].slice(0, m[0].indexOf('>'));
    if (DATA_SCRIPT.test(openTag)) continue;
    const hash = `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

function htmlFiles(dir, rel = '') {
  const out = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = path.posix.join(rel, entry.name);
    if (entry.isDirectory()) {
      if (p !== '_next') out.push(...htmlFiles(dir, p));
    } else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

/** Hashes of several files together (the catch-all policy covers the 404 and error pages). */
function unionHashes(root, files) {
  return [...new Set(files.filter((f) => existsSync(path.join(root, f))).flatMap((f) => inlineScriptHashes(readFileSync(path.join(root, f), 'utf8'))))];
}

/**
 * Per-route hashes of a server build: `.next/server/app/learn/clones.html` → `/learn/clones`.
 * `fallback` is for every other URL: the 404 page (and the error page).
 */
export function serverBuildHashes(distDir) {
  const appDir = path.join(distDir, 'server', 'app');
  const pages = new Map();
  for (const file of htmlFiles(appDir)) {
    const name = file.replace(/\.html$/, '');
    if (name.startsWith('_')) continue; // _not-found, _global-error: special, see fallback
    const route = name === 'index' ? '/' : `/${name}`;
    pages.set(route, inlineScriptHashes(readFileSync(path.join(appDir, file), 'utf8')));
  }
  // The error pages Next may answer with (the pages/ copies are what a 404/500 falls back to).
  const errorPages = ['app/_not-found.html', 'app/_global-error.html', 'pages/404.html', 'pages/500.html'];
  return { pages, fallback: unionHashes(path.join(distDir, 'server'), errorPages) };
}

/** A path-to-regexp source that matches exactly this literal route (Next's header `source`). */
function literalSource(route) {
  if (!/^\/[\w./-]*$/.test(route)) throw new Error(`csp-hashes: route ${route} has characters that header rules treat as patterns`);
  return route;
}

/** The regex Next stores beside a literal source (next start recomputes it from `source` anyway). */
function literalRegex(route) {
  const escaped = route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return route === '/' ? '^/(?:/)?$' : `^${escaped}(?:/)?$`;
}

/**
 * Rewrites .next/routes-manifest.json so that every prerendered page is sent with the CSP naming
 * its own inline scripts, and every other URL with the 404 page's. Idempotent.
 * @returns {{ pages: number, hashes: number }}
 */
export function patchRoutesManifest(distDir) {
  const file = path.join(distDir, 'routes-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const isCsp = (h) => h.key.toLowerCase() === 'content-security-policy';
  const catchAll = manifest.headers.find((r) => r.source === '/:path*' && r.headers.some(isCsp));
  if (!catchAll) throw new Error(`csp-hashes: ${file} has no '/:path*' rule with a Content-Security-Policy (next.config.mjs headers())`);
  const { pages, fallback } = serverBuildHashes(distDir);
  catchAll.headers = catchAll.headers.map((h) => (isCsp(h) ? { key: h.key, value: contentSecurityPolicy({ scriptHashes: fallback }) } : h));
  const others = manifest.headers.filter((r) => r === catchAll || !(r.headers.length === 1 && isCsp(r.headers[0]) && pages.has(r.source)));
  const perPage = [...pages].map(([route, hashes]) => ({
    source: literalSource(route),
    headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ scriptHashes: hashes }) }],
    regex: literalRegex(route),
  }));
  // Later rules win in Next's header resolution, so the per-page ones come after the catch-all.
  manifest.headers = [...others, ...perPage];
  // Atomic: several clones of one build may start (and patch) at the same moment.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(tmp, file);
  return { pages: pages.size, hashes: new Set([...pages.values(), fallback].flat()).size };
}

/**
 * Per-file hashes of a static export: `out/learn/clones/index.html` → `/learn/clones/index.html`
 * (the $uri nginx has after try_files), and the 404 page's for anything else.
 */
export function exportHashes(outDir) {
  const files = new Map(htmlFiles(outDir).map((f) => [`/${f}`, inlineScriptHashes(readFileSync(path.join(outDir, f), 'utf8'))]));
  return { files, fallback: unionHashes(outDir, ['404.html', '_not-found.html', '_global-error.html']) };
}

/**
 * The body of nginx's `map $uri $prepup_script_hashes { ... }` for an export folder.
 * @example nginxMapBody('out') // 'default "\'sha256-…\'";\n"/index.html" "\'sha256-…\' …";\n…'
 */
export function nginxMapBody(outDir) {
  const { files, fallback } = exportHashes(outDir);
  const line = (key, hashes) => `${key} "${hashes.join(' ')}";`;
  return [`# Generated by deploy/csp-hashes.mjs for this export: the inline scripts of each page.`, line('default', fallback), ...[...files].map(([f, h]) => line(`"${f}"`, h)), ''].join('\n');
}

/** Writes out/csp-script-hashes.map (deploy/nginx.conf includes it). @returns the file written */
export function writeNginxMap(outDir) {
  const file = path.join(outDir, NGINX_MAP_FILE);
  writeFileSync(file, nginxMapBody(outDir));
  return file;
}

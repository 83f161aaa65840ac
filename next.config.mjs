import { existsSync } from 'node:fs';
import path from 'node:path';
import { patchRoutesManifest } from './deploy/csp-hashes.mjs';
import { securityHeaders } from './deploy/security-headers.mjs';

/**
 * Next.js configuration.
 * PREPUP_EXPORT=1 builds a static export (out/) for any CDN; otherwise a server build.
 * @type {import('next').NextConfig}
 */
const isExport = process.env.PREPUP_EXPORT === '1';

const nextConfig = {
  // PREPUP_DIST_DIR lets parallel builds (benchmarks, local experiments) use their own output folder.
  // Only set when asked: with output 'export', a distDir is also where the static site is written.
  ...(process.env.PREPUP_DIST_DIR ? { distDir: process.env.PREPUP_DIST_DIR } : {}),
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['esbuild'],
  ...(isExport
    ? { output: 'export', trailingSlash: true, images: { unoptimized: true } }
    : {
        // proxy.ts redirects /learn/clones/ → /learn/clones itself: Next's own redirect is sent
        // before any headers() apply, so it would go out without the security headers.
        skipTrailingSlashRedirect: true,
        // Server mode only: an export has no server to send headers (deploy/nginx.conf sends the same list).
        // The CSP here names no inline scripts yet: deploy/csp-hashes.mjs adds each page's hashes once
        // the pages exist (after the build; see below).
        async headers() {
          return [{ source: '/:path*', headers: securityHeaders({ dev: process.env.NODE_ENV === 'development' }) }];
        },
      }),
};

/**
 * `next start` reads its headers from the build's routes-manifest.json. Before it does, put each
 * prerendered page's inline-script hashes there (idempotent; `npm run build` has usually done it
 * already), so a build made with a bare `npx next build` is never served without them.
 */
export default function config(phase) {
  const distDir = nextConfig.distDir ?? '.next';
  if (phase === 'phase-production-server' && !isExport && existsSync(path.join(distDir, 'routes-manifest.json'))) patchRoutesManifest(distDir);
  return nextConfig;
}

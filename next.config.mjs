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
        // Server mode only: an export has no server to send headers (deploy/nginx.conf sends the same list).
        async headers() {
          return [{ source: '/:path*', headers: securityHeaders({ dev: process.env.NODE_ENV === 'development' }) }];
        },
      }),
};

export default nextConfig;

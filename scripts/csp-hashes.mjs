#!/usr/bin/env node
/**
 * After `next build`: puts the SHA-256 hashes of every prerendered page's inline scripts into its
 * Content-Security-Policy, so script-src needs no 'unsafe-inline' (deploy/csp-hashes.mjs explains).
 *   node scripts/csp-hashes.mjs            server build: patches .next/routes-manifest.json (PREPUP_DIST_DIR for another folder)
 *   node scripts/csp-hashes.mjs --export   static export: writes out/csp-script-hashes.map for deploy/nginx.conf
 * Exit 1 with the reason when the build output is missing or not what Next normally writes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { patchRoutesManifest, writeNginxMap } from '../deploy/csp-hashes.mjs';

const isExport = process.argv.includes('--export');
try {
  if (isExport) {
    const outDir = process.env.PREPUP_DIST_DIR ?? 'out';
    if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`no static export in ${outDir}/: run \`npm run build:export\``);
    console.log(`CSP: inline-script hashes of every exported page written to ${writeNginxMap(outDir)}`);
  } else {
    const distDir = process.env.PREPUP_DIST_DIR ?? '.next';
    if (!existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error(`no production build in ${distDir}/: run \`npm run build\``);
    const { pages, hashes } = patchRoutesManifest(distDir);
    console.log(`CSP: ${hashes} inline-script hashes of ${pages} prerendered pages written into ${distDir}/routes-manifest.json`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

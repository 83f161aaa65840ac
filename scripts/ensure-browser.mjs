#!/usr/bin/env node
/**
 * Makes sure a Chromium exists for Playwright: Debian's /usr/bin/chromium (installed with apt-get
 * when missing and running as root), or Playwright's own browser where one is installed.
 * Playwright cannot download browsers on these machines, so we never try.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

async function playwrightBrowser() {
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);
if (await playwrightBrowser()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get, ~1 minute)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : update;
  if (install.status === 0 && existsSync(DEBIAN_CHROMIUM)) process.exit(0);
  console.error('apt-get could not install chromium.');
}
console.error(
  [
    'The end-to-end tests need Chromium and none was found.',
    '  Debian/Ubuntu: sudo apt-get install -y chromium   (provides /usr/bin/chromium)',
    '  elsewhere:     npx playwright install chromium',
  ].join('\n'),
);
process.exit(1);

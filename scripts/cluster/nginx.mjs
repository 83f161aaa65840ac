/**
 * nginx for the cluster test: finds (or, as root on Debian, installs) nginx, and rewrites the
 * committed deploy/nginx.conf into a private config — 127.0.0.1 only, test ports, every path
 * (pid, logs, temp files) inside one temp dir — so the test exercises the file users deploy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NGINX_MAP_FILE } from '../../deploy/csp-hashes.mjs';
import { LOG_FORMAT } from './failover.mjs';

const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/usr/bin/nginx'];

function findNginx() {
  const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  return onPath || NGINX_PATHS.find((p) => existsSync(p)) || null;
}

/**
 * The nginx binary. Installs Debian's package when missing and running as root (apt-get update;
 * apt-get install -y nginx); otherwise throws with what to install.
 */
export function ensureNginx() {
  const found = findNginx();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('nginx not found: installing Debian\'s nginx package (apt-get)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (update.status === 0) spawnSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit', env });
    const installed = findNginx();
    if (installed) return installed;
    throw new Error('apt-get could not install nginx.');
  }
  throw new Error(
    ['The cluster test needs nginx and none was found.', '  Debian/Ubuntu: sudo apt-get install -y nginx', '  macOS:         brew install nginx'].join('\n'),
  );
}

/** Replaces `from` (string or RegExp) in `text`, failing loudly if deploy/nginx.conf no longer has it. */
function replaceRequired(text, from, to) {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`deploy/nginx.conf changed: cannot find ${String(from)} to rewrite for the test`);
  return typeof from === 'string' ? text.split(from).join(to) : text.replace(from, to);
}

/**
 * The test's nginx config, derived from deploy/nginx.conf.
 * @param {{ dir: string, lbPort: number, staticPort: number, upstreamPorts: number[], staticRoot: string }} o
 */
export function renderTestConfig({ dir, lbPort, staticPort, upstreamPorts, staticRoot }) {
  let conf = readFileSync(path.join('deploy', 'nginx.conf'), 'utf8');
  conf = replaceRequired(conf, /^pid .*;$/m, `pid ${path.join(dir, 'nginx.pid')};`);
  conf = replaceRequired(conf, /^error_log .*;$/m, `error_log ${path.join(dir, 'error.log')} warn;`);
  // One line per request naming the clone(s) that served it and whether the response completed,
  // so the test can see failovers and responses cut off by a crash.
  conf = replaceRequired(conf, /^( *)access_log .*;$/m, `$1log_format upstreams ${LOG_FORMAT};\n$1access_log ${path.join(dir, 'access.log')} upstreams;`);
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${path.join(dir, `${t}_temp`)};`);
  conf = replaceRequired(conf, /^http \{$/m, `http {\n${temps.join('\n')}`);
  conf = replaceRequired(conf, /^( *)server 127\.0\.0\.1:3001 (.*);\n *server 127\.0\.0\.1:3002 .*;$/m, (_m, indent, opts) =>
    upstreamPorts.map((p) => `${indent}server 127.0.0.1:${p} ${opts};`).join('\n'),
  );
  conf = replaceRequired(conf, /^( *)listen 80;$/m, `$1listen 127.0.0.1:${lbPort};`);
  conf = replaceRequired(conf, /^( *)listen 8080;$/m, `$1listen 127.0.0.1:${staticPort};`);
  conf = replaceRequired(conf, 'root /srv/prepup/out;', `root ${staticRoot};`);
  conf = replaceRequired(conf, `include /srv/prepup/out/${NGINX_MAP_FILE};`, `include ${path.join(staticRoot, NGINX_MAP_FILE)};`);
  if (!existsSync('/etc/nginx/mime.types')) throw new Error('/etc/nginx/mime.types is missing (deploy/nginx.conf includes it)');
  return conf;
}

/** `nginx -t` on the config; throws with nginx's own message when it is invalid. */
export function testConfig(nginx, dir, confFile) {
  const r = spawnSync(nginx, ['-t', '-q', '-p', dir, '-c', confFile], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`nginx -t failed:\n${r.stderr}`);
}

/** Asks the nginx of this prefix/config to stop (reads its pid file). */
export function stopNginx(nginx, dir, confFile) {
  spawnSync(nginx, ['-p', dir, '-c', confFile, '-s', 'stop'], { stdio: 'ignore' });
}

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/sim-cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('sim CLI', () => {
  it('prints exactly one JSON object with the contract keys', () => {
    const r = run('queue', '--requests', '3000', '--workers', '2', '--arrival-rate', '150', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, number>;
    for (const k of ['requests', 'completed', 'dropped', 'meanWaitMs', 'meanResponseMs', 'p50ResponseMs', 'p95ResponseMs', 'p99ResponseMs', 'meanInSystem', 'utilization', 'throughputPerSec'])
      expect(Number.isFinite(out[k]), k).toBe(true);
    expect(out.requests).toBe(3000);
  });

  it('exits 2 naming the flag, value and range on bad input; nothing runs', () => {
    const r = run('cache', '--capacity', '-5', '--json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--capacity must be between 0 and 1000000, got -5');
    expect(run('nosuch').status).toBe(2);
    expect(run('lb', '--bogus', '1').stderr).toContain('--bogus');
  });

  it('never takes the next flag as a value; cross-field rules name the flag and its range', () => {
    const r = run('queue', '--queue-limit', '--json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--queue-limit needs a value');
    const fail = run('lb', '--fail-server', '10', '--servers', '4', '--json');
    expect(fail.status).toBe(2);
    expect(fail.stderr).toContain('--fail-server must be between 0 and 3');
    expect(run('queue', '--queue-limit', '5', '--requests', '100', '--json').status).toBe(0);
  });

  it('refuses a run above its work budget unless told to go further', () => {
    const r = run('queue', '--requests', '100000', '--max-events', '1000', '--json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('This run would simulate ~202 k events; the CLI allows 1 k. Lower Requests or Warm-up.');
    expect(run('queue', '--requests', '2000', '--max-events', '1000', '--no-budget', '--json').status).toBe(0);
  });

  it('lists models and flags in --help', () => {
    const all = run('--help');
    expect(all.status).toBe(0);
    expect(all.stdout).toContain('sharding');
    const lb = run('lb', '--help');
    expect(lb.stdout).toContain('--server-speeds');
    expect(lb.stdout).toContain('default round-robin');
  });
});

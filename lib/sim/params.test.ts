import { describe, expect, it } from 'vitest';
import { models } from './models';
import { optionLabel } from './option-label';
import { describeParams, parseParams } from './params';

describe('describeParams', () => {
  it('describes every parameter of every model with label, unit and description', () => {
    for (const m of Object.values(models)) {
      for (const info of describeParams(m.schema)) {
        expect(info.label, `${m.name}.${info.key}`).not.toBe('');
        expect(info.description, `${m.name}.${info.key}`).not.toBe('');
        if (info.kind === 'number' || info.kind === 'integer') {
          expect(info.min, `${m.name}.${info.key}`).toBeTypeOf('number');
          expect(info.max, `${m.name}.${info.key}`).toBeTypeOf('number');
        }
      }
    }
  });

  it('reports kinds, ranges, defaults and options', () => {
    const cache = new Map(describeParams(models.cache.schema).map((i) => [i.key, i]));
    expect(cache.get('capacity')).toMatchObject({ kind: 'integer', min: 0, max: 1_000_000, default: 1000, unit: 'entries' });
    expect(cache.get('policy')).toMatchObject({ kind: 'enum', options: ['lru', 'lfu', 'fifo', 'random'], default: 'lru' });
    const lb = new Map(describeParams(models.lb.schema).map((i) => [i.key, i]));
    expect(lb.get('serverSpeeds')).toMatchObject({ kind: 'number-list', min: 0.01, max: 100 });
    expect(lb.get('failServer')).toMatchObject({ optional: true, default: undefined });
    expect(describeParams(models.sharding.schema).find((i) => i.key === 'hotKeysClustered')?.kind).toBe('boolean');
  });

  it('carries the words the UI shows for coded choices (machine sizes), not the code names', () => {
    const system = new Map(describeParams(models.system.schema).map((i) => [i.key, i]));
    expect(system.get('dbSize')).toMatchObject({ options: ['s', 'm', 'l', 'xl'], optionLabels: { s: 'S (1× speed)', m: 'M (2× speed)', l: 'L (4× speed)', xl: 'XL (8× speed)' } });
    expect(system.get('appSize')?.optionLabels?.xl).toBe('XL (8× speed)');
    expect(optionLabel(new Map(describeParams(models.cache.schema).map((i) => [i.key, i])).get('policy')!, 'lru')).toBe('least recently used (LRU)');
  });

  it('gives every option of every choice words to show: no code name ("round-robin", "lru", "one-box") reaches a learner', () => {
    const missing: string[] = [];
    for (const m of Object.values(models)) {
      for (const info of describeParams(m.schema).filter((i) => i.kind === 'enum')) {
        for (const o of info.options ?? []) {
          const label = info.optionLabels?.[o];
          if (!label) missing.push(`${m.name}.${info.key}: ${o}`);
          // Words, not the code: a hyphen-joined code name or a bare abbreviation shown as it is.
          else if (label === o && (o.includes('-') || ['lru', 'lfu', 'fifo', 'db', 'app', 'sync', 'async'].includes(o))) missing.push(`${m.name}.${info.key}: ${o} → "${label}"`);
        }
      }
    }
    expect(missing).toEqual([]);
    const lb = describeParams(models.lb.schema).find((i) => i.key === 'algorithm')!;
    expect(['round-robin', 'power-of-two', 'least-connections'].map((o) => optionLabel(lb, o))).toEqual(['round robin', 'power of two choices', 'least connections']);
    const system = new Map(describeParams(models.system.schema).map((i) => [i.key, i]));
    expect(optionLabel(system.get('stage')!, 'one-box')).toBe('one box');
    expect(optionLabel(describeParams(models.sharding.schema).find((i) => i.key === 'partitioning')!, 'consistent-hash')).toBe('consistent hash');
  });

  it('keeps the fixed parameter names', () => {
    const keys = (n: keyof typeof models) => describeParams(models[n].schema).map((i) => i.key);
    expect(keys('queue')).toEqual(expect.arrayContaining(['seed', 'requests', 'warmupRequests', 'arrivalRate', 'serviceTimeMs', 'serviceDist', 'workers', 'queueLimit', 'responseMode', 'burstiness']));
    expect(keys('lb')).toEqual(expect.arrayContaining(['servers', 'algorithm', 'serverSpeeds', 'queueLimit', 'burstiness', 'failServer', 'failAtMs', 'healthCheckMs']));
    expect(keys('sessions')).toEqual(expect.arrayContaining(['users', 'thinkTimeMs', 'sessionMode', 'storeLatencyMs', 'killServer', 'killAtMs', 'addServerAtMs']));
    expect(keys('deploy')).toEqual(expect.arrayContaining(['strategy', 'batchSize', 'bootTimeMs', 'deployAtMs']));
    expect(keys('replication')).toEqual(expect.arrayContaining(['replicas', 'writeRatio', 'lagMeanMs', 'readYourWritesWindowMs', 'serviceTimeMs']));
    expect(keys('sharding')).toEqual(expect.arrayContaining(['shards', 'keys', 'zipf', 'partitioning', 'virtualNodes', 'arrivalRate']));
    expect(keys('cache')).toEqual(expect.arrayContaining(['keys', 'zipf', 'capacity', 'policy', 'ttlMs', 'writeRatio', 'cacheMode', 'arrivalRate', 'dbLatencyMs', 'cacheLatencyMs']));
    expect(keys('scaling')).toEqual(expect.arrayContaining(['demand', 'growthPerMonth', 'months', 'smallMachineCapacity']));
  });
});

describe('parseParams', () => {
  it('fills defaults', () => {
    const r = parseParams('queue', {});
    expect(r.ok && r.params.workers).toBe(1);
  });
  it('gives readable errors', () => {
    expect(parseParams('cache', { capacity: -1 })).toEqual({ ok: false, errors: ['capacity must be between 0 and 1000000, got -1'] });
    expect(parseParams('queue', { workers: 1.5 })).toEqual({ ok: false, errors: ['workers must be a whole number between 1 and 10000, got 1.5'] });
    const bad = parseParams('lb', { algorithm: 'telepathy', nope: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.join('\n')).toContain('algorithm must be one of round-robin');
      expect(bad.errors.join('\n')).toContain('unknown parameter nope');
    }
  });
});

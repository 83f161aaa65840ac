import { describe, expect, it } from 'vitest';
import { checkPredictMetric, checkTry, CODE_SETTING_NAMES } from './figure-rules';

const cache = { name: 'CacheSim', props: { id: 'ttl', controls: ['capacity', 'ttlMs'] } };

describe('<Try> against its figure', () => {
  it('accepts a shown setting on the slider grid', () => {
    expect(checkTry(cache, { figure: 'ttl', set: { ttlMs: 200, capacity: 1000 } })).toEqual([]);
  });
  it('rejects a setting the figure does not show, naming what it shows', () => {
    expect(checkTry(cache, { figure: 'ttl', set: { zipf: 0.6 } })).toEqual([
      'zipf: figure "ttl" does not show “Skew” (zipf); it shows “Capacity” (capacity), “TTL” (ttlMs); add "zipf" to its controls',
    ]);
  });
  it('rejects a value the slider cannot reach, with its range or step', () => {
    expect(checkTry(cache, { figure: 'ttl', set: { ttlMs: 250 } })[0]).toMatch(/ttlMs=250: the “TTL” \(ttlMs\) slider moves in steps of 100 ms from 0 ms, so 250 ms cannot be reached \(nearest: 200 ms or 300 ms\)/);
    expect(checkTry(cache, { figure: 'ttl', set: { ttlMs: 90_000 } })[0]).toMatch(/slider goes from 0 ms to 60,000 ms/);
  });
  it('rejects values outside the schema and unknown settings', () => {
    expect(checkTry(cache, { figure: 'ttl', set: { capacity: -1 } })[0]).toMatch(/capacity must be/);
    expect(checkTry(cache, { figure: 'ttl', set: { nope: 1 } })[0]).toMatch(/^nope: <CacheSim> has no such setting; settings: seed, /);
  });
  it('checks actions against the model and its servers', () => {
    const lb = { name: 'LoadBalancerSim', props: { servers: 4 } };
    expect(checkTry(lb, { figure: 'lb', act: 'kill 2 at 5s' })).toEqual([]);
    expect(checkTry(lb, { figure: 'lb', act: 'kill 9' })).toEqual(['act: server 9 does not exist: figure "lb" has 4 servers (1–4)']);
    expect(checkTry(lb, { figure: 'lb', act: 'add shard' })).toEqual(['act: <LoadBalancerSim> has no "add-server" action (it has: kill, revive)']);
    expect(checkTry(cache, { figure: 'ttl', act: 'kill 1' })).toEqual(['act: <CacheSim> has no "kill" action (it has: none)']);
  });
  it('holds the whole-system faults to the architecture the figure shows', () => {
    const system = (props: Record<string, unknown>) => ({ name: 'SystemSim', props: { preset: 'black-friday', controls: ['stage'], ...props } });
    expect(checkTry(system({ stage: 'cache' }), { figure: 'f', act: 'restart the cache at 500s' })).toEqual([]);
    expect(checkTry(system({ stage: 'replicas' }), { figure: 'f', act: 'restart the cache' })).toEqual(['act: figure "f" cannot restart its cache: its architecture has none']);
    // a <Try> that also adds the cache may restart it
    expect(checkTry(system({ stage: 'replicas' }), { figure: 'f', set: { stage: 'cache' }, act: 'restart the cache' })).toEqual([]);
    expect(checkTry(system({ stage: 'one-box' }), { figure: 'f', act: 'fail the primary' })).toEqual(['act: figure "f" cannot fail its primary: its architecture has no separate database']);
    expect(checkTry(cache, { figure: 'ttl', act: 'restart the cache' })).toEqual(['act: <CacheSim> has no "fault" action (it has: none)']);
  });
});

describe('<Predict metric>', () => {
  it('must name a metric the next figure shows', () => {
    expect(checkPredictMetric({ name: 'CacheSim', props: {} }, 'hitRate')).toBeNull();
    expect(checkPredictMetric({ name: 'CacheSim', props: {} }, 'evictions')).toMatch(/does not show it/);
    expect(checkPredictMetric({ name: 'CacheSim', props: {} }, 'nope')).toMatch(/no such metric/);
    expect(checkPredictMetric(undefined, 'hitRate')).toMatch(/followed directly by a simulation/);
  });
});

it('knows the code-style setting names prose should not use', () => {
  expect(CODE_SETTING_NAMES.get('ttlMs')).toBe('TTL');
  expect(CODE_SETTING_NAMES.get('writeRatio')).toBe('Write share');
  expect(CODE_SETTING_NAMES.has('servers')).toBe(false);
});

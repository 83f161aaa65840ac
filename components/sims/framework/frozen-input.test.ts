import { describe, expect, it } from 'vitest';
import { describeParams } from '@/lib/sim/params';
import { cacheSim } from '../cache/definition';
import { queueSim } from '../queue/definition';
import { emptyFrozenInput, recordChange, sameControl, type FrozenControl } from './frozen-input';
import { otherChanges, paramPatch } from './frozen-replay';

const capacity = (value: string): FrozenControl => ({ param: 'capacity', kind: 'range', name: 'Capacity', value });
const policy = (value: string, checked = true): FrozenControl => ({ param: 'policy', kind: 'radio', name: value, value, checked });

describe('frozen figure: recording what the learner changed', () => {
  it('keeps only the last value of a slider moved several times, in the order last touched', () => {
    let input = emptyFrozenInput();
    input = recordChange(input, capacity('600'));
    input = recordChange(input, { param: 'zipf', kind: 'range', name: 'Zipf skew', value: '0.7' });
    input = recordChange(input, capacity('1200'));
    expect(input.changes.map((c) => [c.param, c.value])).toEqual([
      ['zipf', '0.7'],
      ['capacity', '1200'],
    ]);
  });

  it('keeps one choice per radio group: the last one picked', () => {
    let input = recordChange(emptyFrozenInput(), policy('lfu'));
    input = recordChange(input, policy('fifo'));
    expect(input.changes).toEqual([policy('fifo')]);
  });

  it('tells controls apart by setting, then by kind and name', () => {
    expect(sameControl(capacity('1'), capacity('2'))).toBe(true);
    expect(sameControl(policy('lfu'), policy('lru'))).toBe(false);
    expect(sameControl({ kind: 'button', name: 'Play' }, { kind: 'button', name: 'Play' })).toBe(true);
    expect(sameControl({ kind: 'button', name: 'Play' }, { kind: 'button', name: 'Pause' })).toBe(false);
    expect(sameControl({ kind: 'select', name: 'Speed' }, { param: 'policy', kind: 'select', name: 'Speed' })).toBe(false);
  });
});

describe('frozen figure: the changes as settings for the store', () => {
  const cacheFields = describeParams(cacheSim.schema);

  it('turns slider positions and picked options into parameter values', () => {
    expect(paramPatch([capacity('1200'), policy('lfu')], cacheFields, cacheSim.ui)).toEqual({ capacity: 1200, policy: 'lfu' });
  });

  it('ignores an unpicked radio, an unknown option, an unknown setting and a non-number', () => {
    const changes = [policy('lfu', false), policy('belady'), { param: 'nope', kind: 'range', name: 'Nope', value: '3' } as FrozenControl, capacity('lots')];
    expect(paramPatch(changes, cacheFields, cacheSim.ui)).toEqual({});
  });

  it('an "off" box turns an optional setting off (queue limit: No limit)', () => {
    const fields = describeParams(queueSim.schema);
    const noLimit: FrozenControl = { param: 'queueLimit', kind: 'checkbox', name: 'No limit', value: 'on', checked: true };
    expect(paramPatch([{ param: 'queueLimit', kind: 'range', name: 'Queue limit', value: '50' }, noLimit], fields, queueSim.ui)).toEqual({ queueLimit: undefined });
  });

  it('an index slider counts from 1, the engine from 0', () => {
    const fields = [{ key: 'failServer', label: 'Fail server', unit: '', description: '', kind: 'integer', default: 0, optional: false }] as ReturnType<typeof describeParams>;
    expect(paramPatch([{ param: 'failServer', kind: 'range', name: 'Fail server', value: '3' }], fields, { failServer: { min: 0, max: 31, indexInto: 'servers' } })).toEqual({ failServer: 2 });
  });

  it('leaves non-setting selects (Speed) to be replayed on the live control', () => {
    const speed: FrozenControl = { kind: 'select', name: 'Speed', value: '10' };
    expect(otherChanges([capacity('900'), speed])).toEqual([speed]);
    expect(paramPatch([speed], cacheFields, cacheSim.ui)).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { simDefinitions } from './definitions';
import { figureShows } from './figure-defaults';

describe('lesson figure defaults', () => {
  it('every default metric exists in its model', () => {
    for (const id of ['scaling', 'lb', 'sessions', 'deploy', 'replication', 'sharding', 'cache', 'queue']) {
      const keys = simDefinitions[id]!.metrics.map((m) => m.key);
      for (const k of figureShows(id, {}).metrics) expect(keys, `${id}.${k}`).toContain(k);
    }
  });
  it('the scaling figure shows demand served for both plans, as its “Lose one machine” hint says (“on each side”)', () => {
    expect(figureShows('scaling', {}).metrics).toEqual(expect.arrayContaining(['verticalServed', 'horizontalServed']));
  });
});

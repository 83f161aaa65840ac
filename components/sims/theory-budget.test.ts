import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CacheParams } from '@/lib/sim/models/cache';
import type { ShardingParams } from '@/lib/sim/models/sharding';
import type { SystemParams } from '@/lib/sim/models/system';
import { describeParams, type ParamInfo } from '@/lib/sim/params';
import { systemTheory } from '@/lib/sim/system-theory';
import { THEORY_TERMS, theoryTerms } from '@/lib/sim/theory-work';
import type { Params, SimDefinition } from '@/lib/sim-ui/definition';
import { cachePrediction } from './cache/prediction';
import { simDefinitions } from './definitions';
import { hottestKeyShare } from './sharding/theory';

/**
 * Closed forms that cards and panels compute for themselves (beside the charts' theory lines): the
 * cache's prediction, the sharding panel's hottest key, the system's theory table at the day's peak
 * and at a measured rate.
 */
const panels: Record<string, (p: Params) => unknown> = {
  cache: (p) => cachePrediction(p as CacheParams),
  sharding: (p) => hottestKeyShare((p as ShardingParams).keys, (p as ShardingParams).zipf),
  system: (p) => [systemTheory(p as SystemParams), systemTheory(p as SystemParams, 1)],
};

/** What one setting shows on the page (main thread): every chart's theory line and every panel's. */
const onScreen = (def: SimDefinition<Params, unknown>, p: Params) => [...def.charts.map((c) => c.theory?.(p)), panels[def.id]?.(p)];

/** The sweep's theory curve (in the worker, after its runs; one slice where there is no worker). */
const sweepCurve = (def: SimDefinition<Params, unknown>, p: Params) => def.sweep?.theory?.(p, def.sweep.points(p).map((pt) => pt.x));

/** A field's extreme values: the schema's ends, the slider's ends and the default (and off, if it may be). */
function extremes(f: ParamInfo, def: SimDefinition<Params, unknown>): fc.Arbitrary<unknown> {
  if (f.kind === 'enum') return fc.constantFrom(...(f.options ?? []));
  if (f.kind === 'boolean') return fc.boolean();
  if (f.kind === 'number-list') return fc.constant(f.default);
  const ui = def.ui?.[f.key];
  const values = [f.min, f.max, ui?.min, ui?.max, f.default].filter((x) => x !== undefined);
  return fc.constantFrom(...(f.optional ? [...values, undefined] : values));
}

describe('theory at the schemas’ extreme values', () => {
  for (const def of Object.values(simDefinitions) as SimDefinition<Params, unknown>[]) {
    it(`${def.id}: its lines and cards, and its sweep curve, each sum at most ${THEORY_TERMS.toLocaleString('en-US')} terms`, () => {
      const fields = describeParams(def.schema);
      const record = Object.fromEntries(fields.map((f) => [f.key, extremes(f, def)]));
      let worst = 0;
      let checked = 0;
      fc.assert(
        fc.property(fc.record(record), (raw) => {
          const parsed = def.schema.safeParse(raw);
          if (!parsed.success) return; // a cross-field rule rejects it: no page ever holds these settings
          checked++;
          const p = parsed.data as Params;
          const shown = theoryTerms(() => onScreen(def, p)).terms;
          const swept = theoryTerms(() => sweepCurve(def, p)).terms;
          worst = Math.max(worst, shown, swept);
          expect(shown, `on screen: ${JSON.stringify(raw)}`).toBeLessThanOrEqual(THEORY_TERMS);
          expect(swept, `sweep curve: ${JSON.stringify(raw)}`).toBeLessThanOrEqual(THEORY_TERMS);
        }),
        { numRuns: 150, seed: 22 },
      );
      expect(checked, 'settings that parse').toBeGreaterThan(50);
      // the meter is wired: a model with closed forms that loop counts something
      if (['queue', 'cache', 'sharding', 'system', 'lb'].includes(def.id)) expect(worst).toBeGreaterThan(0);
    });
  }
});

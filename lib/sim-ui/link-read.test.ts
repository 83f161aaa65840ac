import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_SCOPES } from '@/components/sims/action-scope';
import { simDefinitions } from '@/components/sims/definitions';
import { SIM_ACTIONS } from '@/components/sims/figure-defaults';
import { describeParams } from '@/lib/sim/params';
import { runBudget } from './budget';
import type { Params, SimDefinition } from './definition';
import { readLink } from './link-read';
import { decodeValue } from './url-state';

const defs = Object.values(simDefinitions) as SimDefinition<Params, unknown>[];
const byId = (id: string) => simDefinitions[id] as SimDefinition<Params, unknown>;

/** What a playground makes of a link given as query text (duplicates kept, as in an address). */
function open(id: string, query: string) {
  const def = byId(id);
  const q = new URLSearchParams(query);
  const fields = describeParams(def.schema);
  const rules = { fields, base: def.schema.parse(def.defaults ?? {}) as Params, compareKeys: def.compareKeys ?? def.controls, actionKinds: SIM_ACTIONS[id] ?? [], ...(ACTION_SCOPES[id] ? { actionScope: ACTION_SCOPES[id] } : {}) };
  return readLink(def, rules, (k) => q.get(k), [...q]);
}

describe('a link with a value that breaks a rule between settings', () => {
  it('drops only that value and names both settings in the learner’s words', () => {
    const r = open('queue', 'queue.serviceDist=uniform&queue.workers=4');
    expect(r.params.workers).toBe(4);
    expect(r.params.serviceDist).toBe('exponential');
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/^The link set “Service distribution” to “uniform”, which does not fit the other settings \(“Service spread” must be at most 0\.577 .*\); using exponential$/);
    expect(r.notices[0]).not.toMatch(/serviceCv|serviceDist/);
  });

  it('names both values when dropping the one the rule names still leaves it broken', () => {
    // cv 2 is dropped for the default 1, which a uniform shape cannot have either: uniform goes too
    const r = open('queue', 'queue.serviceDist=uniform&queue.serviceCv=2&queue.workers=3');
    expect([r.params.serviceDist, r.params.serviceCv, r.params.workers]).toEqual(['exponential', 1, 3]);
    expect(r.notices).toEqual([
      expect.stringMatching(/^The link set “Service spread” to “2”, which does not fit the other settings \(it must be at most 0\.577.*\); using cv 1$/),
      expect.stringMatching(/^The link set “Service distribution” to “uniform”, which does not fit the other settings \(“Service spread” must be at most 0\.577.*\); using exponential$/),
    ]);
  });
});

describe('every value a link gives is used or named', () => {
  /** A link value per field: the slider's ends, the schema's ends, a word, a negative number. */
  const linkValue = (def: SimDefinition<Params, unknown>, key: string) => {
    const f = describeParams(def.schema).find((x) => x.key === key)!;
    const ui = def.ui?.[key];
    const options = f.kind === 'enum' ? (f.options ?? []) : f.kind === 'boolean' ? ['1', '0', 'maybe'] : [ui?.min, ui?.max, f.min, f.max, -3, 'abc'].filter((x) => x !== undefined).map(String);
    return fc.constantFrom(...options);
  };
  for (const def of defs) {
    it(`${def.id}: a notice names each value the page did not take as given`, () => {
      const keys = describeParams(def.schema).filter((f) => f.kind !== 'number-list').map((f) => f.key);
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...keys), fc.constant('')).chain((picked) => fc.record(Object.fromEntries(Object.keys(picked).map((k) => [k, linkValue(def, k)])))), (link) => {
          const query = new URLSearchParams(Object.entries(link).map(([k, v]) => [`${def.id}.${k}`, v])).toString();
          const r = open(def.id, query);
          expect(def.schema.safeParse(r.params).success).toBe(true);
          expect(runBudget(def, r.params)).toBeNull();
          const fields = describeParams(def.schema);
          for (const [key, text] of Object.entries(link)) {
            const field = fields.find((f) => f.key === key)!;
            const parsed = (def.schema.shape[key] as { safeParse: (v: unknown) => { success: boolean; data?: unknown } }).safeParse(decodeValue(field, text));
            const used = parsed.success && r.params[key] === parsed.data;
            if (!used) expect(r.notices.join('\n'), `${key}=${text}`).toContain(`“${field.label}”`);
          }
          for (const n of r.notices) expect(n).not.toMatch(/\b(serviceCv|serviceDist|arrivalRate|queueLimit|warmupRequests)\b/);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('every slider at its maximum with a uniform shape: what is dropped is named, the rest is used (six playgrounds)', () => {
    for (const id of ['queue', 'lb', 'sessions', 'deploy', 'replication', 'sharding']) {
      const def = byId(id);
      const fields = describeParams(def.schema);
      const q = new URLSearchParams();
      for (const [key, range] of Object.entries(def.ui ?? {})) if (range?.max !== undefined && !range.indexInto) q.set(`${id}.${key}`, String(range.max));
      q.set(`${id}.serviceDist`, 'uniform');
      const r = open(id, q.toString());
      let used = 0;
      for (const [k, text] of q) {
        const field = fields.find((f) => `${id}.${f.key}` === k)!;
        if (String(r.params[field.key]) === text) used++;
        else expect(r.notices.join('\n'), `${id}: ${k}`).toContain(`“${field.label}”`);
      }
      expect(used, `${id}: settings used`).toBeGreaterThan(q.size / 2);
    }
  });
});

describe('the link’s own keys', () => {
  it('names a key that is no setting, with the setting it probably meant, and a key given twice', () => {
    expect(open('queue', 'queue.requestss=5000').notices).toEqual(['The link’s “queue.requestss” is not a setting here (did you mean “Requests”, queue.requests?); ignored']);
    expect(open('queue', 'queue.REQUESTS=5000').notices).toEqual(['The link’s “queue.REQUESTS” is not a setting here (did you mean “Requests”, queue.requests?); ignored']);
    const twice = open('queue', 'queue.requests=100000&queue.requests=abc');
    expect(twice.params.requests).toBe(100_000);
    expect(twice.notices).toEqual(['The link gives “Requests” 2 times (“100000”, “abc”); using the first']);
    // another simulation's keys and the page's own are none of its business
    expect(open('queue', 'lb.servers=3&utm_source=x').notices).toEqual([]);
  });
});

describe('the link’s actions, against the setup and the run’s length', () => {
  it('drops a server the setup does not have, and a time after the run ends', () => {
    expect(open('lb', 'lb.act=kill99@5000').notices).toEqual(['The link’s action “kill99@5000” names server 99, but this setup has 4 servers (1 to 4); dropped']);
    const late = open('lb', 'lb.act=kill2@1e300,kill3@5000');
    expect(late.scheduled).toEqual([{ atMs: 5000, action: { type: 'kill', server: 2 } }]);
    expect(late.notices).toEqual([expect.stringMatching(/^The link’s action “kill2@1e300” comes after the run ends \(at about .+\); dropped$/)]);
    expect(open('sessions', 'sessions.act=kill13@1000').notices).toEqual([expect.stringMatching(/^The link’s action “kill13@1000” names server 13, but this setup has \d+ servers/)]);
    const system = open('system', 'system.act=kill50@1000,cache-restart@1e300');
    expect(system.scheduled).toEqual([]);
    expect(system.notices).toHaveLength(2);
  });

  it('counts servers added earlier in the log, and a fault only where the architecture has its part', () => {
    expect(open('sessions', 'sessions.servers=3&sessions.act=add@1000,kill4@2000').scheduled).toHaveLength(2);
    expect(open('sessions', 'sessions.servers=3&sessions.act=kill4@500,add@1000').notices).toHaveLength(1);
    const oneBox = open('system', 'system.stage=one-box&system.act=cache-restart@1000,primary-fail@2000,kill1@3000');
    expect(oneBox.scheduled).toEqual([]);
    expect(oneBox.notices.join('\n')).toContain('this setup has no cache');
    expect(oneBox.notices.join('\n')).toContain('no separate database');
  });
});

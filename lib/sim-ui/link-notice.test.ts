import { describe, expect, it } from 'vitest';
import { loadBalancerSim } from '@/components/sims/lb/definition';
import { queueSim } from '@/components/sims/queue/definition';
import { sessionSim } from '@/components/sims/sessions/definition';
import { describeParams } from '@/lib/sim/params';
import type { Params, SimDefinition } from './definition';
import { decodeParams } from './url-state';

/** The notices a link gives on a simulation's playground. */
function notices(def: SimDefinition<Params, unknown>, link: Record<string, string>): string[] {
  const fields = describeParams(def.schema);
  const base = def.schema.parse(def.defaults ?? {}) as Params;
  return decodeParams(def.schema, fields, (k) => link[k] ?? null, base, def.id, def.ui).problems;
}

const lb = loadBalancerSim as unknown as SimDefinition<Params, unknown>;
const sessions = sessionSim as unknown as SimDefinition<Params, unknown>;
const queue = queueSim as unknown as SimDefinition<Params, unknown>;

describe('tampered share links: notices in the learner’s words', () => {
  it('names the control by its label and gives the slider’s range, not the schema’s', () => {
    const [n] = notices(lb, { 'lb.servers': '5000' });
    expect(n).toBe('The link set “Servers” to 5000, but it goes from 1 to 32 servers; using 4 servers');
    expect(notices(sessions, { 'sessions.servers': '-3' })[0]).toContain('from 1 to 12 servers');
  });

  it('never speaks of schema paths or types', () => {
    const [n] = notices(lb, { 'lb.serverSpeeds': '1,,2' });
    expect(n).not.toMatch(/serverSpeeds|\[\d\]|required|\(number\)/);
    expect(n).toContain('“Server speeds”');
    expect(n).toContain('not a list of numbers');
  });

  it('counts servers from 1 in an index notice, also when only the number of servers rules it out', () => {
    expect(notices(lb, { 'lb.servers': '4', 'lb.failServer': '70' })).toEqual(['The link set “Fail server” to 71, but it goes from server 1 to server 4; using off']);
    expect(notices(lb, { 'lb.failServer': '5000' })[0]).toBe('The link set “Fail server” to 5001, but it goes from server 1 to server 4; using off');
  });

  it('says which rule between settings a list breaks', () => {
    expect(notices(lb, { 'lb.serverSpeeds': '1,1,1,1,0.5' })).toEqual([
      'The link set “Server speeds” to “1,1,1,1,0.5”, which does not fit the other settings (it has 5 entries but there are 4 servers: give between 0 and 4 speeds); using the default',
    ]);
  });

  it('keeps the rest of the link when one value clashes with another setting', () => {
    const fields = describeParams(lb.schema);
    const base = lb.schema.parse(lb.defaults ?? {}) as Params;
    const link: Record<string, string> = { 'lb.servers': '3', 'lb.failServer': '5', 'lb.arrivalRate': '200' };
    const r = decodeParams(lb.schema, fields, (k) => link[k] ?? null, base, 'lb', lb.ui);
    expect(r.params.servers).toBe(3);
    expect(r.params.arrivalRate).toBe(200);
    expect(r.params.failServer ?? null).toBeNull();
    expect(r.problems).toEqual(['The link set “Fail server” to 6, but it goes from server 1 to server 3; using off']);
  });

  it('says when a value is not a number, or not one of the choices', () => {
    expect(notices(queue, { 'queue.arrivalRate': 'abc' })[0]).toBe('The link set “Arrival rate” to “abc”, which is not a number (it goes from 1 to 4,000 req/s); using 80 req/s');
    expect(notices(queue, { 'queue.serviceDist': 'telepathy' })[0]).toMatch(/^The link set “.+” to “telepathy”, but it can only be exponential, /);
    expect(notices(queue, { 'queue.workers': '-5' })[0]).toBe('The link set “Workers” to -5, but it goes from 1 to 16 workers; using 1 worker');
  });

  it('uses every good value from the same link', () => {
    const fields = describeParams(queue.schema);
    const base = queue.schema.parse({}) as Params;
    const link: Record<string, string> = { 'queue.workers': '-5', 'queue.arrivalRate': '120' };
    const r = decodeParams(queue.schema, fields, (k) => link[k] ?? null, base, 'queue', queue.ui);
    expect(r.params.arrivalRate).toBe(120);
    expect(r.params.workers).toBe(1);
    expect(r.problems).toHaveLength(1);
  });
});

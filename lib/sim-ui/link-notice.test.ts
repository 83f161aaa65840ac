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
    const [n] = notices(lb, { 'lb.servers': '100' });
    expect(n).toBe('The link set “Servers” to 100, but it goes from 1 to 32 servers; using 4 servers');
    expect(notices(sessions, { 'sessions.servers': '40' })[0]).toContain('from 1 to 12 servers');
  });

  it('never speaks of schema paths or types', () => {
    const [n] = notices(lb, { 'lb.serverSpeeds': '1,,2' });
    expect(n).not.toMatch(/serverSpeeds|\[\d\]|required|\(number\)/);
    expect(n).toContain('“Server speeds”');
    expect(n).toContain('not a list of numbers');
  });

  it('counts servers from 1 in an index notice', () => {
    const [n] = notices(lb, { 'lb.servers': '4', 'lb.failServer': '70' });
    expect(n).toBe('The link set “Fail server” to 71, but it goes from server 1 to server 4; using off');
  });

  it('says when a value is not a number, or not one of the choices', () => {
    expect(notices(queue, { 'queue.arrivalRate': 'abc' })[0]).toBe('The link set “Arrival rate” to “abc”, which is not a number (it goes from 1 to 400 req/s); using 80 req/s');
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

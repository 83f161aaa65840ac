import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designSchema, type DesignInput } from './schema';
import { arbitraryDesignInput } from './test-support';

const shortener = (): DesignInput => JSON.parse(readFileSync('examples/designs/url-shortener.json', 'utf8')) as DesignInput;

/** The issues of an input, as "path: message". */
function issues(input: unknown): string[] {
  const r = designSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** A copy of the URL shortener with one change. */
function edit(f: (d: DesignInput & Record<string, unknown>) => void): unknown {
  const d = shortener() as DesignInput & Record<string, unknown>;
  f(d);
  return d;
}

describe('designSchema', () => {
  it('parses the example, and a parsed design parses again to itself (round trip through JSON)', () => {
    const once = designSchema.parse(shortener());
    expect(designSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });

  it('round-trips every generated valid design', () => {
    fc.assert(
      fc.property(arbitraryDesignInput(), (input) => {
        const r = designSchema.safeParse(input);
        expect(r.success ? [] : r.error.issues).toEqual([]);
        if (r.success) expect(designSchema.parse(JSON.parse(JSON.stringify(r.data)))).toEqual(r.data);
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  it('names the JSON path and what is allowed', () => {
    expect(issues(edit((d) => (d.version = 2 as 1)))).toEqual(['version: must be 1 (the only design format version)']);
    expect(issues(edit((d) => (d.colour = 'red')))[0]).toMatch(/^: Unrecognized key: "colour"/);
    expect(issues(edit((d) => ((d.components[2] as Record<string, unknown>).machines = 0)))[0]).toMatch(/^components\.2\.machines: .*>=1/);
    expect(issues(edit((d) => ((d.components[1] as Record<string, unknown>).algorithm = 'telepathy')))[0]).toMatch(/^components\.1\.algorithm: .*"round-robin"/);
    expect(issues(edit((d) => ((d.components[1] as Record<string, unknown>).kind = 'router')))[0]).toMatch(/^components\.1\.kind: .*'client' \| 'cdn'/);
  });

  it('checks paths: a write to a replica, a missing arrow, a loop, a pool without a balancer, shares', () => {
    expect(issues(edit((d) => (d.classes[1]!.path[2] = { to: 'db', op: 'write', node: 'replica', ms: 15 })))).toEqual([
      "classes.1.path.2.node: Writes must go to the primary: 'create a link' step 3 writes to a replica",
    ]);
    expect(issues(edit((d) => (d.connections = d.connections.filter((a) => !(a.from === 'app' && a.to === 'cache')))))).toEqual([
      "classes.0.path.2.to: 'open a short link' step 3 goes from 'App servers' to 'Link cache', but no arrow connects them",
    ]);
    expect(issues(edit((d) => d.classes[1]!.path.push({ to: 'app', ms: 1 })))).toContain("classes.1.path.3.to: 'create a link' step 4 visits 'App servers' a second time; a path may not loop");
    expect(issues(edit((d) => (d.classes[1]!.path = d.classes[1]!.path.slice(1))))).toContain(
      "classes.1.path.0.to: 'create a link' step 1 reaches 'App servers', which has 4 machines, without a load balancer in front (add an lb step before it, or use 1 machine)",
    );
    expect(issues(edit((d) => (d.classes[0]!.share = 0.9)))).toEqual(["classes: the classes' shares add up to 0.95; they must add up to 1"]);
  });

  it('checks sessions: a session step only at a cache of a class that uses sessions', () => {
    expect(issues(edit((d) => (d.classes[0]!.path[3] = { to: 'db', op: 'read', node: 'replica', ms: 8, session: true })))).toEqual([
      "classes.0.path.3.session: 'open a short link' step 4: only a cache can be the session store",
      "classes.0.path.3.session: 'open a short link' step 4 is a session step, but 'open a short link' does nothing with sessions (set the class's session to create or require)",
    ]);
    expect(issues(edit((d) => (d.classes[0]!.session = 'require')))).toEqual([]);
  });

  it('checks faults against the components they hit', () => {
    expect(issues(edit((d) => (d.faults = [{ type: 'fail-primary', target: 'cache', atHour: 12 }])))).toEqual([
      'faults.0.target: fail-primary needs a database component, got \'cache\' (allowed: db)',
    ]);
    expect(issues(edit((d) => (d.faults = [{ type: 'kill-machine', target: 'app', machine: 9, atHour: 12 }])))).toEqual([
      "faults.0.machine: must be between 0 and 3 ('App servers' has 4, numbered from 0), got 9",
    ]);
  });
});

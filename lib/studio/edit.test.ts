import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designSchema, type Design } from '@/lib/sim/design/schema';
import { starterDesign } from './blank';
import { addClass, addComponent, addStep, connect, disconnect, moveStep, normalizeShares, removeComponent, removeStep, updateStep } from './edit';
import { checkStudioDesign, issuesFor } from './issues';

const example = () => designSchema.parse(JSON.parse(readFileSync('examples/designs/url-shortener.json', 'utf8'))) as Design;

/** Taps on the palette, each with the last added component selected. */
function threeTier(): Design {
  let d = starterDesign();
  let at = d.components[0]!.id;
  for (const kind of ['lb', 'service', 'database'] as const) {
    const r = addComponent(d, kind, { after: at });
    d = r.design;
    at = r.created!;
  }
  return d;
}

describe('palette taps', () => {
  it('the starter design says what it lacks, in words, where it lacks it', () => {
    const r = checkStudioDesign(starterDesign());
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.message)).toEqual([
      'A design needs the clients and at least one component they send requests to: add one from the palette',
      "'request' has no steps yet: add the first component its requests visit",
    ]);
    expect(issuesFor(r.issues, { type: 'class', id: 'request' })).toHaveLength(1);
  });

  it('adding after the selected component draws the arrow and extends the paths that end there: three taps make a valid three-tier design', () => {
    const d = threeTier();
    expect(d.connections).toEqual([
      { from: 'users', to: 'lb' },
      { from: 'lb', to: 'app' },
      { from: 'app', to: 'db' },
    ]);
    expect(d.classes[0]!.path.map((s) => `${s.to}:${s.op}`)).toEqual(['lb:call', 'app:call', 'db:read']);
    expect(checkStudioDesign(d)).toMatchObject({ ok: true, issues: [] });
  });

  it('adding into an arrow splits it and every path that took it visits the new component (a write at a cache invalidates)', () => {
    let d = threeTier();
    d = addClass(d).design;
    d = updateStep(d, 'request-2', 2, { op: 'write', ms: 12 });
    d = { ...d, classes: d.classes.map((k) => ({ ...k, share: k.id === 'request' ? 0.9 : 0.1 })) };
    const r = addComponent(d, 'cache', { between: { from: 'app', to: 'db' } });
    expect(r.note).toBe("Added Cache between App servers and Database; 'request', 'request 2' visit it on the way");
    expect(r.design.connections).toContainEqual({ from: 'app', to: 'cache' });
    expect(r.design.connections).toContainEqual({ from: 'cache', to: 'db' });
    expect(r.design.connections).not.toContainEqual({ from: 'app', to: 'db' });
    expect(r.design.classes[1]!.path[2]).toEqual({ to: 'cache', op: 'write', onWrite: 'invalidate' });
    expect(checkStudioDesign(r.design).ok).toBe(true);
  });
});

describe('edits keep references tidy', () => {
  it('removing a component removes its arrows, steps, faults and position', () => {
    const d0 = example();
    const d = { ...d0, layout: { cache: { x: 1, y: 2 } }, faults: [{ type: 'restart-cache' as const, atHour: 12, target: 'cache' }] };
    const r = removeComponent(d, 'cache');
    expect(r.note).toBe('Removed Link cache (2 arrows, 1 path step)');
    expect(r.design.layout).toBeUndefined();
    expect(r.design.faults).toEqual([]);
    expect(JSON.stringify(r.design)).not.toContain('"cache"');
    // the 'open' path now goes app → db directly, which the example's arrows allow
    expect(checkStudioDesign(r.design).ok).toBe(true);
  });

  it('a path that loses its arrow is reported at the step, naming class and components', () => {
    const d = disconnect(example(), 'app', 'db').design;
    const r = checkStudioDesign(d);
    expect(issuesFor(r.issues, { type: 'class', id: 'create', step: 2 }).map((i) => i.message)).toEqual(["'create a link' step 3 goes from 'App servers' to 'Links database', but no arrow connects them"]);
  });

  it('a write to a replica is reported at its step in the words of the CLI', () => {
    const d = updateStep(example(), 'create', 2, { node: 'replica' });
    const r = checkStudioDesign(d);
    expect(issuesFor(r.issues, { type: 'class', id: 'create', step: 2 })[0]?.message).toBe("Writes must go to the primary: 'create a link' step 3 writes to a replica");
  });

  it('shape and cross-reference problems are listed together while a drawing is unfinished', () => {
    let d = removeStep(example(), 'create', 0);
    d = removeStep(d, 'create', 0);
    d = removeStep(d, 'create', 0);
    d = updateStep(d, 'open', 3, { node: undefined, op: 'write' });
    d = { ...d, classes: d.classes.map((k) => (k.id === 'open' ? { ...k, path: k.path.map((s, i) => (i === 2 ? { ...s, op: 'call' as const } : s)) } : k)) };
    const messages = checkStudioDesign(d).issues.map((i) => i.message);
    expect(messages).toContain("'create a link' has no steps yet: add the first component its requests visit");
    expect(messages).toContain("'open a short link' step 3 at 'Link cache' must be one of read, write, got call");
  });

  it('steps move, arrows are not doubled, shares can be made to add up to 1', () => {
    const d = example();
    expect(moveStep(d, 'open', 3, 1)).toEqual(d);
    expect(moveStep(d, 'open', 3, -1).classes[0]!.path.map((s) => s.to)).toEqual(['lb', 'app', 'db', 'cache']);
    expect(connect(d, 'app', 'db').design).toBe(d);
    const skewed = { ...d, classes: d.classes.map((k) => ({ ...k, share: 0.6 })) };
    expect(checkStudioDesign(skewed).issues[0]).toEqual({ target: { type: 'classes' }, message: "the classes' shares add up to 1.2; they must add up to 1" });
    expect(normalizeShares(skewed).classes.map((k) => k.share)).toEqual([0.5, 0.5]);
    expect(addStep(d, 'create', 'nowhere')).toBe(d);
  });
});

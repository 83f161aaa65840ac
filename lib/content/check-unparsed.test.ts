import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { componentPropSchemas } from '@/components/mdx/registry';
import { checkContent } from './check';
import { formatProblem, isError } from './problem';

const fixture = path.join(process.cwd(), 'test/fixtures/unparsed');
const ch = (name: string) => `test/fixtures/unparsed/chapters/${name}`;
const lines = (root: string) => checkContent({ root, components: componentPropSchemas }).map((p) => `${p.severity ?? 'error'} ${formatProblem(p).replace(root, 'ROOT')}`);

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});

describe('a chapter that does not parse', () => {
  it('is reported once, first, at the line of the mistake; what points at it says it was skipped', () => {
    const out = lines(fixture);
    // line 5 opens the [ that never closes (the parser notices on line 6)
    expect(out[0]).toBe(`error ${ch('01-clones.mdx')}:5:7  frontmatter YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (the [ here is never closed)`);
    expect(out.filter((l) => l.startsWith('error'))).toEqual([out[0], `error ${ch('02-database.mdx')}:12:3  broken link /learn/nowhere: no chapter with slug "nowhere" (chapters: database)`]);
    expect(out.filter((l) => l.startsWith('skipped'))).toEqual([
      `skipped ${ch('02-database.mdx')}:10:5  skipped: clones did not parse (not checked until it does: link to /learn/clones at line 10, link to /learn/clones#sessions at line 10, link to /learn/clones/ at line 10)`,
      'skipped test/fixtures/unparsed/glossary.yaml:1:1  skipped: clones did not parse (not checked until it does: entry "load-balancer", entry "sticky-session")',
    ]);
    expect(out.join('\n')).not.toMatch(/no chapter with slug "clones"|no chapter "clones"/);
  });

  it('does the same when its MDX does not parse', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prepup-unparsed-'));
    temps.push(root);
    fs.cpSync(fixture, root, { recursive: true });
    const clones = path.join(root, 'chapters/01-clones.mdx');
    fs.writeFileSync(clones, fs.readFileSync(clones, 'utf8').replace('tags: [load-balancing, sessions', 'tags: [load-balancing, sessions]').replace('Text.', '<Callout type="note">\n\nNever closed.'));
    const problems = checkContent({ root, components: componentPropSchemas });
    const errors = problems.filter(isError);
    expect(errors[0]?.message).toMatch(/^MDX syntax: Expected a closing tag for `<Callout>`/);
    expect(errors).toHaveLength(2); // the MDX error and database's own broken link
    const skipped = problems.filter((p) => p.severity === 'skipped').map((p) => p.message);
    expect(skipped).toHaveLength(2);
    expect(skipped).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^skipped: clones did not parse \(not checked until it does: link to \/learn\/clones at line 10/),
        'skipped: clones did not parse (not checked until it does: entry "load-balancer", entry "sticky-session")',
      ]),
    );
  });
});

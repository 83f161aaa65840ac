import type { RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadChapters } from './chapters';
import { diagramTextProblem, figureLayoutProblem } from './diagram-text';
import { parseMdx } from './mdx-tree';

type Node = RootContent & { name?: string };
const nodes = (mdx: string, name: string) => {
  const found: Node[] = [];
  visit(parseMdx(mdx), (n) => {
    if ((n as Node).name === name) found.push(n as Node);
  });
  return found;
};
const svg = (attrs: string, fontSize: number) => `<Figure caption="c" alt="a">\n<svg ${attrs} role="img" aria-label="x">\n  <text x="1" y="1" fontSize="${fontSize}">label</text>\n</svg>\n</Figure>`;

describe('static diagram text on a phone', () => {
  it('refuses a 680-unit drawing with 12-unit text (5.7 px at 390 px) and says how to fix it', () => {
    const [s] = nodes(svg('viewBox="0 0 680 300"', 12), 'svg');
    expect(diagramTextProblem(s as never)).toMatch(/^<svg> text "label" \(fontSize 12 in a 680-unit viewBox\) renders at 5\.7 px .* draw a phone layout/);
  });

  it('accepts a phone layout 340 units wide with 12-unit text (11.4 px), and a wide one at 11 (11.1 px at 686 px)', () => {
    expect(diagramTextProblem(nodes(svg('data-layout="phone" viewBox="0 0 340 300"', 12), 'svg')[0] as never)).toBeNull();
    expect(diagramTextProblem(nodes(svg('data-layout="wide" viewBox="0 0 680 300"', 11), 'svg')[0] as never)).toBeNull();
    expect(diagramTextProblem(nodes(svg('data-layout="phone" viewBox="0 0 340 300"', 11), 'svg')[0] as never)).toMatch(/use fontSize 12 or more/);
  });

  it('wants both layouts or neither in one figure', () => {
    const both = `<Figure caption="c" alt="a">\n<svg data-layout="wide" viewBox="0 0 680 10"></svg>\n<svg data-layout="phone" viewBox="0 0 340 10"></svg>\n</Figure>`;
    expect(figureLayoutProblem(nodes(both, 'Figure')[0]!)).toBeNull();
    expect(figureLayoutProblem(nodes(svg('data-layout="wide" viewBox="0 0 680 300"', 12), 'Figure')[0]!)).toMatch(/no data-layout="phone"/);
  });

  it('every diagram in the course reads at 11 px or more on a phone and on a laptop', () => {
    const problems: string[] = [];
    let count = 0;
    for (const c of loadChapters({ includeDrafts: true })) {
      for (const s of nodes(c.body, 'svg')) {
        count++;
        const why = diagramTextProblem(s as never);
        if (why) problems.push(`${c.slug}: ${why}`);
      }
      for (const f of nodes(c.body, 'Figure')) {
        const why = figureLayoutProblem(f);
        if (why) problems.push(`${c.slug}: ${why}`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(18); // nine diagrams, each drawn wide and for the phone
  });
});

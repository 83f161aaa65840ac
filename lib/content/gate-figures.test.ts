import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { expect, it } from 'vitest';
import { remarkGateFigures } from './gate-figures';
import { parseMdx } from './mdx-tree';

const attrs = (n: unknown) => Object.fromEntries((n as MdxJsxFlowElement).attributes.map((a) => [(a as { name: string }).name, (a as { value: unknown }).value]));

it('links each Predict to the simulation right after it, and only that one', () => {
  const tree = parseMdx('<Predict question="q?" answer={1} explanation="why." />\n\n<CacheSim />\n\ntext\n\n<Predict question="q2?" answer={1} explanation="why." />\n\ntext between\n\n<QueueSim />\n');
  remarkGateFigures()(tree);
  const [p1, sim1, , p2, , sim2] = tree.children;
  expect(attrs(p1).gateId).toBe('predict-1');
  expect(attrs(sim1).gate).toBe('predict-1');
  expect(attrs(p2).gateId).toBeUndefined();
  expect(attrs(sim2).gate).toBeUndefined();
});

import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/lib/content/chapters';
import { literalValue } from '@/lib/content/estree-literal';
import { parseMdx } from '@/lib/content/mdx-tree';
import type { ActionAt, MetricDef } from '@/lib/sim-ui/definition';
import { mainThreadBackend } from '@/lib/sim-ui/compute';
import { simDefinitions } from './definitions';
import { createSimStore } from './framework/store';
import { guessAsMetricValue } from './framework/guess-mark';

/**
 * Every numeric `<Predict metric>` in the course is graded against the figure right after it, so
 * its `answer` must be what that figure measures. Each case runs the figure as the lesson writes
 * it (its props, plus the move the question asks the learner to make) to the end and compares.
 */

type Props = Record<string, unknown>;
const props = (node: MdxJsxFlowElement): Props =>
  Object.fromEntries(
    node.attributes
      .filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute')
      .map((a) => {
        if (a.value === null || a.value === undefined) return [a.name, true];
        if (typeof a.value === 'string') return [a.name, a.value];
        const stmt = (a.value.data?.estree as { body: { expression: { type: string } }[] } | undefined)?.body[0];
        return [a.name, stmt ? literalValue(stmt.expression) : undefined];
      }),
  );

/** The move each question asks for before the number is read ("you press 'add a shard'"), by chapter and metric. */
const LEARNER_MOVES: Record<string, ActionAt[]> = {
  'clones/lostSessions': [{ atMs: 5_000, action: { type: 'kill', server: 0 } }],
  'database/keysMoved': [{ atMs: 1_000, action: { type: 'add-server' } }],
};

const byMdxName = new Map(Object.values(simDefinitions).map((d) => [d.mdxName, d]));
const cases = loadChapters({ includeDrafts: true }).flatMap((chapter) => {
  const children = (parseMdx(chapter.body) as Root).children as RootContent[];
  return children.flatMap((node, i) => {
    const next = children[i + 1];
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Predict' || next?.type !== 'mdxJsxFlowElement' || !next.name || !byMdxName.has(next.name)) return [];
    const p = props(node);
    if (p.choices || typeof p.metric !== 'string') return [];
    return [{ chapter: chapter.slug, predict: p, figure: next.name, figureProps: props(next) }];
  });
});

describe('numeric predictions match what their figure measures', () => {
  it('finds the course’s numeric predictions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const c of cases) {
    it(`${c.chapter}: "${String(c.predict.question).slice(0, 70)}…" = ${String(c.predict.answer)} ${String(c.predict.unit ?? '')}`, async () => {
      const def = byMdxName.get(c.figure)!;
      const store = createSimStore(def, { props: c.figureProps, backend: mainThreadBackend(simDefinitions) });
      for (const move of LEARNER_MOVES[`${c.chapter}/${String(c.predict.metric)}`] ?? []) store.getState().schedule(move);
      await store.getState().runToEnd();
      const metric = (def.metrics as MetricDef<unknown>[]).find((m) => m.key === c.predict.metric)!;
      const measured = metric.get(store.getState().a.snapshot);
      const answer = guessAsMetricValue(Number(c.predict.answer), String(c.predict.unit ?? ''), metric.unit);
      const tolerance = Number(c.predict.tolerance ?? 0.25);
      expect(Math.abs(measured - answer) / Math.abs(answer), `measured ${measured}`).toBeLessThanOrEqual(tolerance);
    });
  }
});

import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { IMPLEMENTED_SIMS } from './sim-catalog';

const FIGURE_NAMES = new Set(IMPLEMENTED_SIMS.map((s) => s.mdxName));

/** True for a simulation tag (a lesson figure). */
export function isFigureTag(name: string | null | undefined): boolean {
  return !!name && FIGURE_NAMES.has(name);
}

/**
 * Remark plugin: links each `<Predict>` to the simulation right after it, so the figure waits for
 * the prediction. Both get the same id (`gateId` on the Predict, `gate` on the figure).
 *
 * @example
 * // <Predict … />\n\n<CacheSim … />  →  <Predict gateId="predict-1" … /> <CacheSim gate="predict-1" … />
 */
export function remarkGateFigures() {
  return (tree: Root) => {
    let n = 0;
    const children = tree.children;
    children.forEach((node, i) => {
      const next = children[i + 1];
      if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Predict' || next?.type !== 'mdxJsxFlowElement' || !isFigureTag(next.name)) return;
      const id = `predict-${++n}`;
      (node as MdxJsxFlowElement).attributes.push({ type: 'mdxJsxAttribute', name: 'gateId', value: id });
      (next as MdxJsxFlowElement).attributes.push({ type: 'mdxJsxAttribute', name: 'gate', value: id });
    });
  };
}

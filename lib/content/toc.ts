import { headingsOf, parseMdx } from './mdx-tree';

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/**
 * The ## and ### headings of an MDX body with the ids rehype-slug gives them.
 * @example tableOfContents('## Why\n### Detail') // [{ id: 'why', text: 'Why', depth: 2 }, ...]
 */
export function tableOfContents(body: string): TocEntry[] {
  return headingsOf(parseMdx(body)).flatMap(({ id, text, depth }) => (depth === 2 || depth === 3 ? [{ id, text, depth }] : []));
}

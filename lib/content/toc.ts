import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/**
 * The ## and ### headings of an MDX body with the ids rehype-slug gives them.
 * @example tableOfContents('## Why\n### Detail') // [{ id: 'why', text: 'Why', depth: 2 }, ...]
 */
export function tableOfContents(body: string): TocEntry[] {
  const slugger = new GithubSlugger();
  const out: TocEntry[] = [];
  visit(parser.parse(body), 'heading', (h) => {
    const text = toString(h);
    const id = slugger.slug(text);
    if (h.depth === 2 || h.depth === 3) out.push({ id, text, depth: h.depth });
  });
  return out;
}

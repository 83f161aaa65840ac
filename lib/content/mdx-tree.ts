import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/**
 * The syntax tree of an MDX source (frontmatter allowed), as the content check, the table of
 * contents and the search index all read it. Throws the parser's message on a syntax error.
 * @example parseMdx('## Hello').children[0]?.type // 'heading'
 */
export function parseMdx(source: string): Root {
  return parser.parse(source);
}

export interface HeadingInfo {
  id: string;
  text: string;
  depth: Heading['depth'];
  node: Heading;
}

/**
 * Every heading in document order with the id rehype-slug will give it (GitHub's algorithm,
 * numbered on repeats) — the one place that decides heading ids for links, the TOC and search.
 * @example headingsOf(parseMdx('## A\n## A')).map((h) => h.id) // ['a', 'a-1']
 */
export function headingsOf(tree: Root): HeadingInfo[] {
  const slugger = new GithubSlugger();
  const out: HeadingInfo[] = [];
  visit(tree, 'heading', (node) => {
    const text = toString(node);
    out.push({ id: slugger.slug(text), text, depth: node.depth, node });
  });
  return out;
}

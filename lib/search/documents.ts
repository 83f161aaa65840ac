import { toString } from 'mdast-util-to-string';
import type { ChapterSource } from '@/lib/content/chapters';
import type { GlossaryEntry } from '@/lib/content/glossary';
import { headingsOf, parseMdx } from '@/lib/content/mdx-tree';
import type { SearchDoc } from './options';

/** Splits a lesson into sections at ## and ### headings; text before the first heading belongs to the chapter. */
export function chapterSections(chapter: ChapterSource): SearchDoc[] {
  const tree = parseMdx(chapter.body);
  const ids = new Map(headingsOf(tree).map((h) => [h.node, h.id]));
  const title = chapter.frontmatter.title;
  const docs: SearchDoc[] = [];
  let current: SearchDoc = { id: `${chapter.slug}#`, kind: 'section', href: `/learn/${chapter.slug}`, context: title, title, text: chapter.frontmatter.summary };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = toString(node);
      const id = ids.get(node) ?? '';
      if (node.depth === 2 || node.depth === 3) {
        docs.push(current);
        current = { id: `${chapter.slug}#${id}`, kind: 'section', href: `/learn/${chapter.slug}#${id}`, context: title, title: text, text: '' };
        continue;
      }
    }
    if (node.type === 'code' || node.type === 'yaml' || node.type === 'mdxjsEsm') continue;
    current.text += ` ${toString(node)}`;
  }
  docs.push(current);
  return docs.map((d) => ({ ...d, text: d.text.replace(/\s+/g, ' ').trim() }));
}

/** Every searchable thing on the site: lesson sections, interview questions and glossary entries. */
export function searchDocuments(chapters: ChapterSource[], glossary: GlossaryEntry[]): SearchDoc[] {
  const docs = chapters.flatMap((c) => [
    ...chapterSections(c),
    ...c.frontmatter.questions.map<SearchDoc>((q) => ({
      id: `q:${q.id}`,
      kind: 'question',
      href: `/learn/${c.slug}#q-${q.id}`,
      context: c.frontmatter.title,
      title: q.question,
      text: `${q.answer} ${q.listenFor.join(' ')} ${q.tags.join(' ')}`,
    })),
  ]);
  for (const g of glossary) {
    docs.push({ id: `g:${g.id}`, kind: 'glossary', href: `/glossary#${g.id}`, context: 'Glossary', title: g.term, text: g.definition });
  }
  return docs;
}

import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { getChapters } from '@/lib/content';
import type { ChapterSource } from '@/lib/content/chapters';
import { loadGlossary } from '@/lib/content/glossary';
import { chapterSections, searchDocuments } from './documents';
import { querySettings, searchOptions, type SearchDoc } from './options';
import { SYNONYMS, withSynonyms } from './synonyms';

const chapter = (body: string): ChapterSource => ({
  slug: 'clones',
  file: 'content/chapters/01-clones.mdx',
  absPath: '/x',
  body,
  bodyStartLine: 1,
  minutes: 1,
  words: 1,
  frontmatter: {
    title: 'Clones',
    summary: 'Identical servers.',
    order: 1,
    objectives: ['x'],
    draft: false,
    tags: [],
    questions: [
      { id: 'clones-q', question: 'Why do sessions break?', answer: 'Because the session lives in one server memory only.', listenFor: ['memory'], wrongAnswer: 'Bad luck.', difficulty: 'easy', tags: ['sessions'] },
    ],
  },
});

describe('search documents', () => {
  it('splits a lesson at headings, with the ids rehype-slug gives them', () => {
    const docs = chapterSections(chapter('Intro text.\n\n## Sticky sessions\n\nPinned users.\n\n```ts\nconst code = 1;\n```\n\n### Costs\n\n<Callout>Uneven load.</Callout>'));
    expect(docs.map((d) => [d.href, d.title, d.text])).toEqual([
      ['/learn/clones', 'Clones', 'Identical servers. Intro text.'],
      ['/learn/clones#sticky-sessions', 'Sticky sessions', 'Pinned users.'],
      ['/learn/clones#costs', 'Costs', 'Uneven load.'],
    ]);
  });

  it('finds a section by a word in its heading, and questions and glossary entries', () => {
    const docs = searchDocuments([chapter('## Sticky sessions\n\nPinned users.')], [
      { id: 'ttl', term: 'TTL', definition: 'How long a cached entry may live.', see: [] },
    ]);
    const index = new MiniSearch<SearchDoc>(searchOptions);
    index.addAll(docs);
    const reloaded = MiniSearch.loadJSON<SearchDoc>(JSON.stringify(index), searchOptions);
    expect(reloaded.search('sticky', querySettings)[0]?.href).toBe('/learn/clones#sticky-sessions');
    expect(reloaded.search('sessions break', querySettings)[0]?.href).toBe('/learn/clones#q-clones-q');
    expect(reloaded.search('cached entry', querySettings)[0]?.href).toBe('/glossary#ttl');
  });
});

describe('synonyms, on the real course', () => {
  const index = new MiniSearch<SearchDoc>(searchOptions);
  index.addAll(searchDocuments(getChapters(), loadGlossary()));
  const titles = (q: string) => index.search(withSynonyms(q), querySettings).map((h) => String(h.title));

  it('"thundering herd" and "dog-piling" find the cache stampede, as "stampede" does', () => {
    for (const q of ['thundering herd', 'Thundering herd', 'dog-piling', 'dogpile', 'stampede']) {
      expect(titles(q), q).toContain('Cache stampede');
    }
    // Without the synonyms the course has no such words: the test is about the synonyms.
    expect(index.search('thundering herd', querySettings)).toEqual([]);
  });

  it('keeps every word of an alternative: "thundering herd" does not match pages that only share a word', () => {
    expect(withSynonyms('thundering herd')).toEqual({
      combineWith: 'OR',
      queries: ['thundering herd', 'stampede', 'dog piling', 'dogpile'].map((text) => ({ combineWith: 'AND', queries: [text] })),
    });
    expect(withSynonyms('sticky')).toBe('sticky');
  });

  it('every name of every idea finds something', () => {
    for (const group of SYNONYMS) for (const name of group) expect(titles(name).length, name).toBeGreaterThan(0);
  });
});

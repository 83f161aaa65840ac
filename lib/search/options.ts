import type { Options, SearchOptions } from 'minisearch';

/** One searchable unit: a lesson section, an interview question or a glossary entry. */
export interface SearchDoc {
  id: string;
  kind: 'section' | 'question' | 'glossary';
  /** Where the result leads, with its anchor. */
  href: string;
  /** The chapter (or "Glossary") the result belongs to. */
  context: string;
  /** The matching heading, question or term. */
  title: string;
  text: string;
}

/** Shared by the build (indexing) and the browser (loading): MiniSearch needs the same options on both sides. */
export const searchOptions: Options<SearchDoc> = {
  fields: ['title', 'text', 'context'],
  storeFields: ['kind', 'href', 'context', 'title'],
};

export const querySettings: SearchOptions = {
  prefix: true,
  fuzzy: 0.2,
  boost: { title: 3, context: 1.5 },
  combineWith: 'AND',
  // Lesson sections first: a learner searching a concept wants the place that teaches it.
  boostDocument: (_id, _term, stored) => (stored?.kind === 'section' ? 1.5 : 1),
};

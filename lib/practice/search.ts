import MiniSearch from 'minisearch';
import type { BankQuestion } from './bank';

/**
 * A full-text index over the bank (question, answer, listen-for points, tags, chapter), built in
 * the browser from the bank passed as props. Prefix and fuzzy matching forgive typos.
 *
 * @example
 * searchQuestions(buildQuestionIndex(bank.questions), 'sticky sesions'); // ids, best first
 */
export function buildQuestionIndex(questions: readonly BankQuestion[]): MiniSearch<BankQuestion> {
  const index = new MiniSearch<BankQuestion>({
    fields: ['question', 'answer', 'listenFor', 'tags', 'chapterTitle'],
    storeFields: [],
    extractField: (doc, field) => {
      if (field === 'listenFor') return doc.listenFor.join(' ');
      if (field === 'tags') return doc.tags.join(' ').replace(/-/g, ' ');
      if (field === 'chapterTitle') return doc.chapter.title;
      const v = (doc as unknown as Record<string, unknown>)[field];
      return typeof v === 'string' ? v : '';
    },
    searchOptions: { boost: { question: 3, listenFor: 2, tags: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(questions);
  return index;
}

/** Ids of the questions matching `query`, best first (empty query: null, meaning "no search"). */
export function searchQuestions(index: MiniSearch<BankQuestion>, query: string): string[] | null {
  const q = query.trim();
  if (!q) return null;
  return index.search(q).map((r) => String(r.id));
}

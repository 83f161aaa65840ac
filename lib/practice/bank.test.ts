import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChapters, type ChapterSource } from '@/lib/content/chapters';
import type { Question } from '@/lib/content/schema';
import { collectQuestionBank, filterQuestions, kindOf, type BankQuestion } from './bank';
import { buildQuestionIndex, searchQuestions } from './search';

const q = (id: string, extra: Partial<Question> = {}): Question => ({
  id,
  question: `What about ${id}, exactly?`,
  answer: 'A model answer that is long enough to pass the schema check for answers.',
  listenFor: ['a point'],
  wrongAnswer: 'A wrong answer here.',
  difficulty: 'easy',
  tags: [],
  ...extra,
});
const ch = (slug: string, order: number, questions: Question[]) =>
  ({ slug, file: `content/chapters/0${order}-${slug}.mdx`, frontmatter: { title: slug.toUpperCase(), order, questions } }) as unknown as ChapterSource;

describe('question bank', () => {
  it('collects every question in course order with its chapter, chapters and tags', () => {
    const bank = collectQuestionBank([ch('cache', 3, [q('c1', { tags: ['ttl', 'lru'] })]), ch('clones', 1, [q('k1', { tags: ['lb'] }), q('k2', { difficulty: 'hard' })])]);
    expect(bank.questions.map((x) => x.id)).toEqual(['k1', 'k2', 'c1']);
    expect(bank.questions[2]!.chapter).toEqual({ slug: 'cache', title: 'CACHE', order: 3 });
    expect(bank.chapters.map((c) => [c.slug, c.questionIds])).toEqual([['clones', ['k1', 'k2']], ['cache', ['c1']]]);
    expect(bank.tags).toEqual(['lb', 'lru', 'ttl']);
    expect(filterQuestions(bank.questions, { chapter: 'clones', tag: '', difficulty: 'hard' }).map((x) => x.id)).toEqual(['k2']);
    expect(filterQuestions(bank.questions, { chapter: '', tag: 'lru', difficulty: '' }).map((x) => x.id)).toEqual(['c1']);
  });

  it('refuses two questions with one id (they would share a schedule)', () => {
    expect(() => collectQuestionBank([ch('a', 1, [q('same')]), ch('b', 2, [q('same')])])).toThrow(/duplicate question id "same"/);
  });

  it('collects the real chapters: every question has the fields the cards show', () => {
    const chapters = loadChapters({ dir: path.join(process.cwd(), 'content/chapters'), includeDrafts: false });
    const bank = collectQuestionBank(chapters);
    expect(bank.questions.length).toBe(chapters.reduce((n, c) => n + c.frontmatter.questions.length, 0));
    for (const x of bank.questions) {
      expect(x.answer.length).toBeGreaterThan(0);
      expect(x.listenFor.length).toBeGreaterThan(0);
      expect(x.wrongAnswer.length).toBeGreaterThan(0);
    }
  });

  it('searches question, answer and tags, forgiving a typo', () => {
    const bank = collectQuestionBank([ch('clones', 1, [q('sticky', { question: 'Why do sticky sessions hurt failover?', tags: ['sessions'] }), q('other')])]);
    const index = buildQuestionIndex(bank.questions);
    expect(searchQuestions(index, 'stiky sesions')).toEqual(['sticky']);
    expect(searchQuestions(index, '  ')).toBeNull();
  });
});

describe('design problems in the bank', () => {
  it('filters by kind; a question without one is a concept question', () => {
    const base = { answer: 'x'.repeat(40), listenFor: ['abc'], wrongAnswer: 'a wrong answer', difficulty: 'hard' as const, tags: [], chapter: { slug: 'a', title: 'A', order: 0 } };
    const qs = [
      { ...base, id: 'c', question: 'Explain a concept please' },
      { ...base, id: 'd', question: 'Design a link shortener', kind: 'design' },
    ] as BankQuestion[];
    expect(kindOf(qs[0]!)).toBe('concept');
    expect(filterQuestions(qs, { chapter: '', tag: '', difficulty: '', kind: 'design' }).map((q) => q.id)).toEqual(['d']);
    expect(filterQuestions(qs, { chapter: '', tag: '', difficulty: '', kind: 'concept' }).map((q) => q.id)).toEqual(['c']);
    expect(filterQuestions(qs, { chapter: '', tag: '', difficulty: '' })).toHaveLength(2);
  });
});

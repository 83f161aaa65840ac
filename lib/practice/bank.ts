import type { ChapterSource } from '@/lib/content/chapters';
import type { Question } from '@/lib/content/schema';

/** One question of the practice bank: the chapter's structured question plus where it comes from. */
export interface BankQuestion extends Question {
  chapter: { slug: string; title: string; order: number };
}

/** A chapter as the practice pages list it. */
export interface BankChapter {
  slug: string;
  title: string;
  order: number;
  questionIds: string[];
}

/** Everything the practice pages need, small enough to pass to client components as props. */
export interface QuestionBank {
  questions: BankQuestion[];
  chapters: BankChapter[];
  /** Every tag used, sorted. */
  tags: string[];
}

/**
 * Collects every chapter's frontmatter questions, in course order. The frontmatter schema and the
 * content check already validated each field; a duplicate id would make two questions share one
 * review schedule, so it is an error here too.
 *
 * @example
 * collectQuestionBank(loadChapters()).questions[0]?.chapter.slug; // 'scaling-up-vs-out'
 */
export function collectQuestionBank(chapters: readonly Pick<ChapterSource, 'slug' | 'file' | 'frontmatter'>[]): QuestionBank {
  const questions: BankQuestion[] = [];
  const owner = new Map<string, string>();
  const ordered = [...chapters].sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  for (const ch of ordered) {
    for (const q of ch.frontmatter.questions) {
      const other = owner.get(q.id);
      if (other) throw new Error(`duplicate question id "${q.id}" in ${ch.file} and ${other}`);
      owner.set(q.id, ch.file);
      questions.push({ ...q, chapter: { slug: ch.slug, title: ch.frontmatter.title, order: ch.frontmatter.order } });
    }
  }
  return {
    questions,
    chapters: ordered.map((ch) => ({
      slug: ch.slug,
      title: ch.frontmatter.title,
      order: ch.frontmatter.order,
      questionIds: ch.frontmatter.questions.map((q) => q.id),
    })),
    tags: [...new Set(questions.flatMap((q) => q.tags))].sort(),
  };
}

/** What a question asks for: a concept to explain, or an open design problem worked end to end. */
export type BankQuestionKind = 'concept' | 'design';

/** A question's kind: 'design' when its frontmatter says `kind: design`, else 'concept' (the default). */
export function kindOf(q: object): BankQuestionKind {
  return 'kind' in q && q.kind === 'design' ? 'design' : 'concept';
}

/** Filters for the question list; empty strings mean "any". */
export interface BankFilter {
  chapter: string;
  tag: string;
  difficulty: '' | Question['difficulty'];
  kind?: '' | BankQuestionKind;
}

/** The questions matching every filter, in bank order. */
export function filterQuestions(questions: readonly BankQuestion[], f: BankFilter): BankQuestion[] {
  return questions.filter((q) => (!f.chapter || q.chapter.slug === f.chapter) && (!f.tag || q.tags.includes(f.tag)) && (!f.difficulty || q.difficulty === f.difficulty) && (!f.kind || kindOf(q) === f.kind));
}

import type { ChapterSource } from './chapters';
import type { ContentProblem } from './problem';
import { SCAFFOLD_PLACEHOLDERS } from './scaffold';

/** The model-answer length the authoring guide asks for, in words. */
export const ANSWER_WORDS = { min: 80, max: 200 } as const;

/** Words as the reading-time estimate counts them. */
export function countWords(text: string): number {
  return (text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? []).length;
}

/** 1-based line of the first line at or after `fromLine` that matches `test`, or `fromLine`. */
function findLine(lines: string[], fromLine: number, test: (line: string) => boolean): number {
  const i = lines.findIndex((l, n) => n + 1 >= fromLine && test(l));
  return i < 0 ? fromLine : i + 1;
}

/**
 * What keeps a chapter from being published, beyond its schema: scaffold text left in
 * (`npm run new:chapter` instructions such as "Replace this with a model answer…") and model
 * answers outside 80–200 words. Drafts are exempt: a fresh scaffold is a draft and must pass.
 *
 * @example publishProblems(chapter, source) // [{ file, line: 14, column: 1, message: 'question "x": …' }]
 */
export function publishProblems(chapter: ChapterSource, source: string): ContentProblem[] {
  if (chapter.frontmatter.draft) return [];
  const lines = source.split(/\r?\n/);
  const problems: ContentProblem[] = [];
  lines.forEach((line, i) => {
    for (const text of SCAFFOLD_PLACEHOLDERS) {
      const column = line.indexOf(text);
      if (column >= 0) problems.push({ file: chapter.file, line: i + 1, column: column + 1, message: `scaffold text left in a published chapter: "${text.replace(/\.$/, '')}…" — write the real text, or set draft: true` });
    }
  });
  for (const q of chapter.frontmatter.questions) {
    const words = countWords(q.answer);
    if (words >= ANSWER_WORDS.min && words <= ANSWER_WORDS.max) continue;
    const idLine = findLine(lines, 1, (l) => new RegExp(`^\\s*-?\\s*id:\\s*['"]?${q.id}['"]?\\s*$`).test(l));
    const line = findLine(lines, idLine, (l) => /^\s*answer:/.test(l));
    problems.push({ file: chapter.file, line, column: 1, message: `question "${q.id}": the model answer has ${words} words; write ${ANSWER_WORDS.min}–${ANSWER_WORDS.max}` });
  }
  return problems;
}

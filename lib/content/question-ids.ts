import fs from 'node:fs';
import type { ChapterSource } from './chapters';
import type { ContentProblem } from './problem';

function lineOfId(ch: Pick<ChapterSource, 'absPath'>, id: string): number {
  let lines: string[] = [];
  try {
    lines = fs.readFileSync(ch.absPath, 'utf8').split(/\r?\n/);
  } catch {
    return 1;
  }
  const i = lines.findIndex((l) => new RegExp(`^\\s*-?\\s*id:\\s*['"]?${id}['"]?\\s*$`).test(l));
  return i < 0 ? 1 : i + 1;
}

/**
 * Question ids used by more than one chapter (or twice in one). Every chapter involved gets a
 * problem at the id's line, so in the dev server each of them shows the error on its own page and
 * is left out of the question bank, while every other page keeps working. Two questions with one id
 * would share one review schedule, so a build fails on it.
 *
 * @example duplicateQuestionProblems(chapters) // [{ file: 'content/chapters/01-clones.mdx', line: 40, column: 1, message: 'duplicate question id "x": …' }, …]
 */
export function duplicateQuestionProblems(chapters: readonly Pick<ChapterSource, 'file' | 'absPath' | 'frontmatter'>[]): ContentProblem[] {
  const owners = new Map<string, (typeof chapters)[number][]>();
  for (const ch of chapters) for (const q of ch.frontmatter.questions) owners.set(q.id, [...(owners.get(q.id) ?? []), ch]);
  const problems: ContentProblem[] = [];
  for (const [id, chs] of owners) {
    if (chs.length < 2) continue;
    for (const ch of new Set(chs)) {
      const others = [...new Set(chs.map((c) => c.file))].filter((f) => f !== ch.file);
      const where = others.length ? `${others.join(', ')} has it too` : 'used twice in this chapter';
      problems.push({ file: ch.file, line: lineOfId(ch, id), column: 1, message: `duplicate question id "${id}": ${where}` });
    }
  }
  return problems;
}

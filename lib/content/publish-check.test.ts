import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { componentPropSchemas } from '@/components/mdx/registry';
import { checkContent } from './check';
import { formatProblem } from './problem';
import { scaffoldChapter } from './scaffold';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});

function courseWithScaffold(): { root: string; file: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prepup-publish-'));
  temps.push(root);
  fs.cpSync(path.join(process.cwd(), 'test/fixtures/valid'), root, { recursive: true });
  const { file } = scaffoldChapter('Consistent hashing', path.join(root, 'chapters'));
  return { root, file };
}

const problemsIn = (root: string, file: string) =>
  checkContent({ root, components: componentPropSchemas })
    .filter((p) => p.file.endsWith(path.basename(file)))
    .map(formatProblem);

describe('publishing a scaffolded chapter', () => {
  it('passes while it is a draft', () => {
    const { root, file } = courseWithScaffold();
    expect(problemsIn(root, file)).toEqual([]);
  });

  it('fails with file:line for every scaffold sentence and the short model answer once draft is removed', () => {
    const { root, file } = courseWithScaffold();
    const source = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, source.replace(/^draft: true.*\n/m, ''));
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    const problems = problemsIn(root, file);
    const name = path.basename(file);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`${name}:${lineOf('Replace this with a model answer')}:\\d+  scaffold text left in a published chapter: "Replace this with a model answer…"`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`${name}:${lineOf('wrongAnswer')}:\\d+  scaffold text .*common wrong answer`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`${name}:${lineOf('Tell the story')}:\\d+  scaffold text`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`${name}:${lineOf('answer: |')}:1  question "consistent-hashing-what-and-why": the model answer has \\d+ words; write 80–200`)));
  });

  it('fails an answer longer than 200 words in a published chapter', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prepup-publish-'));
    temps.push(root);
    fs.cpSync(path.join(process.cwd(), 'test/fixtures/valid'), root, { recursive: true });
    const file = path.join(root, 'chapters', '01-first-steps.mdx');
    const source = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, source.replace('which is why this answer runs to more than eighty words.', `${'and more words '.repeat(60)}to be too long.`));
    expect(problemsIn(root, file)).toEqual([expect.stringMatching(/01-first-steps\.mdx:11:1 {2}question "first-steps-why": the model answer has \d{3} words; write 80–200/)]);
  });
});

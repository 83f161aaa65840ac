import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectQuestionBank } from '@/lib/practice/bank';
import { loadChaptersLenient } from './chapters';
import { formatProblem } from './problem';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});

/** The valid fixtures plus a third chapter that reuses the first chapter's question id. */
function courseWithDuplicateId(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prepup-dup-'));
  temps.push(root);
  fs.cpSync(path.join(process.cwd(), 'test/fixtures/valid'), root, { recursive: true });
  const first = fs.readFileSync(path.join(root, 'chapters', '01-first-steps.mdx'), 'utf8');
  fs.writeFileSync(path.join(root, 'chapters', '03-third-steps.mdx'), first.replace('order: 1', 'order: 3').replace('title: "First steps"', 'title: "Third steps"'));
  return path.join(root, 'chapters');
}

describe('a question id used by two chapters (dev server)', () => {
  it('takes out only the two chapters involved, each with the error at its line; the question bank still builds', () => {
    const dir = courseWithDuplicateId();
    const { chapters, problems } = loadChaptersLenient({ dir, includeDrafts: true });
    expect(chapters.map((c) => c.slug)).toEqual(['second-steps']);
    expect(problems.map((p) => formatProblem(p).replace(/^.*?\/chapters\//, ''))).toEqual([
      expect.stringMatching(/^01-first-steps\.mdx:9:1 {2}duplicate question id "first-steps-why": .*03-third-steps\.mdx has it too$/),
      expect.stringMatching(/^03-third-steps\.mdx:9:1 {2}duplicate question id "first-steps-why": .*01-first-steps\.mdx has it too$/),
    ]);
    // What /, /practice, /practice/review, /progress and /search-index.json are built from.
    expect(collectQuestionBank(chapters).chapters.map((c) => c.slug)).toEqual(['second-steps']);
  });
});

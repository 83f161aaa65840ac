import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { componentPropSchemas } from '@/components/mdx/registry';
import { collectQuestionBank } from '@/lib/practice/bank';
import { buildQuestionIndex, searchQuestions } from '@/lib/practice/search';
import { loadChapters, readChapter, readingStats } from './chapters';
import { checkContent } from './check';
import { parseFrontmatter } from './frontmatter';
import { slugFromFileName } from './paths';
import { ContentError, formatProblem } from './problem';
import { questionKind } from './schema';
import { tableOfContents } from './toc';

const fixtures = path.join(process.cwd(), 'test/fixtures');
const valid = path.join(fixtures, 'valid');
const broken = path.join(fixtures, 'broken');

const good = (extra = '') => `---
title: "A chapter"
summary: "A summary that is long enough."
order: 3
objectives: ["Do a thing"]
${extra}---

## Body
`;

const temps: string[] = [];
function tempContent(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prepup-content-'));
  temps.push(root);
  fs.mkdirSync(path.join(root, 'chapters'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, 'chapters', name), text);
  return root;
}
afterEach(() => {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});

describe('slugs', () => {
  it('drops the numeric prefix and extension', () => {
    expect(slugFromFileName('01-clones.mdx')).toBe('clones');
    expect(slugFromFileName('00-scaling-up-vs-out.mdx')).toBe('scaling-up-vs-out');
  });
  it('rejects names without a prefix or with capitals', () => {
    expect(slugFromFileName('clones.mdx')).toBeNull();
    expect(slugFromFileName('01-Clones.mdx')).toBeNull();
  });
});

describe('frontmatter', () => {
  it('parses a valid chapter with defaults applied', () => {
    const { data, problems } = parseFrontmatter('x.mdx', good());
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ title: 'A chapter', order: 3, draft: false, questions: [], tags: [] });
  });
  it('reports a wrong type at its line', () => {
    const { problems } = parseFrontmatter('x.mdx', good().replace('order: 3', 'order: "three"'));
    expect(problems.map(formatProblem)).toEqual(['x.mdx:4:8  frontmatter: order must be a number, got "three"']);
  });
  it('reports a missing field', () => {
    const { problems } = parseFrontmatter('x.mdx', good().replace('title: "A chapter"\n', ''));
    expect(problems[0]?.message).toBe('frontmatter: title is required (string)');
  });
  it('reports unknown keys', () => {
    const { problems } = parseFrontmatter('x.mdx', good('colour: blue\n'));
    expect(problems[0]?.message).toContain('unknown key(s) "colour"');
  });
  it('reports a question with a missing field at the question', () => {
    const q = `questions:\n  - id: q-one\n    question: "What is the question here?"\n    listenFor: ["x y z"]\n    wrongAnswer: "A wrong answer."\n    difficulty: easy\n`;
    const { problems } = parseFrontmatter('x.mdx', good(q));
    expect(problems.map(formatProblem)).toEqual(['x.mdx:7:5  frontmatter: questions[0].answer is required (string)']);
  });
  it('reads a question kind, defaulting to concept, and reports an unknown kind with the allowed values', () => {
    const q = (kind: string) =>
      `questions:\n  - id: q-one\n    question: "What is the question here?"\n    answer: "A model answer that is long enough to pass."\n    listenFor: ["x y z"]\n    wrongAnswer: "A wrong answer."\n    difficulty: easy\n${kind}`;
    const plain = parseFrontmatter('x.mdx', good(q(''))).data?.questions[0];
    const design = parseFrontmatter('x.mdx', good(q('    kind: design\n'))).data?.questions[0];
    expect(plain && questionKind(plain)).toBe('concept');
    expect(design && questionKind(design)).toBe('design');
    const { problems } = parseFrontmatter('x.mdx', good(q('    kind: essay\n')));
    expect(problems.map(formatProblem)).toEqual(['x.mdx:13:11  frontmatter: questions[0].kind must be one of "concept", "design", got "essay"']);
  });
  it('reports broken YAML and a missing block', () => {
    expect(parseFrontmatter('x.mdx', '---\ntitle: [unclosed\n---\n').problems[0]?.message).toMatch(/^frontmatter YAML:/);
    expect(parseFrontmatter('x.mdx', '## no frontmatter').problems[0]?.message).toMatch(/missing frontmatter/);
  });
});

describe('loading chapters', () => {
  it('orders by frontmatter order, not file name', () => {
    const root = tempContent({ '01-b.mdx': good().replace('order: 3', 'order: 9'), '02-a.mdx': good() });
    expect(loadChapters({ dir: path.join(root, 'chapters') }).map((c) => c.slug)).toEqual(['a', 'b']);
  });
  it('hides drafts unless asked', () => {
    const root = tempContent({ '01-live.mdx': good(), '02-wip.mdx': good('draft: true\n').replace('order: 3', 'order: 4') });
    const dir = path.join(root, 'chapters');
    expect(loadChapters({ dir, includeDrafts: false }).map((c) => c.slug)).toEqual(['live']);
    expect(loadChapters({ dir, includeDrafts: true }).map((c) => c.slug)).toEqual(['live', 'wip']);
  });
  it('throws one ContentError listing every problem, including duplicate orders', () => {
    const root = tempContent({ '01-a.mdx': good(), '02-b.mdx': good(), '03-c.mdx': 'nothing' });
    try {
      loadChapters({ dir: path.join(root, 'chapters') });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      const messages = (e as ContentError).problems.map((p) => p.message);
      expect(messages.some((m) => m.startsWith('duplicate order 3'))).toBe(true);
      expect(messages.some((m) => m.startsWith('missing frontmatter'))).toBe(true);
    }
  });
  it('computes reading time when minutes is omitted', () => {
    const words = Array.from({ length: 400 }, () => 'word').join(' ');
    expect(readingStats(`${words}\n\n<QueueSim />`)).toEqual({ words: 400, minutes: 4 });
    const root = tempContent({ '01-a.mdx': good() + words });
    expect(readChapter(path.join(root, 'chapters', '01-a.mdx')).chapter?.minutes).toBe(2);
  });
});

describe('table of contents', () => {
  it('gives ## and ### headings the ids rehype-slug generates', () => {
    expect(tableOfContents('## Sticky sessions\n\n### Why `sticky`?\n\n## Sticky sessions')).toEqual([
      { id: 'sticky-sessions', text: 'Sticky sessions', depth: 2 },
      { id: 'why-sticky', text: 'Why sticky?', depth: 3 },
      { id: 'sticky-sessions-1', text: 'Sticky sessions', depth: 2 },
    ]);
  });
});

describe('content check', () => {
  it('passes the valid fixtures', () => {
    expect(checkContent({ root: valid, components: componentPropSchemas }).map(formatProblem)).toEqual([]);
  });
  it('reports every problem in the broken fixtures with file:line:column', () => {
    const lines = checkContent({ root: broken, components: componentPropSchemas }).map(formatProblem);
    const ch = (n: string) => `test/fixtures/broken/chapters/${n}`;
    expect(lines).toEqual(
      expect.arrayContaining([
        `${ch('01-bad-frontmatter.mdx')}:4:8  frontmatter: order must be a number, got "first"`,
        `${ch('01-bad-frontmatter.mdx')}:5:13  frontmatter: objectives needs at least 1 item(s), got 0`,
        `${ch('01-bad-frontmatter.mdx')}:7:5  frontmatter: questions[0].answer is required (string)`,
        `${ch('02-broken-mdx.mdx')}:10:1  MDX syntax: Expected a closing tag for \`<Callout>\` (10:1-10:22)`,
        expect.stringMatching(new RegExp(`^${ch('03-bad-components.mdx')}:10:1  unknown component <Sparkle>; allowed: (\\w+, )*Callout, (\\w+, )*Figure, `)),
        `${ch('03-bad-components.mdx')}:12:1  <Callout> type must be one of "note", "tip", "warning", "interview", got "shout"`,
        `${ch('03-bad-components.mdx')}:14:1  <Predict> answer: must be the index of the right choice, between 0 and 1, got 5`,
        expect.stringMatching(new RegExp(`^${ch('03-bad-components.mdx')}:16:5  broken link /learn/nowhere: no chapter with slug "nowhere"`)),
        `${ch('03-bad-components.mdx')}:16:35  broken link /learn/bad-components#missing: no heading #missing in ${ch('03-bad-components.mdx')}`,
        `${ch('03-bad-components.mdx')}:18:1  image /images/does-not-exist.svg does not exist in public/`,
        expect.stringMatching(new RegExp(`^${ch('03-bad-components.mdx')}:20:1  code block language "cobol" is not loaded; allowed: ts, `)),
        `${ch('04-duplicate-order.mdx')}:4:1  duplicate order 2: ${ch('02-broken-mdx.mdx')} has it too`,
      ]),
    );
  });
  it('rejects imports, non-literal props and unknown glossary terms', () => {
    const root = tempContent({
      '01-a.mdx': `${good()}\nimport X from './x'\n\n<KeyNumbers items={data} />\n\n<Term id="nope">nope</Term>\n`,
    });
    fs.copyFileSync(path.join(valid, 'glossary.yaml'), path.join(root, 'glossary.yaml'));
    fs.copyFileSync(path.join(valid, 'latency-numbers.yaml'), path.join(root, 'latency-numbers.yaml'));
    const messages = checkContent({ root, components: componentPropSchemas }).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'import/export is not allowed in lessons: use the registry components without imports',
        '<KeyNumbers> prop items must be a literal value (Identifier is not a literal)',
        '<Term id="nope">: no such glossary entry (see content/glossary.yaml)',
      ]),
    );
  });
});

describe('prop range messages', () => {
  it('name the field, the allowed range and the value', async () => {
    const { z } = await import('zod');
    const { formatZodIssue } = await import('./zod-format');
    const schema = z.strictObject({ capacity: z.number().int().min(1).max(100000) });
    const input = { capacity: 0 };
    const issue = schema.safeParse(input).error!.issues[0]!;
    expect(formatZodIssue(issue, input, schema)).toBe('capacity must be between 1 and 100000, got 0');
  });
});

describe('the course question bank (chapters 0 to 4)', () => {
  const chapters = loadChapters({ dir: path.join(process.cwd(), 'content/chapters'), includeDrafts: false });
  const core = chapters.filter((c) => c.frontmatter.order <= 4);
  it('gives each core chapter at least 12 questions, all three difficulties and at least 2 design problems', () => {
    expect(core.map((c) => c.slug)).toEqual(['scaling-up-vs-out', 'clones', 'database', 'cache', 'asynchronism']);
    for (const c of core) {
      const qs = c.frontmatter.questions;
      expect(qs.length, c.slug).toBeGreaterThanOrEqual(12);
      expect(new Set(qs.map((q) => q.difficulty)), c.slug).toEqual(new Set(['easy', 'medium', 'hard']));
      expect(qs.filter((q) => questionKind(q) === 'design').length, c.slug).toBeGreaterThanOrEqual(2);
    }
  });
  it('finds the interview topics a candidate searches for', () => {
    const bank = collectQuestionBank(chapters);
    const index = buildQuestionIndex(bank.questions);
    expect(searchQuestions(index, 'CAP theorem')).toContain('database-cap-pacelc');
    expect(searchQuestions(index, 'token bucket')).toContain('clones-token-bucket');
    expect(searchQuestions(index, 'split-brain')).toContain('database-split-brain-fencing');
    expect(searchQuestions(index, 'visibility timeout')).toContain('asynchronism-visibility-timeout');
  });
});

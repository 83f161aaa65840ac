import fs from 'node:fs';
import path from 'node:path';
import { listChapterFiles, readChapter } from './chapters';

/**
 * Kebab-case slug of a chapter title.
 * @example slugify('Consistent hashing!') // 'consistent-hashing'
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const quote = (s: string) => JSON.stringify(s);

/**
 * Sentences of the scaffold that are instructions to the author, not lesson text. The content check
 * (lib/content/publish-check.ts) fails a published chapter that still contains any of them.
 */
export const SCAFFOLD_PLACEHOLDERS = [
  'Replace this with a model answer',
  'Replace this with a common wrong answer',
  'One or two sentences on what',
  'Tell the story: what goes wrong at Crumb & Co',
  'Explain the idea in plain words before any detail.',
  'Put a simulation here, with a',
  'A number worth remembering',
  'The one thing to remember.',
] as const;

/** A new chapter with valid frontmatter, the lesson skeleton and one example question. */
export function chapterTemplate(title: string, order: number, slug: string): string {
  return `---
title: ${quote(title)}
summary: ${quote(`One or two sentences on what ${title.toLowerCase()} is and why it matters (max 240 characters).`)}
order: ${order}
draft: true # remove this line to publish
tags: []
objectives:
  - "Explain what ${title.toLowerCase()} is and which problem it solves"
  - "Say when it is the wrong answer"
questions:
  - id: ${slug}-what-and-why
    question: ${quote(`What is ${title.toLowerCase()}, and when would you reach for it in a design interview?`)}
    answer: |
      Replace this with a model answer of 80 to 200 words. Start with the problem, then the idea, then
      the trade-off an interviewer will ask about.
    listenFor:
      - "The problem it solves"
      - "The trade-off it brings"
    wrongAnswer: "Replace this with a common wrong answer and why it is wrong."
    difficulty: medium
    tags: []
---

<Objectives />

## The problem

Tell the story: what goes wrong at Crumb & Co, and who notices (Steve, probably).

## The idea

Explain the idea in plain words before any detail.

<Callout type="tip" title="Try it">
Put a simulation here, with a \`<Predict>\` before it. See docs/AUTHORING.md for every simulation and its props.
</Callout>

## Trade-offs

When is this the wrong answer?

<KeyNumbers items={[{ label: "A number worth remembering", value: "~1 ms", source: "Where it comes from" }]} />

<Recap>
- The one thing to remember.
</Recap>
`;
}

export interface ScaffoldResult {
  file: string;
  slug: string;
  order: number;
  url: string;
}

/**
 * Creates `NN-slug.mdx` in the chapters folder with the next free order. Refuses to overwrite.
 * @example scaffoldChapter('Consistent hashing', 'content/chapters') // { file: '.../05-consistent-hashing.mdx', ... }
 */
export function scaffoldChapter(title: string, dir: string, origin = 'http://localhost:3000'): ScaffoldResult {
  const clean = title.trim();
  const slug = slugify(clean);
  if (clean.length < 3 || !slug) throw new Error('Give the chapter a title of at least 3 characters, e.g. npm run new:chapter -- "Consistent hashing"');
  fs.mkdirSync(dir, { recursive: true });
  const existing = listChapterFiles(dir);
  const orders = existing.map((f) => readChapter(f).chapter?.frontmatter.order ?? -1);
  const slugs = existing.map((f) => path.basename(f).replace(/^\d+-/, '').replace(/\.mdx$/, ''));
  if (slugs.includes(slug)) throw new Error(`A chapter with the slug "${slug}" already exists`);
  const order = Math.max(-1, ...orders) + 1;
  const file = path.join(dir, `${String(order).padStart(2, '0')}-${slug}.mdx`);
  fs.writeFileSync(file, chapterTemplate(clean, order, slug), { flag: 'wx' });
  return { file, slug, order, url: `${origin}/learn/${slug}` };
}

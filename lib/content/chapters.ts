import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from './frontmatter';
import { chaptersDir, displayPath, slugFromFileName } from './paths';
import { ContentError, type ContentProblem } from './problem';
import { duplicateQuestionProblems } from './question-ids';
import type { Frontmatter } from './schema';

/** A chapter as read from disk: validated frontmatter and its (not yet compiled) MDX body. */
export interface ChapterSource {
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  absPath: string;
  frontmatter: Frontmatter;
  body: string;
  /** 1-based line in the file where the MDX body begins. */
  bodyStartLine: number;
  /** Reading time: frontmatter `minutes`, or computed from the words and simulations. */
  minutes: number;
  words: number;
}

const WORDS_PER_MINUTE = 200;
const MINUTES_PER_SIMULATION = 2;

/** Counts prose words (code blocks, JSX tags and frontmatter left out) and estimates reading time. */
export function readingStats(body: string): { words: number; minutes: number } {
  const withoutCode = body.replace(/```[\s\S]*?```/g, ' ');
  const sims = (withoutCode.match(/<[A-Z][A-Za-z]*Sim\b|<ScalingExplorer\b/g) ?? []).length;
  const prose = withoutCode.replace(/<[^>]*>/g, ' ');
  const words = (prose.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? []).length;
  return { words, minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE + sims * MINUTES_PER_SIMULATION)) };
}

/** Reads one chapter file; returns the chapter or the problems that keep it from loading. */
export function readChapter(absPath: string): { chapter: ChapterSource | null; problems: ContentProblem[] } {
  const file = displayPath(absPath);
  const slug = slugFromFileName(path.basename(absPath));
  if (!slug) {
    return {
      chapter: null,
      problems: [{ file, line: 1, column: 1, message: 'chapter file names must look like NN-slug.mdx (e.g. 01-clones.mdx), lower-case' }],
    };
  }
  const source = fs.readFileSync(absPath, 'utf8');
  const { data, split, problems } = parseFrontmatter(file, source);
  if (!data || !split) return { chapter: null, problems };
  const stats = readingStats(split.body);
  return {
    chapter: {
      slug,
      file,
      absPath,
      frontmatter: data,
      body: split.body,
      bodyStartLine: split.bodyStartLine,
      minutes: data.minutes ?? stats.minutes,
      words: stats.words,
    },
    problems: [],
  };
}

/** Chapter files in the content folder, sorted by name. */
export function listChapterFiles(dir = chaptersDir()): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => path.join(dir, f));
}

function lineOfKey(ch: ChapterSource, key: string): number {
  const i = fs.readFileSync(ch.absPath, 'utf8').split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? 1 : i + 1;
}

/** Problems that involve several chapters: two chapters with one slug or one order. */
export function crossChapterProblems(chapters: ChapterSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, ChapterSource>();
  const orders = new Map<number, ChapterSource>();
  for (const ch of chapters) {
    const sameSlug = seen.get(ch.slug);
    if (sameSlug) problems.push({ file: ch.file, line: 1, column: 1, message: `duplicate slug "${ch.slug}": ${sameSlug.file} has it too` });
    else seen.set(ch.slug, ch);
    const sameOrder = orders.get(ch.frontmatter.order);
    if (sameOrder) problems.push({ file: ch.file, line: lineOfKey(ch, 'order'), column: 1, message: `duplicate order ${ch.frontmatter.order}: ${sameOrder.file} has it too` });
    else orders.set(ch.frontmatter.order, ch);
  }
  return problems;
}

/** Whether draft chapters are shown: in development, or when PREPUP_DRAFTS=1. */
export function showDrafts(): boolean {
  return process.env.PREPUP_DRAFTS === '1' || process.env.NODE_ENV === 'development';
}

export interface LoadOptions {
  dir?: string;
  includeDrafts?: boolean;
}

/**
 * Loads every chapter in order, or throws a ContentError listing every problem (file:line:column).
 * @example loadChapters().map((c) => c.slug) // ['scaling-up-vs-out', 'clones', ...]
 */
export function loadChapters(options: LoadOptions = {}): ChapterSource[] {
  const { chapters, problems } = loadChaptersLenient(options);
  if (problems.length > 0) throw new ContentError(problems);
  return chapters;
}

/**
 * Loads the chapters that can be loaded and returns the problems of the rest, without throwing.
 * The dev server uses it so that one broken chapter shows its errors on its own page while the
 * rest of the site keeps working; builds use the strict `loadChapters`.
 */
export function loadChaptersLenient({ dir, includeDrafts = showDrafts() }: LoadOptions = {}): { chapters: ChapterSource[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const chapters: ChapterSource[] = [];
  for (const file of listChapterFiles(dir)) {
    const r = readChapter(file);
    problems.push(...r.problems);
    if (r.chapter) chapters.push(r.chapter);
  }
  problems.push(...crossChapterProblems(chapters), ...duplicateQuestionProblems(chapters));
  const broken = new Set(problems.map((p) => p.file));
  return {
    chapters: chapters
      .filter((c) => !broken.has(c.file) && (includeDrafts || !c.frontmatter.draft))
      .sort((a, b) => a.frontmatter.order - b.frontmatter.order),
    problems,
  };
}

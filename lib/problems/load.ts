import fs from 'node:fs';
import path from 'node:path';
import { readingStats, showDrafts } from '../content/chapters';
import { parseDataText, parseFrontmatterWith } from '../content/frontmatter';
import { contentDir, displayPath } from '../content/paths';
import { ContentError, isError, type ContentProblem } from '../content/problem';
import { SCENARIOS } from '../practice/scenarios';
import { designSchema, type Design } from '../sim/design/schema';
import { designMismatch, workMismatch } from './prepare';
import { problemFrontmatterSchema, type ProblemFrontmatter } from './schema';

/**
 * Sentences of the problem scaffold that are instructions to the author. The content check fails
 * a published problem (no `draft: true`) that still contains any of them.
 */
export const PROBLEM_PLACEHOLDERS = ['Replace this prompt', 'Replace this answer', 'Replace this model answer', 'Write the reference write-up here'] as const;

/** Fewest words of a problem's write-up (the MDX body). */
export const MIN_WRITEUP_WORDS = 700;

/** A problem as read from disk: validated frontmatter, its designs, and the write-up (not yet compiled). */
export interface ProblemSource {
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  frontmatter: ProblemFrontmatter;
  /** Parsed designs by file name (start, references, tempting wrong ones). */
  designs: Record<string, Design>;
  /** Where each design lives, relative to the project root. */
  designFiles: Record<string, string>;
  body: string;
  bodyStartLine: number;
  words: number;
}

export function problemsDir(root = contentDir()): string {
  return path.join(root, 'problems');
}

const PROBLEM_FILE = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\.mdx$/;

/** Problem files, sorted by name. */
export function listProblemFiles(dir = problemsDir()): string[] {
  // The ignore comments keep Turbopack from tracing the whole project into the server bundle.
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** 1-based line of the first line that mentions `needle` (for a message about a missing file), else 1. */
function lineOf(source: string, needle: string): number {
  const i = source.split(/\r?\n/).findIndex((l) => l.includes(needle));
  return i < 0 ? 1 : i + 1;
}

/** Every design file the frontmatter names, once each. */
export function designNames(fm: ProblemFrontmatter): string[] {
  return [...new Set([fm.start, ...fm.references.map((r) => r.design), ...fm.wrong.map((w) => w.design)])];
}

/**
 * Reads one problem file and its designs; returns the problem or every problem that keeps it from
 * loading, each at its file and line (the frontmatter's or the design file's).
 */
export function readProblem(absPath: string): { problem: ProblemSource | null; problems: ContentProblem[] } {
  const file = displayPath(absPath);
  const id = PROBLEM_FILE.exec(path.basename(absPath))?.[1];
  if (!id) return { problem: null, problems: [{ file, line: 1, column: 1, message: 'problem file names must be kebab-case .mdx (e.g. url-shortener.mdx); the name is the problem’s id' }] };
  const source = fs.readFileSync(absPath, 'utf8');
  const { data, split, problems } = parseFrontmatterWith(file, source, problemFrontmatterSchema);
  if (!data || !split) return { problem: null, problems };

  const designs: Record<string, Design> = {};
  const designFiles: Record<string, string> = {};
  for (const name of designNames(data)) {
    const abs = path.join(path.dirname(absPath), id, name);
    const rel = displayPath(abs);
    if (!fs.existsSync(abs)) {
      problems.push({ file, line: lineOf(source, name), column: 1, message: `no design file ${rel}` });
      continue;
    }
    const text = fs.readFileSync(abs, 'utf8');
    const parsed = parseDataText(rel, text, designSchema, { label: 'design' });
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    const mismatch = [...designMismatch(parsed.data, data), ...workMismatch(parsed.data, data)];
    problems.push(...mismatch.map((message) => ({ file: rel, line: lineOf(text, '"classes"'), column: 1, message })));
    if (mismatch.length === 0) {
      designs[name] = parsed.data;
      designFiles[name] = rel;
    }
  }
  const stats = readingStats(split.body);
  // A draft may be unfinished: its gaps are warnings until it is published.
  const unfinished = data.draft ? { severity: 'warning' as const } : {};
  if (stats.words < MIN_WRITEUP_WORDS)
    problems.push({ file, line: split.bodyStartLine, column: 1, message: `the write-up has ${stats.words} words; a problem's write-up needs at least ${MIN_WRITEUP_WORDS} (the design, the numbers, the trade-offs, what changes at 10×)`, ...unfinished });
  for (const phrase of PROBLEM_PLACEHOLDERS)
    if (source.includes(phrase)) problems.push({ file, line: lineOf(source, phrase), column: 1, message: `the scaffold's instruction "${phrase}…" is still here; replace it before publishing`, ...unfinished });
  if (problems.some(isError)) return { problem: null, problems };
  return { problem: { id, file, frontmatter: data, designs, designFiles, body: split.body, bodyStartLine: split.bodyStartLine, words: stats.words }, problems };
}

/** Loads every problem that loads (drafts only when shown) and returns the problems of the rest, without throwing. */
export function loadProblemsLenient({ dir, includeDrafts = showDrafts() }: { dir?: string; includeDrafts?: boolean } = {}): { problems: ProblemSource[]; issues: ContentProblem[] } {
  const issues: ContentProblem[] = [];
  const loaded: ProblemSource[] = [];
  for (const abs of listProblemFiles(dir)) {
    const r = readProblem(abs);
    issues.push(...r.problems);
    if (r.problem) loaded.push(r.problem);
  }
  const orders = new Map<number, string>();
  const scenarioIds = new Set(SCENARIOS.map((x) => x.id));
  const takenBy = new Map<string, string>();
  for (const p of loaded) {
    if (scenarioIds.has(p.id)) issues.push({ file: p.file, line: 1, column: 1, message: `the id "${p.id}" is a mock-interview scenario's too; a mock on the problem is kept under its id, so rename the file` });
    for (const r of p.frontmatter.replaces) {
      if (!scenarioIds.has(r)) issues.push({ file: p.file, line: 1, column: 1, message: `replaces "${r}", which is not a mock-interview scenario (scenarios: ${[...scenarioIds].join(', ')})` });
      else if (takenBy.has(r)) issues.push({ file: p.file, line: 1, column: 1, message: `replaces "${r}", which ${takenBy.get(r)} replaces too` });
      takenBy.set(r, p.file);
    }
    const other = orders.get(p.frontmatter.order);
    if (other) issues.push({ file: p.file, line: 1, column: 1, message: `duplicate order ${p.frontmatter.order}: ${other} has it too` });
    orders.set(p.frontmatter.order, p.file);
  }
  return {
    problems: loaded.filter((p) => includeDrafts || !p.frontmatter.draft).sort((a, b) => a.frontmatter.order - b.frontmatter.order),
    issues,
  };
}

/**
 * Every published problem in order, or a ContentError listing every problem (file:line:column).
 * @example loadProblems().map((p) => p.id) // ['url-shortener', 'news-feed', ...]
 */
export function loadProblems(options: { dir?: string; includeDrafts?: boolean } = {}): ProblemSource[] {
  const { problems, issues } = loadProblemsLenient(options);
  if (issues.some(isError)) throw new ContentError(issues.filter(isError));
  return problems;
}

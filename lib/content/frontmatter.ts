import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { frontmatterSchema, type Frontmatter } from './schema';
import { formatZodIssue } from './zod-format';
import type { ContentProblem } from './problem';

export interface SplitSource {
  /** The YAML between the `---` fences ('' when there is none). */
  yaml: string;
  /** The MDX after the closing fence. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits a chapter file into its YAML frontmatter and MDX body, keeping line numbers. */
export function splitFrontmatter(source: string): SplitSource | null {
  const lines = source.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return null;
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) return null;
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyStartLine: end + 2,
  };
}

/** Walks a YAML document to the node at `path`, falling back to the deepest node that exists. */
function nodeAt(root: Node | null | undefined, path: PropertyKey[]): Node | null {
  let node: Node | null = root ?? null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) return node;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) return node;
      node = item;
    } else return node;
  }
  return node;
}

/** Offset of the last [ or { before `end` that is still open there (outside quotes), or null. */
function unclosedBracket(yaml: string, end: number): number | null {
  const open: number[] = [];
  let quote: string | null = null;
  for (let i = 0; i < end && i < yaml.length; i++) {
    const c = yaml[i] as string;
    if (quote) {
      if (c === quote && yaml[i - 1] !== '\\') quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(yaml[i - 1] as string))) i = yaml.indexOf('\n', i) < 0 ? end : yaml.indexOf('\n', i);
    else if (c === '[' || c === '{') open.push(i);
    else if ((c === ']' || c === '}') && open.length) open.pop();
  }
  return open.length ? (open.at(-1) as number) : null;
}

export interface ParsedFrontmatter<T = Frontmatter> {
  data: T | null;
  problems: ContentProblem[];
}

/**
 * Parses YAML (or JSON, which YAML reads too) and validates it with `schema`, reporting each problem
 * at its line and column in the file: `firstLine` is the file line where `text` starts, `label`
 * prefixes each message ("frontmatter", "design").
 *
 * @example
 * parseDataText('content/problems/x/reference.json', json, designSchema, { label: 'design' }).problems;
 * // [{ file, line: 12, column: 7, message: 'design: classes[0].path[2].node: Writes must go to the primary: …' }]
 */
export function parseDataText<S extends z.ZodType>(file: string, text: string, schema: S, { firstLine = 1, label }: { firstLine?: number; label: string }): ParsedFrontmatter<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const syntax = label === 'frontmatter' ? 'frontmatter YAML' : `${label} syntax`;
  if (doc.errors.length > 0)
    return {
      data: null,
      problems: doc.errors.map((e) => {
        // An unclosed [ or { is noticed where the next key starts; the author needs the line that opened it.
        const open = /^Flow (sequence|mapping)/.test(e.message) || (e.code === 'MISSING_CHAR' && /[\]}]/.test(e.message)) ? unclosedBracket(text, e.pos[0]) : null;
        return { file, ...at(open ?? e.pos[0]), message: `${syntax}: ${e.message.split('\n')[0]}${open === null ? '' : ` (the ${text[open]} here is never closed)`}` };
      }),
    };
  const raw: unknown = doc.toJS() ?? {};
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data as z.infer<S>, problems: [] };
  const problems = result.error.issues.map((issue: z.core.$ZodIssue) => {
    const node = nodeAt(doc.contents, issue.path);
    const offset = node?.range?.[0] ?? 0;
    return { file, ...at(offset), message: `${label}: ${formatZodIssue(issue, raw)}` };
  });
  return { data: null, problems };
}

const MISSING_FENCE = 'missing frontmatter: the file must start with a --- fenced YAML block';

/**
 * Parses and validates an MDX file's frontmatter with `schema`, reporting each problem at its line in the file.
 * @example parseFrontmatterWith('content/problems/url-shortener.mdx', source, problemFrontmatterSchema).problems // []
 */
export function parseFrontmatterWith<S extends z.ZodType>(file: string, source: string, schema: S): ParsedFrontmatter<z.infer<S>> & { split: SplitSource | null } {
  const split = splitFrontmatter(source);
  if (!split) return { data: null, split, problems: [{ file, line: 1, column: 1, message: MISSING_FENCE }] };
  return { ...parseDataText(file, split.yaml, schema, { firstLine: 2, label: 'frontmatter' }), split };
}

/**
 * Parses and validates a chapter's frontmatter, reporting each problem at its line in the file.
 * @example parseFrontmatter('content/chapters/01-clones.mdx', source).problems // []
 */
export function parseFrontmatter(file: string, source: string): ParsedFrontmatter & { split: SplitSource | null } {
  return parseFrontmatterWith(file, source, frontmatterSchema);
}

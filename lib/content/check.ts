import fs from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import type { z } from 'zod';
import { crossChapterProblems, listChapterFiles, readChapter, type ChapterSource } from './chapters';
import { diagramTextProblem, figureLayoutProblem } from './diagram-text';
import { literalValue, NotLiteralError } from './estree-literal';
import { headingsOf, parseMdx } from './mdx-tree';
import { glossarySchema, latencyFileSchema, readYamlData } from './glossary';
import { CODE_LANGUAGES } from './highlight';
import { chaptersDir, contentDir, displayPath, publicDir, slugFromFileName } from './paths';
import type { ContentProblem } from './problem';
import { listProblemFiles, loadProblemsLenient, problemsDir } from '../problems/load';
import { publishProblems } from './publish-check';
import { duplicateQuestionProblems } from './question-ids';
import { STATIC_ROUTES } from './routes';
import { formatZodIssue } from './zod-format';

/** HTML elements a lesson may not use: they would run code or pull in other pages. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'form']);

export interface CheckOptions {
  /** Content root (holds chapters/, glossary.yaml, latency-numbers.yaml). */
  root?: string;
  /** Folder for `/images/...` references. */
  publicRoot?: string;
  /** Prop schemas of every registry component, by name. */
  components: Record<string, z.ZodType>;
  /** How to hold `<Try>`s, `<Predict metric>` and prose to the lesson's figures (components/sims/figure-rules). */
  figures?: FigureChecks;
}

/** The figure rules the check applies (implemented in components/sims/figure-rules.ts). */
export interface FigureChecks {
  isFigureName: (name: string) => boolean;
  checkTry: (fig: { name: string; props: Record<string, unknown> }, tryProps: { figure: string; set?: Record<string, unknown>; act?: string }) => string[];
  checkPredictMetric: (fig: { name: string; props: Record<string, unknown> } | undefined, metric: string) => string | null;
  /** camelCase setting names → their UI label (prose should use the label). */
  codeSettingNames: ReadonlyMap<string, string>;
}

/** What the tree walk collects about figures and the prose that drives them. */
interface FigureScan {
  figures: Map<string, { name: string; props: Record<string, unknown> }>;
  tries: { node: Located; props: Record<string, unknown> }[];
}

/** A parsed MDX file: a chapter, or a design problem's write-up (checked by the same rules). */
interface ParsedChapter {
  file: string;
  tree: Root;
  headingIds: Set<string>;
}

type Located = { position?: { start: { line: number; column: number } } };
function at(file: string, node: Located, message: string, severity?: 'warning' | 'skipped'): ContentProblem {
  return { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message, ...(severity ? { severity } : {}) };
}

function parseChapter(chapter: Pick<ChapterSource, 'file'>, source: string, problems: ContentProblem[]): ParsedChapter | null {
  try {
    const tree = parseMdx(source);
    return { file: chapter.file, tree, headingIds: new Set(headingsOf(tree).map((h) => h.id)) };
  } catch (error) {
    type Point = { line?: number; column?: number };
    const e = error as Point & { place?: Point & { start?: Point }; reason?: string; message: string };
    // Some errors (e.g. an unclosed tag) carry their position only in the message: "(10:1-10:22)".
    const fromText = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(e.reason ?? e.message);
    const point = e.place?.start ?? e.place ?? (e.line ? e : { line: Number(fromText?.[1] ?? 1), column: Number(fromText?.[2] ?? 1) });
    problems.push({ file: chapter.file, line: point.line ?? 1, column: point.column ?? 1, message: `MDX syntax: ${e.reason ?? e.message}` });
    return null;
  }
}

interface LinkContext {
  chapters: Map<string, ParsedChapter>;
  /** Ids of the design problems (pages at /practice/problems/<id>). */
  problemIds?: Set<string>;
  glossaryIds: Set<string>;
  publicRoot: string;
  /** Chapters that did not parse, by slug (their file): what points at them is not checked until they do. */
  unparsed?: Map<string, string>;
}

/** The slug of the chapter a lesson link points at when that chapter did not parse, else null. */
function unparsedTarget(url: string, ctx: LinkContext): string | null {
  const slug = /^\/learn\/([^/#]+)\/?(?:#.*)?$/.exec(url)?.[1];
  return slug !== undefined && ctx.unparsed?.has(slug) ? slug : null;
}

/** What waits on chapters that did not parse: per dependant file, per chapter, where and what. */
type Skipped = Map<string, Map<string, { where: Located; what: string[] }>>;

function skip(skipped: Skipped, file: string, slug: string, where: Located, what: string): void {
  const byChapter = skipped.get(file) ?? new Map<string, { where: Located; what: string[] }>();
  skipped.set(file, byChapter);
  const entry = byChapter.get(slug) ?? { where, what: [] };
  byChapter.set(slug, entry);
  entry.what.push(what);
}

/** One line per dependant file and chapter: `skipped: clones did not parse (2 links to /learn/clones …)`. */
function skippedProblems(skipped: Skipped): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const [file, byChapter] of skipped)
    for (const [slug, { where, what }] of byChapter) {
      const list = what.length > 4 ? `${what.slice(0, 4).join(', ')} and ${what.length - 4} more` : what.join(', ');
      out.push(at(file, where, `skipped: ${slug} did not parse (not checked until it does: ${list})`, 'skipped'));
    }
  return out;
}

/** Why an internal link does not resolve, or null when it does. */
export function brokenLink(url: string, self: ParsedChapter, ctx: LinkContext): string | null {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null; // external
  const [pathPart = '', hash] = url.split('#');
  if (pathPart === '') return hash && !self.headingIds.has(hash) ? `no heading #${hash} in this chapter` : null;
  const pathname = pathPart.replace(/\/$/, '') || '/';
  const lesson = /^\/learn\/([^/]+)$/.exec(pathname);
  if (lesson) {
    const target = ctx.chapters.get(lesson[1] ?? '');
    if (!target) return `no chapter with slug "${lesson[1]}" (chapters: ${[...ctx.chapters.keys()].join(', ')})`;
    if (hash && !target.headingIds.has(hash)) return `no heading #${hash} in ${target.file}`;
    return null;
  }
  const problem = /^\/practice\/problems\/([^/]+)$/.exec(pathname);
  if (problem && ctx.problemIds) return ctx.problemIds.has(problem[1] ?? '') ? null : `no design problem "${problem[1]}" (problems: ${[...ctx.problemIds].join(', ')})`;
  if (pathname === '/glossary' && hash && !ctx.glossaryIds.has(hash)) return `no glossary entry #${hash}`;
  if (STATIC_ROUTES.includes(pathname)) return null;
  // The ignore comment keeps Turbopack from tracing all of public/ into the server bundle.
  if (fs.existsSync(path.join(/*turbopackIgnore: true*/ ctx.publicRoot, pathname))) return null;
  return `no page at ${pathname}`;
}

/** Literal props of a JSX element (non-literal ones are reported and left out). */
function jsxProps(node: RootContent, name: string, file: string, problems: ContentProblem[]): Record<string, unknown> {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return {};
  const props: Record<string, unknown> = {};
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      problems.push(at(file, node, `<${name}>: spread props are not allowed; write each prop out`));
      continue;
    }
    if (attr.value === null || attr.value === undefined) props[attr.name] = true;
    else if (typeof attr.value === 'string') props[attr.name] = attr.value;
    else {
      const program = attr.value.data?.estree as { body?: { type: string; expression?: unknown }[] } | undefined;
      const stmt = program?.body?.[0];
      try {
        if (!stmt || stmt.type !== 'ExpressionStatement') throw new NotLiteralError('empty expression');
        props[attr.name] = literalValue(stmt.expression as { type: string });
      } catch (error) {
        if (!(error instanceof NotLiteralError)) throw error;
        problems.push(at(file, attr.position ? attr : node, `<${name}> prop ${attr.name} must be a literal value (${error.message})`));
      }
    }
  }
  return props;
}

function checkJsx(node: RootContent, parsed: ParsedChapter, opts: CheckOptions, ctx: LinkContext, problems: ContentProblem[], scan: FigureScan): void {
  const file = parsed.file;
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
  const name = node.name;
  if (!name) return; // fragment
  if (/^[a-z]/.test(name)) {
    if (FORBIDDEN_ELEMENTS.has(name)) problems.push(at(file, node, `<${name}> is not allowed in lessons`));
    const small = name === 'svg' ? diagramTextProblem(node) : null;
    if (small) problems.push(at(file, node, small));
    return;
  }
  const schema = opts.components[name];
  if (!schema) {
    problems.push(at(file, node, `unknown component <${name}>; allowed: ${Object.keys(opts.components).sort().join(', ')}`));
    return;
  }
  const props = jsxProps(node, name, file, problems);
  if (opts.figures?.isFigureName(name) && typeof props.id === 'string') {
    if (scan.figures.has(props.id)) problems.push(at(file, node, `<${name} id="${props.id}">: another figure in this chapter has that id`));
    else scan.figures.set(props.id, { name, props });
  }
  if (name === 'Try') scan.tries.push({ node, props });
  const result = schema.safeParse(props);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(at(file, node, `<${name}> ${formatZodIssue(issue, props, schema)}`));
  }
  if (name === 'Term' && typeof props.id === 'string' && !ctx.glossaryIds.has(props.id)) {
    problems.push(at(file, node, `<Term id="${props.id}">: no such glossary entry (see content/glossary.yaml)`));
  }
  const layouts = name === 'Figure' ? figureLayoutProblem(node) : null;
  if (layouts) problems.push(at(file, node, layouts));
  if (name === 'Figure' && typeof props.src === 'string' && !fs.existsSync(path.join(/*turbopackIgnore: true*/ ctx.publicRoot, props.src))) {
    problems.push(at(file, node, `<Figure src="${props.src}">: no file public${props.src}`));
  }
}

/** Code-style setting names used as words in prose (the lesson should use the slider's label). */
function codeNameWarnings(file: string, n: Located & { value: string }, names: ReadonlyMap<string, string>, problems: ContentProblem[]): void {
  for (const word of n.value.match(/[A-Za-z]+/g) ?? []) {
    const label = names.get(word);
    if (label) problems.push(at(file, n, `"${word}" is a setting's code name; in prose call it by its UI label "${label}"`, 'warning'));
  }
}

/** Each `<Try>` against the figure it names; each `<Predict metric>` against the figure after it. */
function checkFigureLinks(file: string, tree: Root, figures: FigureChecks, scan: FigureScan, problems: ContentProblem[]): void {
  for (const t of scan.tries) {
    const id = t.props.figure;
    if (typeof id !== 'string') continue;
    const fig = scan.figures.get(id);
    if (!fig) {
      const ids = [...scan.figures.keys()];
      problems.push(at(file, t.node, `<Try figure="${id}">: no simulation with id="${id}" in this chapter (ids: ${ids.length ? ids.join(', ') : 'none; give the figure an id'})`));
      continue;
    }
    for (const why of figures.checkTry(fig, t.props as { figure: string })) problems.push(at(file, t.node, `<Try figure="${id}"> ${why}`));
  }
  tree.children.forEach((node, i) => {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Predict') return;
    const metric = jsxProps(node, 'Predict', file, []).metric;
    if (typeof metric !== 'string') return;
    const next = tree.children[i + 1];
    const fig = next?.type === 'mdxJsxFlowElement' && next.name && figures.isFigureName(next.name) ? { name: next.name, props: jsxProps(next, next.name, file, []) } : undefined;
    const why = figures.checkPredictMetric(fig, metric);
    if (why) problems.push(at(file, node, `<Predict> ${why}`));
  });
}

function checkTree(parsed: ParsedChapter, opts: CheckOptions, ctx: LinkContext, problems: ContentProblem[], skipped: Skipped = new Map()): void {
  const file = parsed.file;
  const scan: FigureScan = { figures: new Map(), tries: [] };
  visit(parsed.tree, (node) => {
    const n = node as RootContent;
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        if (opts.figures) codeNameWarnings(file, n, opts.figures.codeSettingNames, problems);
        break;
      case 'mdxjsEsm':
        problems.push(at(file, n, 'import/export is not allowed in lessons: use the registry components without imports'));
        break;
      case 'code':
        if (!n.lang) problems.push(at(file, n, `code block needs a language; allowed: ${CODE_LANGUAGES.join(', ')}`));
        else if (!(CODE_LANGUAGES as readonly string[]).includes(n.lang)) {
          problems.push(at(file, n, `code block language "${n.lang}" is not loaded; allowed: ${CODE_LANGUAGES.join(', ')}`));
        }
        break;
      case 'heading':
        if (n.depth === 1) problems.push(at(file, n, 'use ## and ### headings: the page renders the title as the only # heading'));
        break;
      case 'link': {
        const waiting = unparsedTarget(n.url, ctx);
        if (waiting) {
          skip(skipped, file, waiting, n, `link to ${n.url} at line ${n.position?.start.line ?? 1}`);
          break;
        }
        const why = brokenLink(n.url, parsed, ctx);
        if (why) problems.push(at(file, n, `broken link ${n.url}: ${why}`));
        break;
      }
      case 'image':
        if (!/^[a-z]+:/i.test(n.url) && !fs.existsSync(path.join(/*turbopackIgnore: true*/ ctx.publicRoot, n.url))) {
          problems.push(at(file, n, `image ${n.url} does not exist in public/`));
        } else if (/^https?:/i.test(n.url)) problems.push(at(file, n, `image ${n.url}: remote images are not allowed; put it in public/`));
        break;
      default:
        checkJsx(n, parsed, opts, ctx, problems, scan);
    }
  });
  if (opts.figures) checkFigureLinks(file, parsed.tree, opts.figures, scan, problems);
}

/**
 * Checks every chapter, design problem and data file in one pass and returns every problem found
 * (empty = fine): frontmatter, designs, MDX syntax, unknown components, component props, links and
 * anchors, images, code languages, duplicate slugs, orders and question ids, glossary and latency
 * data. A chapter that does not parse is reported once, first; what points at it (links, glossary
 * entries) is not checked against it and says so in one `skipped` line per file, instead of an
 * echo per link.
 * @example checkContent({ components }).map(formatProblem)
 */
export function checkContent(opts: CheckOptions): ContentProblem[] {
  const root = opts.root ?? contentDir();
  const problems: ContentProblem[] = [];
  /** Chapters that could not be read or parsed: reported first, before what they cause. */
  const failed: ContentProblem[] = [];
  const unparsed = new Map<string, string>();
  const glossary = readYamlData('glossary.yaml', glossarySchema, root);
  problems.push(...glossary.problems);
  problems.push(...readYamlData('latency-numbers.yaml', latencyFileSchema, root).problems);

  const parsed = new Map<string, ParsedChapter>();
  const sources = new Map<string, string>();
  const loaded: ChapterSource[] = [];
  for (const abs of listChapterFiles(chaptersDir(root))) {
    const { chapter, problems: p } = readChapter(abs);
    if (!chapter) {
      failed.push(...p);
      const slug = slugFromFileName(path.basename(abs));
      if (slug) unparsed.set(slug, displayPath(abs));
      continue;
    }
    problems.push(...p);
    loaded.push(chapter);
    const source = fs.readFileSync(abs, 'utf8');
    sources.set(chapter.file, source);
    const pc = parseChapter(chapter, source, failed);
    if (!pc) unparsed.set(chapter.slug, chapter.file);
    else if (!parsed.has(chapter.slug)) parsed.set(chapter.slug, pc);
  }
  problems.push(...crossChapterProblems(loaded));
  for (const ch of loaded) problems.push(...publishProblems(ch, sources.get(ch.file) ?? ''));

  // Design problems: frontmatter and designs (lib/problems/load.ts), then the write-up by the chapters' rules.
  const problemFiles = listProblemFiles(problemsDir(root));
  const problemIds = new Set(problemFiles.map((f) => path.basename(f, '.mdx')));
  const ctx: LinkContext = {
    chapters: parsed,
    problemIds,
    glossaryIds: new Set((glossary.data ?? []).map((g) => g.id)),
    publicRoot: opts.publicRoot ?? publicDir(),
    unparsed,
  };
  const skipped: Skipped = new Map();
  for (const pc of parsed.values()) checkTree(pc, opts, ctx, problems, skipped);
  // Each problem's own file, and what only the set shows (an order or an id taken twice): the
  // build loads them the same way and refuses the same things.
  problems.push(...loadProblemsLenient({ dir: problemsDir(root), includeDrafts: true }).issues);
  for (const abs of problemFiles) {
    const pc = parseChapter({ file: displayPath(abs) }, fs.readFileSync(abs, 'utf8'), problems);
    if (pc) checkTree(pc, opts, ctx, problems, skipped);
  }

  problems.push(...duplicateQuestionProblems(loaded));
  const glossaryFile = path.join(path.relative(process.cwd(), root) || '.', 'glossary.yaml');
  for (const g of glossary.data ?? []) {
    if (g.chapter && unparsed.has(g.chapter)) skip(skipped, glossaryFile, g.chapter, {}, `entry "${g.id}"`);
    else if (g.chapter && !parsed.has(g.chapter)) problems.push({ file: glossaryFile, line: 1, column: 1, message: `glossary "${g.id}": no chapter "${g.chapter}"` });
    for (const s of g.see) if (!ctx.glossaryIds.has(s)) problems.push({ file: glossaryFile, line: 1, column: 1, message: `glossary "${g.id}": see "${s}" is not a glossary id` });
  }
  const byPlace = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
  return [...failed.sort(byPlace), ...[...problems, ...skippedProblems(skipped)].sort(byPlace)];
}

import 'server-only';
import path from 'node:path';
import { getMDXComponent } from 'mdx-bundler/client';
import { cache } from 'react';
import type { z } from 'zod';
import { listChapterFiles, loadChapters, loadChaptersLenient, type ChapterSource } from './chapters';
import { checkContent, type FigureChecks } from './check';
import { compileMdx } from './compile';
import { slugFromFileName } from './paths';
import { isError, type ContentProblem } from './problem';
import { contentVersion } from './version';

export type { ChapterSource } from './chapters';

/** In `next dev` a broken chapter gets an error page of its own instead of breaking every page. */
export const isDevServer = process.env.NODE_ENV === 'development';

/** Every published chapter in course order (read once per render; re-read per request in dev). */
export const getChapters = cache((): ChapterSource[] => (isDevServer ? loadChaptersLenient().chapters : loadChapters()));

/** One chapter by slug, or undefined. */
export const getChapter = cache((slug: string): ChapterSource | undefined => getChapters().find((c) => c.slug === slug));

/** Slugs that get a lesson page: the published chapters, plus (in dev) broken ones, to show their errors. */
export function lessonSlugs(): string[] {
  const slugs = getChapters().map((c) => c.slug);
  if (!isDevServer) return slugs;
  const all = listChapterFiles().map((f) => slugFromFileName(path.basename(f)));
  return [...new Set([...slugs, ...all.filter((s): s is string => s !== null)])];
}

/** Dev only: every problem the content check finds in the chapter at `slug` (empty in production builds, which check up front). */
export const devChapterProblems = cache((slug: string, components: Record<string, z.ZodType>, figures?: FigureChecks): ContentProblem[] => {
  if (!isDevServer) return [];
  const file = listChapterFiles().find((f) => slugFromFileName(path.basename(f)) === slug);
  if (!file) return [];
  const rel = path.relative(process.cwd(), file);
  return devCheck(components, figures).filter((p) => p.file === rel && isError(p));
});

// The whole-course check (links need every chapter's headings) reruns only when content/ changes,
// not on every page request in the dev server.
let lastCheck: { version: string; problems: ContentProblem[] } | null = null;
function devCheck(components: Record<string, z.ZodType>, figures?: FigureChecks): ContentProblem[] {
  const version = contentVersion();
  if (lastCheck?.version !== version) lastCheck = { version, problems: checkContent({ components, figures }) };
  return lastCheck.problems;
}

/** The compiled MDX of a chapter; metadata and page share one compile. */
export const getCompiledChapter = cache(async (slug: string): Promise<string | undefined> => {
  const chapter = getChapter(slug);
  return chapter ? compileMdx(chapter.body) : undefined;
});

/** The chapters before and after `slug` in course order. */
export function neighbours(chapters: ChapterSource[], slug: string): { prev?: ChapterSource; next?: ChapterSource } {
  const i = chapters.findIndex((c) => c.slug === slug);
  return { prev: i > 0 ? chapters[i - 1] : undefined, next: i >= 0 ? chapters[i + 1] : undefined };
}

/** The lesson body as a React component (evaluated on the server only), one per chapter per render. */
export const getLessonComponent = cache(async (slug: string) => {
  const code = await getCompiledChapter(slug);
  return code === undefined ? undefined : getMDXComponent(code);
});

/** A snippet of MDX compiled and evaluated on the server (the authoring catalog's live examples). */
export const getSnippetComponent = cache(async (mdx: string) => getMDXComponent(await compileMdx(mdx)));

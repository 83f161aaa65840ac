import 'server-only';
import { getMDXComponent } from 'mdx-bundler/client';
import { cache } from 'react';
import { loadChapters, type ChapterSource } from './chapters';
import { compileMdx } from './compile';

export type { ChapterSource } from './chapters';

/** Every published chapter in course order (read once per render; re-read per request in dev). */
export const getChapters = cache((): ChapterSource[] => loadChapters());

/** One chapter by slug, or undefined. */
export const getChapter = cache((slug: string): ChapterSource | undefined => getChapters().find((c) => c.slug === slug));

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

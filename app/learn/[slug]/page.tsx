import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChapterNav } from '@/components/lesson/ChapterNav';
import { PrevNext } from '@/components/lesson/PrevNext';
import { Questions } from '@/components/lesson/Questions';
import { ReadingProgress } from '@/components/lesson/ReadingProgress';
import { Toc } from '@/components/lesson/Toc';
import { MarkChapterRead } from '@/components/progress/MarkChapterRead';
import { createMdxComponents } from '@/components/mdx';
import { ContentErrors } from '@/components/lesson/ContentErrors';
import { LessonSizes } from '@/components/lesson/LessonSizes';
import { componentPropSchemas } from '@/components/mdx/registry';
import { figureRules } from '@/components/sims/figure-rules';
import { devChapterProblems, getChapter, getChapters, getLessonComponent, isDevServer, lessonSlugs, neighbours } from '@/lib/content';
import { tableOfContents } from '@/lib/content/toc';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/learn/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const chapter = getChapter(slug);
  if (!chapter) return {};
  const { title, summary } = chapter.frontmatter;
  return {
    title,
    description: summary,
    alternates: { canonical: `/learn/${slug}` },
    openGraph: { type: 'article', title, description: summary, url: `/learn/${slug}` },
  };
}

/** In dev, a chapter that fails to compile shows its error; in a build the error fails the build. */
async function lessonComponentOrError(slug: string) {
  try {
    return await getLessonComponent(slug);
  } catch (error) {
    if (isDevServer && error instanceof Error) return error;
    throw error;
  }
}

export default async function LessonPage({ params }: PageProps<'/learn/[slug]'>) {
  const { slug } = await params;
  const problems = devChapterProblems(slug, componentPropSchemas, figureRules);
  if (problems.length > 0) return <ContentErrors slug={slug} problems={problems} />;
  const chapter = getChapter(slug);
  const Content = await lessonComponentOrError(slug);
  if (Content instanceof Error) return <ContentErrors slug={slug} problems={[{ file: slug, line: 1, column: 1, message: Content.message }]} />;
  if (!chapter || !Content) notFound();
  const chapters = getChapters();
  const { prev, next } = neighbours(chapters, slug);
  const toc = [...tableOfContents(chapter.body), ...(chapter.frontmatter.questions.length ? [{ id: 'interview-questions', text: 'Interview questions', depth: 2 as const }] : [])];
  const fm = chapter.frontmatter;
  return (
    <>
      <ReadingProgress />
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-8 lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_14rem]">
        <aside aria-label="Course navigation" className="no-print hidden lg:block">
          <div className="sticky top-20">
            <ChapterNav chapters={chapters} current={slug} />
          </div>
        </aside>
        <article className="min-w-0">
          <header className="mb-6">
            <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">
              Chapter {fm.order} · {chapter.minutes} min
            </p>
            <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{fm.title}</h1>
            <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{fm.summary}</p>
          </header>
          <div className="lesson-body prose prose-slate max-w-none dark:prose-invert prose-a:text-sky-700 dark:prose-a:text-sky-300 prose-code:before:content-none prose-code:after:content-none">
            <Content components={createMdxComponents({ objectives: fm.objectives })} />
          </div>
          <LessonSizes />
          <MarkChapterRead slug={slug} words={chapter.words} />
          <Questions questions={fm.questions} />
          <PrevNext prev={prev} next={next} />
        </article>
        <aside aria-label="Table of contents" className="no-print hidden xl:block">
          <div className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto">
            <Toc entries={toc} />
          </div>
        </aside>
      </div>
    </>
  );
}

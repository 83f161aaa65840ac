import path from 'node:path';

/**
 * Root of the content folder. PREPUP_CONTENT_DIR lets tests and the build-time benchmark point the
 * site at a temporary folder of chapters.
 */
export function contentDir(): string {
  return process.env.PREPUP_CONTENT_DIR ? path.resolve(process.env.PREPUP_CONTENT_DIR) : path.join(process.cwd(), 'content');
}

export function chaptersDir(root = contentDir()): string {
  return path.join(root, 'chapters');
}

/** Folder of static files that content may reference (`/images/x.svg` → public/images/x.svg). */
export function publicDir(): string {
  return path.join(process.cwd(), 'public');
}

const CHAPTER_FILE = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/**
 * The lesson slug of a chapter file: its name without the numeric prefix and extension.
 * @example slugFromFileName('01-clones.mdx') // 'clones'
 */
export function slugFromFileName(fileName: string): string | null {
  const m = CHAPTER_FILE.exec(fileName);
  return m ? (m[2] ?? null) : null;
}

/** Paths in messages are relative to the project root, so they work as links in a terminal. */
export function displayPath(absPath: string): string {
  const rel = path.relative(process.cwd(), absPath);
  return rel.startsWith('..') ? absPath : rel;
}

import { transformerMetaHighlight } from '@shikijs/transformers';
import { createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';

/**
 * Languages lessons may use in fenced code blocks. Loading only these keeps the build fast
 * (loading every grammar costs ~11 s per process); the content check rejects any other.
 */
export const CODE_LANGUAGES = [
  'ts', 'tsx', 'js', 'jsx', 'json', 'bash', 'sh', 'nginx', 'sql', 'yaml', 'ini', 'text', 'diff', 'dockerfile', 'python', 'ruby', 'http',
] as const;

/** Themes that pass contrast checks (axe and Lighthouse) in both colour schemes. */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<Highlighter> | null = null;

/** One highlighter per process, shared by every chapter compiled in it. */
export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: [CODE_THEMES.light, CODE_THEMES.dark],
    langs: CODE_LANGUAGES.filter((l) => l !== 'text'),
  });
  return highlighter;
}

/** Reads `title="…"` from a code fence's meta string, e.g. ```` ```nginx title="nginx.conf" {3-5} ````. */
export function titleFromMeta(meta: string | undefined): string | undefined {
  return meta ? /\btitle=(?:"([^"]*)"|'([^']*)')/.exec(meta)?.slice(1).find((s) => s !== undefined) : undefined;
}

/** Puts the fence's title and language on `<pre>` as data attributes, for the CodeBlock component. */
export const transformerTitle: ShikiTransformer = {
  name: 'prepup:title',
  pre(node) {
    const raw = (this.options.meta as { __raw?: string } | undefined)?.__raw;
    const title = titleFromMeta(raw);
    if (title) node.properties['data-title'] = title;
    node.properties['data-language'] = this.options.lang;
  },
};

export const codeTransformers: ShikiTransformer[] = [transformerMetaHighlight(), transformerTitle];

import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { bundleMDX } from 'mdx-bundler';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { remarkGateFigures } from './gate-figures';
import { CODE_THEMES, codeTransformers, getHighlighter } from './highlight';

/** Bump when the pipeline changes, so cached compiles from an older pipeline are not reused. */
const PIPELINE_VERSION = '2';
// Inside the build folder (PREPUP_DIST_DIR, as in next.config.mjs), so parallel builds never share
// half-written cache files and a fresh build folder really starts cold (npm run bench:build).
const CACHE_DIR = path.resolve(process.cwd(), process.env.PREPUP_DIST_DIR ?? '.next', 'cache', 'prepup-mdx');

async function compileUncached(source: string): Promise<string> {
  const highlighter = await getHighlighter();
  const { code } = await bundleMDX({
    source,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkGateFigures];
      options.rehypePlugins = [
        ...(options.rehypePlugins ?? []),
        rehypeSlug,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'append',
            properties: { className: ['heading-anchor'], ariaLabel: 'Link to this section' },
            content: { type: 'text', value: '#' },
          },
        ],
        [rehypeShikiFromHighlighter, highlighter, { themes: CODE_THEMES, defaultColor: 'light', transformers: codeTransformers }],
      ];
      return options;
    },
  });
  return code;
}

/**
 * Compiles MDX to the code of a component, on the server only. Results are cached on disk by a
 * hash of the source, so unchanged chapters are not recompiled across builds.
 * @example const code = await compileMdx('# Hi'); const Content = getMDXComponent(code);
 */
export async function compileMdx(source: string): Promise<string> {
  const key = createHash('sha256').update(PIPELINE_VERSION).update(source).digest('hex');
  const file = path.join(CACHE_DIR, `${key}.js`);
  try {
    return await fs.promises.readFile(file, 'utf8');
  } catch {
    // not cached yet
  }
  const code = await compileUncached(source);
  await fs.promises.mkdir(CACHE_DIR, { recursive: true });
  await fs.promises.writeFile(file, code);
  return code;
}



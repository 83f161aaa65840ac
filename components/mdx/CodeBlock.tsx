import type { ComponentProps } from 'react';
import { CopyButton } from './CopyButton';

type PreProps = ComponentProps<'pre'> & { 'data-title'?: string; 'data-language'?: string };

/** Shiki-highlighted `<pre>` (rendered on the server) with its title and a copy button. */
export function CodeBlock({ 'data-title': title, 'data-language': language, ...props }: PreProps) {
  return (
    <figure className="code-block not-prose my-6 overflow-hidden rounded-lg border border-slate-200 dark:border-slate-700">
      <figcaption className="flex items-center justify-between gap-2 border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs dark:border-slate-700 dark:bg-slate-800">
        <span className="font-mono text-slate-700 dark:text-slate-200">{title ?? language ?? 'code'}</span>
        <CopyButton />
      </figcaption>
      <pre {...props} tabIndex={0} />
    </figure>
  );
}

import type { ReactNode } from 'react';
import type { FigureProps } from './schemas';

/**
 * A diagram or image with a caption. Inline SVG children use currentColor so they read in both
 * themes; `alt` is the text alternative for the whole figure.
 */
export function Figure({ caption, alt, src, width, height, children }: FigureProps & { children?: ReactNode }) {
  return (
    <figure className="not-prose my-8">
      <div className="figure-body overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
        {src ? (
          // eslint-disable-next-line @next/next/no-img-element -- static export has no image optimizer; files are local SVGs
          <img src={src} alt={alt} width={width} height={height} className="mx-auto h-auto max-w-full" />
        ) : (
          <div role="img" aria-label={alt} className="mx-auto max-w-full [&_svg]:mx-auto [&_svg]:h-auto [&_svg]:max-w-full">
            {children}
          </div>
        )}
      </div>
      <figcaption className="mt-2 text-center text-sm text-slate-600 dark:text-slate-400">{caption}</figcaption>
    </figure>
  );
}

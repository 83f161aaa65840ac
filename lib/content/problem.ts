/** A problem found in a content file, located as precisely as we can. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** Warnings are printed but do not fail the check (default: an error). */
  severity?: 'warning';
}

/** True for a problem that fails the check (not a warning). */
export const isError = (p: ContentProblem): boolean => p.severity !== 'warning';

/** `path:line:column  message`, the format editors and terminals turn into links. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** Thrown by the loader when a chapter cannot be used; carries every problem found. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content problems:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

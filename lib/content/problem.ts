/** A problem found in a content file, located as precisely as we can. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  /**
   * Warnings are printed but do not fail the check; `skipped` marks a check that waits for another
   * file to parse (`skipped: clones did not parse`), so one broken chapter is one problem, not one
   * per link to it. Default: an error.
   */
  severity?: 'warning' | 'skipped';
}

/** True for a problem that fails the check (not a warning or a skipped check). */
export const isError = (p: ContentProblem): boolean => p.severity === undefined;

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

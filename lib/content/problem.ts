/** A problem found in a content file, located as precisely as we can. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `path:line:column  message`, the format editors and terminals turn into links. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}`;
}

/** Thrown by the loader when a chapter cannot be used; carries every problem found. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content problems:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

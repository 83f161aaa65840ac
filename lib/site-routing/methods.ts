/**
 * The methods every Prepup URL answers: the site is read-only (prerendered pages, no forms, no
 * server actions), so anything but GET and HEAD gets 405 with `Allow: GET, HEAD`, on every route
 * alike. proxy.ts applies it in the server build; deploy/nginx.conf does the same in front of the
 * clones and for the static export.
 */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/** The `Allow` header value of a 405. */
export const ALLOW_HEADER = ALLOWED_METHODS.join(', ');

/**
 * True if the site answers this method (GET and HEAD; method names are case-sensitive in HTTP).
 *
 * @example
 * isAllowedMethod('HEAD'); // true
 * isAllowedMethod('POST'); // false
 */
export function isAllowedMethod(method: string): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method);
}

/** Body of the 405 answer (plain text: nothing to render, nothing to run). */
export const METHOD_NOT_ALLOWED_TEXT = 'Method Not Allowed: this site answers GET and HEAD only.\n';

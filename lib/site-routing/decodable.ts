/**
 * Whether every percent-escape in a URL path decodes to valid UTF-8. Next.js 16 answers a path that
 * does not (`/learn/%ff`, `/learn/%`) with a plain-text 500 and no security headers, because its
 * dynamic-route matcher throws on it; proxy.ts sends such paths to the site's 404 page instead.
 *
 * @example
 * isDecodablePath('/learn/a%20b'); // true
 * isDecodablePath('/learn/%ff'); // false (0xff is not UTF-8)
 * isDecodablePath('/learn/%'); // false (no two hex digits)
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

import { NextResponse, type NextRequest } from 'next/server';
import { securityHeaders } from '@/deploy/security-headers.mjs';
import { isDecodablePath } from '@/lib/site-routing/decodable';
import { ALLOW_HEADER, isAllowedMethod, METHOD_NOT_ALLOWED_TEXT } from '@/lib/site-routing/methods';

/**
 * Runs before routing for every request (`config.matcher`):
 * - a method other than GET or HEAD gets 405 with `Allow: GET, HEAD` and the security headers, on
 *   every route alike: without this, POST/PUT/… rendered lesson and playground pages on demand
 *   (the whole page, with a CSP that did not name its scripts) while `/` and `/progress` said 405
 *   and OPTIONS got 400 on some routes;
 * - a path with a trailing slash is redirected (308) to the one without, with the security headers;
 * - a lesson or playground path that cannot be percent-decoded (`/learn/%ff`) is answered by the
 *   site's own 404 page, with the security headers, instead of Next's plain-text 500.
 * GET and HEAD of every other path go straight on. A static export has no proxy: there nginx (or
 * the CDN) does both (deploy/nginx.conf). TRACE never gets here: Next cannot build a request
 * object for it and answers 500 itself; `npm start` (scripts/serve.mjs) and nginx answer 405 first.
 */
export function proxy(request: NextRequest) {
  if (!isAllowedMethod(request.method)) {
    return new NextResponse(METHOD_NOT_ALLOWED_TEXT, { status: 405, headers: withSecurityHeaders({ Allow: ALLOW_HEADER, 'Content-Type': 'text/plain; charset=utf-8' }) });
  }
  const { pathname } = request.nextUrl;
  // Next's own trailing-slash redirect runs before any headers are added (next.config.mjs turns it
  // off with skipTrailingSlashRedirect): redirect here, with them.
  if (pathname.length > 1 && pathname.endsWith('/')) {
    const url = new URL(request.url); // a plain URL: NextURL puts the trailing slash back
    url.pathname = pathname.replace(/\/+$/, '') || '/';
    // absolute here; Next sends it on relative (a Location it cannot parse as a URL is a 500)
    return new NextResponse(null, { status: 308, headers: withSecurityHeaders({ Location: url.toString() }) });
  }
  if (!pathname.includes('%') || !/^\/(learn|playground)\//.test(pathname) || isDecodablePath(pathname)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/not-a-page';
  url.search = '';
  return NextResponse.rewrite(url);
}

/** The security headers (no inline scripts here, so the base policy) plus this answer's own. */
function withSecurityHeaders(own: Record<string, string>): Headers {
  return new Headers([...securityHeaders().map((h): [string, string] => [h.key, h.value]), ...Object.entries(own)]);
}

export const config = {
  matcher: '/:path*',
};

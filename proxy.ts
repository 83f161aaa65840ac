import { NextResponse, type NextRequest } from 'next/server';
import { isDecodablePath } from '@/lib/site-routing/decodable';

/**
 * Runs only for lesson and playground paths that contain a `%` (see `config.matcher`): one that
 * cannot be decoded (`/learn/%ff`) is answered by the site's own 404 page, with the security
 * headers, instead of Next's plain-text 500. Every other request never reaches this function.
 * A static export has no proxy: there nginx (or the CDN) answers such paths with 404.html or 400.
 */
export function proxy(request: NextRequest) {
  if (isDecodablePath(request.nextUrl.pathname)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/not-a-page';
  url.search = '';
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: ['/learn/:rest(.*%.*)', '/playground/:rest(.*%.*)'],
};

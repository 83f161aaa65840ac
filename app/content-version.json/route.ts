import { contentVersion } from '@/lib/content/version';

/**
 * A fingerprint of content/ (names, sizes, change times). The dev server's ContentRefresher polls
 * it to reload a page when a chapter changes; in a build it is a static file and never changes.
 */
export const dynamic = 'force-static';

export function GET() {
  return Response.json({ version: contentVersion() });
}

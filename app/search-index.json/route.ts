import MiniSearch from 'minisearch';
import { getChapters } from '@/lib/content';
import { loadGlossary } from '@/lib/content/glossary';
import { searchDocuments } from '@/lib/search/documents';
import { searchOptions, type SearchDoc } from '@/lib/search/options';

/** The search index, built once at build time and served as a static file (works in a static export). */
export const dynamic = 'force-static';

export function GET() {
  const index = new MiniSearch<SearchDoc>(searchOptions);
  index.addAll(searchDocuments(getChapters(), loadGlossary()));
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

import type { MetadataRoute } from 'next';
import { getChapters } from '@/lib/content';
import { STATIC_ROUTES } from '@/lib/content/routes';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

/** Every public page; the authoring catalog is for instructors and left out. */
export default function sitemap(): MetadataRoute.Sitemap {
  const pages = [...STATIC_ROUTES.filter((r) => r !== '/authoring'), ...getChapters().map((c) => `/learn/${c.slug}`)];
  return pages.map((p) => ({ url: `${site.url}${p === '/' ? '' : p}` }));
}

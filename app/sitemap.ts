import type { MetadataRoute } from 'next';
import { allSitePages } from '@/lib/site-pages';
import { absoluteUrl } from '@/lib/site';

// Written to out/sitemap.xml at build time, from the same registry as the pages' metadata.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return allSitePages().map((page) => ({ url: absoluteUrl(page.path) }));
}

import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';
import { allSitePages, languageVersions } from '@/lib/site-pages';

// Written to out/sitemap.xml at build time, from the same registry as the pages' metadata;
// each URL lists its other-language versions (hreflang), as the pages' heads do.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return allSitePages().map((page) => ({
    url: absoluteUrl(page.path),
    alternates: {
      languages: Object.fromEntries(Object.entries(languageVersions(page.path)).map(([l, path]) => [l, absoluteUrl(path)])),
    },
  }));
}

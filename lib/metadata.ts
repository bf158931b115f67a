/**
 * A page's <head> metadata from the page registry: title, description, canonical URL,
 * hreflang alternates (every page exists in every language), Open Graph and Twitter cards
 * with the page's own image.
 */
import type { Metadata } from 'next';
import { getT } from './i18n';
import { defaultLocale, type Locale } from './site';
import { ogImagePath } from './routes';
import { languageVersions, sitePage } from './site-pages';

/** Open Graph wants language_TERRITORY; the site is about, and mostly read in, Morocco. */
const ogLocales: Record<Locale, string> = { en: 'en_GB', fr: 'fr_MA', ar: 'ar_MA' };

export function pageMetadata(path: string): Metadata {
  const page = sitePage(path);
  const versions = languageVersions(path);
  const image = { url: ogImagePath(path), width: 1200, height: 630, alt: page.title };
  const siteName = getT(page.locale)('site.name');
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: { canonical: path, languages: { ...versions, 'x-default': versions[defaultLocale] } },
    openGraph: {
      type: 'website', siteName, url: path, title: page.title, description: page.description, images: [image],
      locale: ogLocales[page.locale],
    },
    twitter: { card: 'summary_large_image', title: page.title, description: page.description, images: [image] },
  };
}

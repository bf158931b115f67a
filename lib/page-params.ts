/**
 * Shared helpers for route params: every dynamic route is fully enumerated at build
 * (generateStaticParams + dynamicParams = false), so an unknown value is a 404.
 */
import { notFound } from 'next/navigation';
import { contentIn, type ContentIndex } from './content';
import { isLocale, locales, type Locale } from './site';

export type LocaleParams = Promise<{ locale: string }>;
export type SlugParams = Promise<{ locale: string; slug: string }>;

/** The locale of a route, or a 404. */
export async function localeOf(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/** Static params for a [locale]/[slug] route: every locale × every slug. */
export function localeSlugParams(slugs: string[]): Array<{ locale: Locale; slug: string }> {
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

/**
 * Resolves a slug through `find` in the page's language (translated text over the shared
 * structure), or a 404.
 */
export async function entityOf<T>(params: SlugParams, find: (content: ContentIndex, slug: string) => T | undefined): Promise<{ locale: Locale; entity: T }> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  let entity: T | undefined;
  try {
    entity = find(contentIn(locale), slug);
  } catch {
    entity = undefined;
  }
  if (entity === undefined) notFound();
  return { locale, entity };
}

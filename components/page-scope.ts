import type { Metadata } from 'next';
import { cache } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { contentIn, type Doc } from '@/lib/content';
import type { EntityKind, TypeOfKind } from '@/lib/content/entities';
import { getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { entityOf, localeOf, type LocaleParams, type SlugParams } from '@/lib/page-params';
import type { Locale } from '@/lib/site';

/**
 * The page's language lives in the request scope, not in props: the [locale] layout and
 * every page set it (`setPageLocale`, through `pageScope`/`entityScope` below) with
 * next-intl's `setRequestLocale` (its static-rendering API; no request headers are read, so
 * every page stays static HTML; lib/i18n/request.ts), and server components read it with
 * `usePageLocale()`.
 *
 * The same value is kept beside next-intl's in a request-scoped cache (React's `cache`, as
 * next-intl keeps its own) so that reading it is synchronous: next-intl's `useLocale()`
 * reads it through a promise, which suspends the first component that asks, and each page
 * then carried one more RSC row in its HTML (about 250 bytes, 14 gzipped, on every page).
 */
const requestLocale = cache((): { locale?: Locale } => ({}));

/** Sets the page's language for its server components (next-intl's request locale too). */
export function setPageLocale(locale: Locale) {
  setRequestLocale(locale);
  requestLocale().locale = locale;
}

/** The page's language, as the layout or the page set it. */
export function usePageLocale(): Locale {
  const { locale } = requestLocale();
  if (!locale) throw new Error('No page locale: the layout and the page set it (setPageLocale, pageScope, entityScope)');
  return locale;
}

/** The page's language with its translator and its content (translated text over the shared structure). */
export function usePage() {
  return scope(usePageLocale());
}

function scope(locale: Locale) {
  return { locale, t: getT(locale), c: contentIn(locale) };
}

/** A page's language from its route (or a 404), set as the request locale for its components. */
export async function pageScope(params: LocaleParams) {
  const locale = await localeOf(params);
  setPageLocale(locale);
  return scope(locale);
}

/** An entity page's language and entity (or a 404), the language set as the request locale. */
export async function entityScope<K extends EntityKind>(kind: K, params: SlugParams) {
  const { locale, entity } = await entityOf(kind, params);
  setPageLocale(locale);
  return { entity, ...scope(locale) };
}

/** generateMetadata for a page with one address per language. */
export function localeMetadata(path: (locale: Locale) => string) {
  return async ({ params }: { params: LocaleParams }): Promise<Metadata> => pageMetadata(path(await localeOf(params)));
}

/** generateMetadata for an entity page: the entity found as the page finds it (or a 404). */
export function entityMetadata<K extends EntityKind>(kind: K, path: (locale: Locale, entity: Doc<TypeOfKind<K>>) => string) {
  return async ({ params }: { params: SlugParams }): Promise<Metadata> => {
    const { locale, entity } = await entityOf(kind, params);
    return pageMetadata(path(locale, entity));
  };
}

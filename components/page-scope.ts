import type { Metadata } from 'next';
import { useLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { contentIn, type ContentIndex } from '@/lib/content';
import { getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { entityOf, localeOf, type LocaleParams, type SlugParams } from '@/lib/page-params';
import { isLocale, type Locale } from '@/lib/site';

/**
 * The page's language lives in the request scope, not in props: the [locale] layout and
 * every page set it with next-intl's `setRequestLocale` (its static-rendering API; no
 * request headers are read, so every page stays static HTML; lib/i18n/request.ts), through
 * `pageScope`/`entityScope` below, and server components read it with `usePageLocale()`.
 */

/** The page's language. A hook (next-intl's `useLocale`): call it from a component, not an async one. */
export function usePageLocale(): Locale {
  const locale = useLocale();
  if (!isLocale(locale)) throw new Error(`Not a site locale: ${locale}`);
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
  setRequestLocale(locale);
  return scope(locale);
}

/** An entity page's language and entity (or a 404), the language set as the request locale. */
export async function entityScope<T>(params: SlugParams, find: (content: ContentIndex, slug: string) => T | undefined) {
  const { locale, entity } = await entityOf(params, find);
  setRequestLocale(locale);
  return { entity, ...scope(locale) };
}

/** Finds an entity by its code (objectives, actions), from a slug that may not be one. */
export function byCode<T>(codeFromSlug: (slug: string) => string | undefined, find: (content: ContentIndex, code: string) => T | undefined) {
  return (content: ContentIndex, slug: string) => {
    const code = codeFromSlug(slug);
    return code ? find(content, code) : undefined;
  };
}

/** generateMetadata for a page with one address per language. */
export function localeMetadata(path: (locale: Locale) => string) {
  return async ({ params }: { params: LocaleParams }): Promise<Metadata> => pageMetadata(path(await localeOf(params)));
}

/** generateMetadata for an entity page: the entity found as the page finds it (or a 404). */
export function entityMetadata<T>(find: (content: ContentIndex, slug: string) => T | undefined, path: (locale: Locale, entity: T) => string) {
  return async ({ params }: { params: SlugParams }): Promise<Metadata> => {
    const { locale, entity } = await entityOf(params, find);
    return pageMetadata(path(locale, entity));
  };
}

/**
 * Route params of the [locale] pages, from the entity table: every dynamic route is fully
 * enumerated at build (generateStaticParams + dynamicParams = false), so an unknown value is a
 * 404 — and only an unknown value: any other error stops the build.
 */
import { notFound } from 'next/navigation';
import { content, contentIn, type Doc } from './content';
import { idOf, idOfSlug, pagedType, slugOf, type EntityKind, type TypeOfKind } from './content/entities';
import { isLocale, locales, type Locale } from './site';

export type LocaleParams = Promise<{ locale: string }>;
export type SlugParams = Promise<{ locale: string; slug: string }>;

/** The locale of a route, or a 404. */
export async function localeOf(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/** Static params for a kind's [locale]/[slug] pages: every locale × every entity's URL slug. */
export function entityParams(kind: EntityKind): Array<{ locale: Locale; slug: string }> {
  const { type } = pagedType(kind);
  const slugs = content.list(type).map((doc) => slugOf(kind, idOf(type, doc)));
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

type KindDoc<K extends EntityKind> = Doc<TypeOfKind<K>>;

/** The entity a [locale]/[slug] URL names, in the page's language, or a 404. */
export async function entityOf<K extends EntityKind>(kind: K, params: SlugParams): Promise<{ locale: Locale; entity: KindDoc<K> }> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const id = idOfSlug(kind, slug);
  const entity = id === undefined ? undefined : contentIn(locale).find(pagedType(kind).type, id);
  if (entity === undefined) notFound();
  return { locale, entity: entity as KindDoc<K> };
}

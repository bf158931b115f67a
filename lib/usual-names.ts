import type { Locale } from './site';

/** An organisation's usual names by language (content field `usualNames`, lib/content/iom-schema.ts). */
export type UsualNames = Partial<Record<Exclude<Locale, 'en'>, string>>;

/** Its usual name in the page's language (the site's rendering), if the content gives one; English pages use the source's name. */
export function usualNameIn(usualNames: UsualNames | undefined, locale: Locale): string | undefined {
  return locale === 'en' ? undefined : usualNames?.[locale];
}

/** Site-wide settings, each defined once. */
import { resolveSiteOrigin } from './site-url';

/** Languages the site is published in; every URL starts with one. */
export const locales = ['en', 'fr', 'ar'] as const;
export type Locale = (typeof locales)[number];
/** English is the reference text: translations are checked against it and fall back to it. */
export const defaultLocale: Locale = 'en';

/** Each language's name in itself, for the language switcher and the / page. */
export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français', ar: 'العربية' };

export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The Intl locale used to format numbers and dates. Arabic follows Moroccan usage
 * (ar-MA: Western digits, Moroccan month names); French groups thousands with a space.
 */
export const intlLocales: Record<Locale, string> = { en: 'en-GB', fr: 'fr', ar: 'ar-MA' };

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The site's name in English; pages in other languages take theirs from lib/i18n messages. */
export const siteName = 'Migration in Morocco: the SNIA and IOM';

/**
 * Absolute origin used in permalinks, citations and canonical URLs (see site-url.ts): the
 * public SITE_URL in a publication build; otherwise the local server, and `isPreview` is
 * true so pages mark those addresses as local.
 */
const origin = resolveSiteOrigin(process.env);
export const siteUrl = origin.url;
export const isPreview = origin.preview;

/** Absolute URL of a site path ("/en/objectives/osp-5/"). */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${path}`;
}

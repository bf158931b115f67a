/** Site-wide settings, each defined once. */

/** Languages the site is published in; every URL starts with one. */
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export const siteName = 'Migration in Morocco: the SNIA and IOM';

/**
 * Absolute origin used in permalinks and citations. Set SITE_URL when building for a real
 * host; the default is the local server `npm start` runs.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** Absolute URL of a site path ("/en/objectives/osp-5/"). */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${path}`;
}

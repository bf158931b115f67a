/**
 * Paths across languages. Part of the URL scheme of lib/routes.ts (which re-exports them),
 * kept in a module of their own because the language switcher runs in the browser: routes.ts
 * carries the entity table and its zod schemas, 34 KB gzip a reader would download for
 * nothing.
 */
import type { Locale } from './site';

/** A site path written without its language (in a body: "/funding/") in one language: "/fr/funding/". */
export function inLanguage(l: Locale, sitePath: string): string {
  return `/${l}${sitePath}`;
}

/** "/fr/objectives/osp-5/" → "/ar/objectives/osp-5/": the same page in another language. */
export function inLocale(path: string, locale: Locale): string {
  const rest = path.split('/').filter(Boolean).slice(1).join('/');
  return `/${locale}/${rest ? `${rest}/` : ''}`;
}


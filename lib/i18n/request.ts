import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, isLocale } from '@/lib/site';

/**
 * next-intl's request configuration: only the page's locale. The [locale] layout and every
 * page set it with `setRequestLocale` (the static-rendering API: no headers are read, so
 * every page stays static HTML), and server components read it with `usePageLocale()`
 * (components/page-locale.ts) instead of a `locale` prop. Interface text stays with `getT`
 * (lib/i18n): no messages here, so none reach the client.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  return { locale: requested && isLocale(requested) ? requested : defaultLocale };
});


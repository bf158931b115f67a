import { useLocale } from 'next-intl';
import { isLocale, type Locale } from '@/lib/site';

/**
 * The page's language, from the request scope: the [locale] layout and every page call
 * next-intl's `setRequestLocale` (lib/i18n/request.ts), so server components read it here
 * instead of taking a `locale` prop. A hook (next-intl's `useLocale`): call it from a
 * component, not an async one.
 */
export function usePageLocale(): Locale {
  const locale = useLocale();
  if (!isLocale(locale)) throw new Error(`Not a site locale: ${locale}`);
  return locale;
}

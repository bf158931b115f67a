import type { Metadata } from 'next';
import { LocaleShell } from '@/components/layout/locale-shell';
import { routes } from '@/lib/routes';
import { defaultLocale, localeNames, locales, siteName } from '@/lib/site';
import { getT } from '@/lib/i18n';

export const metadata: Metadata = {
  title: `Page not found · ${siteName}`,
  description: 'There is no page at this address. Find the SNIA programmes, objectives and actions from here.',
  robots: { index: false },
};

/**
 * Exported as out/404.html; static hosts serve it for any unknown URL, whatever its
 * language, so the page is in English with a line in French and Arabic pointing home.
 */
export default function NotFound() {
  const locale = defaultLocale;
  const t = getT(locale);
  return (
    <LocaleShell locale={locale}>
      <h1 className="text-2xl font-bold text-brand-900">{t('notFound.title')}</h1>
      <p className="mt-3">{t('notFound.text')}</p>
      <ul className="mt-3 list-disc ps-6">
        <li><a href={routes.home(locale)}>{t('notFound.home')}</a></li>
        <li><a href={routes.programmes(locale)}>{t('notFound.programmes')}</a></li>
        <li><a href={routes.objectives(locale)}>{t('notFound.objectives')}</a></li>
        <li><a href={routes.search(locale)}>{t('notFound.search')}</a></li>
        <li><a href={routes.siteMap(locale)}>{t('pages.siteMap.label')}</a></li>
      </ul>
      <ul className="mt-6 space-y-1">
        {locales.filter((l) => l !== locale).map((l) => (
          <li key={l} lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'}>
            {getT(l)('notFound.text')} <a href={routes.home(l)} hrefLang={l}>{getT(l)('notFound.home')}</a> ({localeNames[l]})
          </li>
        ))}
      </ul>
    </LocaleShell>
  );
}

import type { Metadata } from 'next';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { routes } from '@/lib/routes';
import { defaultLocale, siteName } from '@/lib/site';

export const metadata: Metadata = {
  title: `Page not found · ${siteName}`,
  description: 'There is no page at this address. Find the SNIA programmes, objectives and actions from here.',
  robots: { index: false },
};

/** Exported as out/404.html; static hosts serve it for any unknown URL. */
export default function NotFound() {
  const locale = defaultLocale;
  return (
    <html lang={locale} dir="ltr">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-4xl flex-1 px-4 py-6">
          <h1 className="text-2xl font-bold text-brand-900">Page not found</h1>
          <p className="mt-3">There is no page at this address. It may have been mistyped.</p>
          <ul className="mt-3 list-disc ps-6">
            <li><a href={routes.home(locale)}>Home: the National Strategy for Immigration and Asylum</a></li>
            <li><a href={routes.programmes(locale)}>All 11 programmes</a></li>
            <li><a href={routes.objectives(locale)}>All 27 specific objectives</a></li>
            <li><a href={routes.search(locale)}>Search, or browse everything A to Z</a></li>
            <li><a href={routes.siteMap(locale)}>Site map</a></li>
          </ul>
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}

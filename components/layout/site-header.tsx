import Link from '@/components/ui/link';
import { getT } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { localeNames, locales, type Locale } from '@/lib/site';
import { HeaderSearch } from './header-search';
import { LanguageSwitcher } from './language-switcher.client';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getT(locale);
  const links = [
    { href: routes.programmes(locale), label: t('header.programmes') },
    { href: routes.objectives(locale), label: t('header.objectives') },
    { href: routes.actions(locale), label: t('header.actions') },
    { href: routes.iom(locale), label: t('header.iom') },
    { href: routes.funding(locale), label: t('header.funding') },
    { href: routes.contact(locale), label: t('header.contact') },
    // The full tree lives on the site map: on every page it would double each page's weight.
    { href: routes.siteMap(locale), label: t('header.browse') },
  ];
  return (
    <header className="border-b-4 border-accent-700 bg-brand-900 text-white">
      <div className="mx-auto max-w-4xl px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Link href={routes.home(locale)} className="text-lg font-semibold text-white no-underline hover:text-white hover:underline">
            {t('site.name')}
          </Link>
          <LanguageSwitcher label={t('header.languages')} current={locale} languages={locales.map((l) => ({ locale: l, name: localeNames[l] }))} />
        </div>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
          <nav aria-label={t('header.main')} data-testid="main-nav">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="text-white hover:text-white">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <HeaderSearch locale={locale} />
        </div>
      </div>
    </header>
  );
}

import Link from '@/components/ui/link';
import { getT } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import { localeNames, locales, type Locale } from '@/lib/site';
import { HeaderSearch } from './header-search';
import { LanguageSwitcher } from './language-switcher.client';

/** Every link in the header is at least 24 px tall (WCAG 2.5.8): a phone's tap target. */
const tapTarget = 'inline-flex min-h-8 items-center';

/**
 * Two rows on every screen, so the header takes little of a phone's first screen: the site's
 * name and the languages, then Help, the menu and search. The menu is a native <details>: it
 * opens by tap or keyboard without JavaScript, and its panel overlays the page below.
 */
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
    <header className="relative border-b-4 border-accent-700 bg-brand-900 text-white" data-testid="site-header">
      <div className="mx-auto max-w-4xl px-4 py-1.5">
        <div className="flex items-center justify-between gap-x-3">
          <Link href={routes.home(locale)} className={`${tapTarget} min-w-0 leading-tight font-semibold text-white no-underline hover:text-white hover:underline sm:text-lg`}>
            <span className="sm:hidden">{t('site.shortName')}</span>
            <span className="hidden sm:inline">{t('site.name')}</span>
          </Link>
          {/* The switcher is shared as it is; the header only gives its links their tap height. */}
          <div className="shrink-0 [&_a]:inline-flex [&_a]:min-h-8 [&_a]:items-center [&_span]:inline-flex [&_span]:min-h-8 [&_span]:items-center">
            <LanguageSwitcher label={t('header.languages')} current={locale} languages={locales.map((l) => ({ locale: l, name: localeNames[l] }))} />
          </div>
        </div>
        <div className="mt-1 flex items-center gap-x-3">
          <nav aria-label={t('header.main')} data-testid="main-nav">
            <ul className="flex items-center gap-x-3 text-sm">
              <li>
                <Link href={routes.help(locale)} className={`${tapTarget} font-semibold text-white hover:text-white`} data-testid="header-help">{t('header.help')}</Link>
              </li>
              <li>
                <details data-testid="header-menu" className="group">
                  <summary className={`${tapTarget} cursor-pointer gap-1 rounded border border-white/70 px-2 font-semibold`}>
                    {t('header.menu')}<span aria-hidden="true" className="group-open:rotate-180">▾</span>
                  </summary>
                  <ul className="absolute inset-x-0 top-full z-20 border-b-4 border-accent-700 bg-brand-900 px-4 py-2 shadow-lg">
                    {links.map((link) => (
                      <li key={link.href} className="mx-auto max-w-4xl">
                        <Link href={link.href} className="flex min-h-11 items-center text-base text-white hover:text-white">{link.label}</Link>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            </ul>
          </nav>
          <HeaderSearch locale={locale} />
        </div>
      </div>
    </header>
  );
}

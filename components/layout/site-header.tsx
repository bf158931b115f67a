import Link from 'next/link';
import { routes } from '@/lib/routes';
import { HeaderSearch } from './header-search';
import { siteName, type Locale } from '@/lib/site';

export function SiteHeader({ locale }: { locale: Locale }) {
  const links = [
    { href: routes.programmes(locale), label: 'Programmes' },
    { href: routes.objectives(locale), label: 'Objectives' },
    { href: routes.actions(locale), label: 'Actions' },
    { href: routes.iom(locale), label: 'IOM Morocco' },
    { href: routes.funding(locale), label: 'Who funds what' },
    { href: routes.contact(locale), label: 'Contact' },
    // The full tree lives on the site map: on every page it would double each page's weight.
    { href: routes.siteMap(locale), label: 'Browse everything' },
  ];
  return (
    <header className="border-b-4 border-accent-700 bg-brand-900 text-white">
      <div className="mx-auto max-w-4xl px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Link href={routes.home(locale)} className="text-lg font-semibold text-white no-underline hover:text-white hover:underline">
            {siteName}
          </Link>
          <HeaderSearch locale={locale} />
        </div>
        <nav aria-label="Main" className="mt-2">
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
      </div>
    </header>
  );
}

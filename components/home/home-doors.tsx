import { usePage } from '@/components/page-scope';
import Link from '@/components/ui/link';
import { routes } from '@/lib/routes';

/**
 * The home page's three doors, one per kind of reader (a migrant looking for help, a reader of
 * the strategy, a reader of IOM's projects and their funding), then contact. Each door is one
 * link: its whole card is the tap target.
 */
export function HomeDoors() {
  const { locale, t } = usePage();
  const doors = [
    { href: routes.help(locale), title: t('home.doorHelp'), text: t('home.doorHelpText'), testId: 'door-help' },
    { href: routes.programmes(locale), title: t('home.doorStrategy'), text: t('home.doorStrategyText'), testId: 'door-strategy' },
    { href: routes.iom(locale), title: t('home.doorIom'), text: t('home.doorIomText'), testId: 'door-iom' },
  ];
  return (
    <nav aria-labelledby="doors" className="mt-4">
      <h2 id="doors" className="sr-only">{t('home.doors')}</h2>
      <ul className="space-y-2">
        {doors.map((door) => (
          <li key={door.href}>
            <Link href={door.href} data-testid={door.testId} className="block rounded border-2 border-brand-900 bg-brand-50 px-3 py-1.5 leading-snug no-underline hover:bg-white">
              <span className="block font-semibold text-brand-900 underline">{door.title}</span>
              <span className="block text-sm text-slate-800">{door.text}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        {t.rich('home.contactLine', { link: (chunks) => <Link href={routes.contact(locale)} className="inline-block min-h-6 py-0.5 font-semibold">{chunks}</Link> })}
      </p>
    </nav>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { catalogue, entityTypes } from '@/lib/catalogue';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Site map',
  description: 'Every page of this site, grouped by type: SNIA programmes, objectives and actions; IOM areas, projects and donors.',
};

function generalPages(l: Locale) {
  return [
    { href: routes.home(l), title: 'Home: the SNIA at a glance' },
    { href: routes.programmes(l), title: 'All programmes' },
    { href: routes.objectives(l), title: 'All specific objectives' },
    { href: routes.actions(l), title: 'All actions' },
    { href: routes.iom(l), title: 'IOM in Morocco' },
    { href: routes.projects(l), title: 'All IOM projects' },
    { href: routes.donors(l), title: 'All donors' },
    { href: routes.partners(l), title: 'Partners' },
    { href: routes.funding(l), title: 'Who funds what (table and CSV)' },
    { href: routes.contact(l), title: 'Contact' },
    { href: routes.search(l), title: 'Search and A–Z index' },
    { href: routes.sources(l), title: 'Sources' },
  ];
}

export default async function SiteMapPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const entries = catalogue(locale).filter((e) => e.type !== 'Partner'); // partners share one page, listed above
  return (
    <div>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }]} current="Site map" />
      <PageTitle>Site map</PageTitle>
      <Section id="general" title="General pages">
        <ul className="list-disc space-y-1 ps-6">
          {generalPages(locale).map((p) => <li key={p.href}><Link href={p.href}>{p.title}</Link></li>)}
        </ul>
      </Section>
      {entityTypes.filter((t) => t !== 'Partner').map((type) => (
        <Section key={type} id={`type-${type.toLowerCase().replace(' ', '-')}`} title={`${type} pages`}>
          <ul className="list-disc space-y-1 ps-6" data-testid={`site-map-${type}`}>
            {entries.filter((e) => e.type === type).map((e) => (
              <li key={e.key}><Link href={e.href}>{e.code && `${e.code}: `}{e.title}</Link></li>
            ))}
          </ul>
        </Section>
      ))}
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { BrowseMenu } from '@/components/layout/browse-menu';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { catalogue, entityTypes } from '@/lib/catalogue';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { generalSitePages } from '@/lib/site-pages';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.siteMap(await localeOf(params)));

export default async function SiteMapPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const entries = catalogue(locale).filter((e) => e.type !== 'Partner'); // partners share one page, listed above
  return (
    <div>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }]} current="Site map" />
      <PageTitle>Site map</PageTitle>
      <BrowseMenu locale={locale} />
      <Section id="general" title="General pages">
        <ul className="list-disc space-y-1 ps-6">
          {generalSitePages(locale).map((p) => <li key={p.path}><Link href={p.path}>{p.label}</Link></li>)}
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

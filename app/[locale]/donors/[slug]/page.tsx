import type { Metadata } from 'next';
import { JsonLd } from '@/components/seo/json-ld';
import { donorLd } from '@/lib/structured-data';
import { DataLinks } from '@/components/data/data-links';
import Link from 'next/link';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { CiteThis } from '@/components/ui/cite-this';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.donors().map((d) => d.slug));

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: d } = await entityOf(params, content.donor);
  return pageMetadata(routes.donor(locale, d.slug));
}

export default async function DonorPage({ params }: { params: SlugParams }) {
  const { locale, entity: d } = await entityOf(params, content.donor);
  const projects = content.projectsFundedBy(d);
  return (
    <article data-pagefind-body>
      <JsonLd data={donorLd(locale, d)} />
      <SearchMeta type="Donor" code={d.shortName} />
      <Breadcrumbs
        trail={[{ label: 'Home', href: routes.home(locale) }, { label: 'IOM Morocco', href: routes.iom(locale) }, { label: 'Donors', href: routes.donors(locale) }]}
        current={d.shortName ?? d.name}
      />
      <PageTitle kicker="Donor">{d.name}{d.shortName && ` (${d.shortName})`}</PageTitle>
      {d.description && <p>{d.description}</p>}
      <Section id="projects" title={`Projects funded (${projects.length})`}>
        <ul className="space-y-3" data-testid="donor-projects">
          {projects.map((p) => {
            const co = content.donorsOf(p).filter((x) => x.slug !== d.slug);
            return (
              <li key={p.slug}>
                <Link href={routes.project(locale, p.slug)} className="inline-block py-0.5 font-semibold">{p.title}</Link>
                <p className="text-sm text-slate-700">
                  Thematic area: <Link href={routes.area(locale, p.area)}>{content.area(p.area).title}</Link>
                  {co.length > 0 && <> · Funded jointly with {co.map((x) => x.name).join(', ')}</>}
                </p>
              </li>
            );
          })}
        </ul>
      </Section>
      <CiteThis title={`${d.name}: IOM Morocco projects funded`} sources={content.sourcesOf(d)} path={routes.donor(locale, d.slug)} />
      <BacklinksSection entity={entityKey('donor', d.slug)} locale={locale} />
      <DataLinks dataset="donors" record={d.slug} locale={locale} />
      <SourceNote sources={content.sourcesOf(d)} lastChecked={d.lastChecked} />
    </article>
  );
}

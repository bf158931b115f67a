import type { Metadata } from 'next';
import { JsonLd } from '@/components/seo/json-ld';
import { projectLd } from '@/lib/structured-data';
import { DataLinks } from '@/components/data/data-links';
import Link from 'next/link';
import { EditorialSniaLinks } from '@/components/iom/editorial-snia-links';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { MdxBody } from '@/components/mdx/mdx-body';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { CiteThis } from '@/components/ui/cite-this';
import { PageTitle } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.projects().map((p) => p.slug));

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: p } = await entityOf(params, content.project);
  return pageMetadata(routes.project(locale, p.slug));
}

export default async function ProjectPage({ params }: { params: SlugParams }) {
  const { locale, entity: p } = await entityOf(params, content.project);
  const area = content.area(p.area);
  const donors = content.donorsOf(p);
  const partners = content.partnersOf(p);
  const rows: Array<[string, React.ReactNode]> = [
    ['Thematic area', <Link key="a" href={routes.area(locale, area.slug)}>{area.title}</Link>],
    [donors.length === 1 ? 'Donor' : 'Donors', (
      <ul key="d">{donors.map((d) => <li key={d.slug}><Link href={routes.donor(locale, d.slug)}>{d.name}</Link></li>)}</ul>
    )],
  ];
  if (partners.length > 0) {
    rows.push(['Implemented by', <span key="p">{partners.map((x, i) => <span key={x.slug}>{i > 0 && ', '}<Link href={routes.partner(locale, x.slug)}>{x.name}</Link></span>)} and IOM</span>]);
  }
  if (p.countries) rows.push(['Countries covered', p.countries.join(', ')]);
  return (
    <article data-pagefind-body>
      <JsonLd data={projectLd(locale, p)} />
      <SearchMeta type="Project" code={p.shortName} />
      <Breadcrumbs
        trail={[{ label: 'Home', href: routes.home(locale) }, { label: 'IOM Morocco', href: routes.iom(locale) }, { label: 'Projects', href: routes.projects(locale) }]}
        current={p.shortName ?? p.title}
      />
      <PageTitle kicker={p.shortName ? `IOM Morocco project · ${p.shortName}` : 'IOM Morocco project'}>{p.title}</PageTitle>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {p.body.raw.trim() ? (
        <MdxBody code={p.body.code} locale={locale} />
      ) : (
        <p className="mt-4 text-slate-700">The source gives no description of this project beyond its title and funder.</p>
      )}
      <p className="mt-4">About the area: {area.summary}</p>
      <EditorialSniaLinks project={p} locale={locale} />
      <CiteThis title={p.title} sources={content.sourcesOf(p)} funders={donors.map((d) => d.name)} path={routes.project(locale, p.slug)} />
      <BacklinksSection entity={entityKey('project', p.slug)} locale={locale} />
      <DataLinks dataset="projects" record={p.slug} locale={locale} />
      <SourceNote sources={content.sourcesOf(p)} lastChecked={p.lastChecked} />
    </article>
  );
}

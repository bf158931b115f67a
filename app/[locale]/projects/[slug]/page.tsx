import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { DataLinks } from '@/components/data/data-links';
import { EditorialSniaLinks } from '@/components/iom/editorial-snia-links';
import { MdxBody } from '@/components/mdx/mdx-body';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { JsonLd } from '@/components/seo/json-ld';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { CiteThis } from '@/components/ui/cite-this';
import { PageTitle } from '@/components/ui/page-title';
import { OfficialWording } from '@/components/ui/official-wording';
import { Evidence } from '@/components/ui/evidence';
import { SourceNote } from '@/components/ui/source-note';
import { TranslationNotice } from '@/components/ui/translation-notice';
import { content, contentIn, donorListName } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { getFormat, foreignText, getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { projectLd } from '@/lib/structured-data';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.projects().map((p) => p.slug));

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: p } = await entityOf(params, (c, slug) => c.project(slug));
  return pageMetadata(routes.project(locale, p.slug));
}

export default async function ProjectPage({ params }: { params: SlugParams }) {
  const { locale, entity: p } = await entityOf(params, (c, slug) => c.project(slug));
  setRequestLocale(locale);
  const t = getT(locale);
  const format = getFormat(locale);
  const c = contentIn(locale);
  const area = c.area(p.area);
  const donors = c.donorsOf(p);
  const partners = c.partnersOf(p);
  const rows: Array<[string, ReactNode]> = [
    [t('projectPage.area'), <Link key="a" href={routes.area(locale, area.slug)}>{area.title}</Link>],
    [t('projectPage.donors', { count: donors.length }), (
      <ul key="d">{donors.map((d) => <li key={d.slug}><Link href={routes.donor(locale, d.slug)}>{donorListName(d)}</Link></li>)}</ul>
    )],
  ];
  if (partners.length > 0) {
    const links = partners.map((x) => <Link key={x.slug} href={routes.partner(locale, x.slug)}>{x.name}</Link>);
    rows.push([t('projectPage.implementedBy'), <span key="p">{format.list([...links, t('projectPage.iom')])}</span>]);
  }
  if (p.countries) rows.push([t('projectPage.countries'), <span key="c" {...foreignText(p.lang, locale)}>{format.list(p.countries)}</span>]);
  const kind = t('entityTypes.project');
  return (
    <article data-pagefind-body>
      <JsonLd data={projectLd(locale, p)} />
      <SearchMeta kind="project" code={p.shortName} />
      <Breadcrumbs
        trail={[
          { label: t('breadcrumbs.home'), href: routes.home(locale) },
          { label: t('header.iom'), href: routes.iom(locale) },
          { label: t('areaPage.projects'), href: routes.projects(locale) },
        ]}
        current={p.shortName ?? p.title}
      />
      <TranslationNotice textLang={p.lang} />
      <PageTitle kicker={p.shortName ? `${kind} · ${p.shortName}` : kind}><span {...foreignText(p.lang, locale)}>{p.title}</span></PageTitle>
      <OfficialWording english={content.project(p.slug).title} source={content.source(p.sources[0]!)} textLang={p.lang} note={p.officialNote} />
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {p.body.raw.trim() ? (
        <div {...foreignText(p.lang, locale)}><MdxBody body={p.body.raw} /></div>
      ) : (
        <p className="mt-4 text-slate-700">{t('projectPage.noDescription')}</p>
      )}
      <p className="mt-4">{t('projectPage.aboutArea')}{t('common.colon')}<span {...foreignText(area.lang, locale)}>{area.summary}</span></p>
      <EditorialSniaLinks project={p} />
      <CiteThis title={p.title} sources={c.sourcesOf(p)} funders={donors.map(donorListName)} path={routes.project(locale, p.slug)} />
      <BacklinksSection entity={entityKey('project', p.slug)} />
      <DataLinks dataset="projects" record={p.slug} />
      <Evidence doc={p} />
      <SourceNote sources={c.sourcesOf(p)} lastChecked={p.lastChecked} />
    </article>
  );
}

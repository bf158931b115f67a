import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Link from '@/components/ui/link';
import { DataLinks } from '@/components/data/data-links';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { JsonLd } from '@/components/seo/json-ld';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { CiteThis } from '@/components/ui/cite-this';
import { PageTitle, Section } from '@/components/ui/page-title';
import { Evidence } from '@/components/ui/evidence';
import { SourceNote } from '@/components/ui/source-note';
import { TranslationNotice } from '@/components/ui/translation-notice';
import { content, contentIn, donorListName } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { getFormat, foreignText, getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { donorLd } from '@/lib/structured-data';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.donors().map((d) => d.slug));

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: d } = await entityOf(params, (c, slug) => c.donor(slug));
  return pageMetadata(routes.donor(locale, d.slug));
}

export default async function DonorPage({ params }: { params: SlugParams }) {
  const { locale, entity: d } = await entityOf(params, (c, slug) => c.donor(slug));
  setRequestLocale(locale);
  const t = getT(locale);
  const c = contentIn(locale);
  const projects = c.projectsFundedBy(d);
  const colon = t('common.colon');
  return (
    <article data-pagefind-body>
      <JsonLd data={donorLd(locale, d)} />
      <SearchMeta kind="donor" code={d.shortName} />
      <Breadcrumbs
        trail={[
          { label: t('breadcrumbs.home'), href: routes.home(locale) },
          { label: t('header.iom'), href: routes.iom(locale) },
          { label: t('iomPage.donors'), href: routes.donors(locale) },
        ]}
        current={d.shortName ?? d.name}
      />
      {d.description && <TranslationNotice textLang={d.lang} />}
      <PageTitle kicker={t('entityTypes.donor')}>{d.name}{d.shortName && ` (${d.shortName})`}</PageTitle>
      {d.description && <p {...foreignText(d.lang, locale)}>{d.description}</p>}
      <Section id="projects" title={t('donorPage.projects', { count: projects.length })}>
        <ul className="space-y-3" data-testid="donor-projects">
          {projects.map((p) => {
            const co = c.donorsOf(p).filter((x) => x.slug !== d.slug);
            return (
              <li key={p.slug}>
                <Link href={routes.project(locale, p.slug)} className="inline-block py-0.5 font-semibold">{p.title}</Link>
                <p className="text-sm text-slate-700">
                  {t('projectPage.area')}{colon}<Link href={routes.area(locale, p.area)}>{c.area(p.area).title}</Link>
                  {co.length > 0 && <> · {t('donorPage.jointly', { donors: getFormat(locale).list(co.map(donorListName)) })}</>}
                </p>
              </li>
            );
          })}
        </ul>
      </Section>
      <CiteThis title={t('donorPage.citeTitle', { name: d.name })} sources={c.sourcesOf(d)} path={routes.donor(locale, d.slug)} />
      <BacklinksSection entity={entityKey('donor', d.slug)} />
      <DataLinks dataset="donors" record={d.slug} />
      <Evidence doc={d} />
      <SourceNote sources={c.sourcesOf(d)} lastChecked={d.lastChecked} />
    </article>
  );
}

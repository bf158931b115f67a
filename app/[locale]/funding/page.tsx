import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { DataLinks } from '@/components/data/data-links';
import { FundingDiagram } from '@/components/iom/funding-diagram';
import { FundingTable } from '@/components/iom/funding-table.client';
import { JsonLd } from '@/components/seo/json-ld';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { contentIn, donorListName } from '@/lib/content';
import { getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { intlLocales } from '@/lib/site';
import { datasetLd } from '@/lib/structured-data';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.funding(await localeOf(params)));

export default async function FundingPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = getT(locale);
  const content = contentIn(locale);
  const rows = content.fundingRows();
  const projects = content.projects();
  return (
    <article data-pagefind-body>
      <JsonLd data={datasetLd('funding')} />
      <Breadcrumbs
        trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }, { label: t('header.iom'), href: routes.iom(locale) }]}
        current={t('header.funding')}
      />
      <PageTitle>{t('header.funding')}</PageTitle>
      <p>{t('fundingPage.intro', { donors: content.donors().length, projects: projects.length, pairs: rows.length })}</p>
      <p className="mt-2">
        <a href={routes.fundingCsv()} download>{t('fundingPage.download')}</a> {t('fundingPage.csvNote')}
      </p>
      <Section id="diagram" title={t('fundingPage.atAGlance')}>
        <FundingDiagram />
      </Section>
      <Section id="table" title={t('fundingPage.tableTitle')}>
        <FundingTable
          caption={t('fundingPage.caption')}
          labels={{ donor: t('entityTypes.donor'), project: t('entityTypes.project'), area: t('projectPage.area') }}
          collation={intlLocales[locale]}
          rows={rows.map((r) => ({
            donor: donorListName(r.donor),
            donorHref: routes.donor(locale, r.donor.slug),
            project: r.project.title,
            projectHref: routes.project(locale, r.project.slug),
            area: r.area.title,
            areaHref: routes.area(locale, r.area.slug),
          }))}
        />
      </Section>
      <DataLinks dataset="funding" />
      {projects[0] && <SourceNote sources={content.sourcesOf(projects[0])} lastChecked={projects[0].lastChecked} />}
    </article>
  );
}

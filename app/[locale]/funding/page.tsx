import { FundingDiagram } from '@/components/iom/funding-diagram';
import { FundingTable } from '@/components/iom/funding-table';
import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { JsonLd } from '@/components/seo/json-ld';
import { Section } from '@/components/ui/page-title';
import { donorListName } from '@/lib/content';
import type { LocaleParams } from '@/lib/page-params';
import { dataPaths, routes } from '@/lib/routes';
import { intlLocales } from '@/lib/site';
import { datasetLd } from '@/lib/structured-data';

export default async function FundingPage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  const rows = c.fundingRows();
  const projects = c.projects();
  return (
    <PageFrame path={routes.funding(locale)}
      head={<JsonLd data={datasetLd('funding')} />}
      trail={['iom']} current={t('header.funding')}
      title={t('header.funding')} dataset="funding" listOf={[...projects, ...c.donors(), ...c.thematicAreas()]}
    >
      <p>{t('fundingPage.intro', { donors: c.donors().length, projects: projects.length, pairs: rows.length })}</p>
      <p className="mt-2">
        <a href={routes.fundingCsv()} download>{t('fundingPage.download')}</a> {t('fundingPage.csvNote')}
      </p>
      <p className="mt-2" data-testid="funding-data-package">
        {t.rich('fundingPage.dataPackage', {
          package: (chunks) => <a href={dataPaths.dataPackage()}>{chunks}</a>,
          readme: (chunks) => <a href={dataPaths.dataPackageReadme()}>{chunks}</a>,
        })}
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
            projectShortName: r.project.shortName,
            area: r.area.title,
          }))}
        />
      </Section>
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.funding);

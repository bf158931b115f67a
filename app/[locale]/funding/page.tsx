import type { Metadata } from 'next';
import { JsonLd } from '@/components/seo/json-ld';
import { datasetLd } from '@/lib/structured-data';
import { DataLinks } from '@/components/data/data-links';
import { FundingDiagram } from '@/components/iom/funding-diagram';
import { FundingTable } from '@/components/iom/funding-table.client';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.funding(await localeOf(params)));

export default async function FundingPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const rows = content.fundingRows();
  const projects = content.projects();
  return (
    <article data-pagefind-body>
      <JsonLd data={datasetLd('funding')} />
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }, { label: 'IOM Morocco', href: routes.iom(locale) }]} current="Who funds what" />
      <PageTitle>Who funds what</PageTitle>
      <p>
        {content.donors().length} donors fund {projects.length} IOM Morocco projects. Each row is one donor–project pair
        ({rows.length} in all); a project funded jointly appears once per donor.
      </p>
      <p className="mt-2">
        <a href={routes.fundingCsv()} download>Download the table as CSV</a> (UTF-8 with a byte-order mark, comma-separated,
        one row per pair; opens directly in spreadsheet programs).
      </p>
      <Section id="diagram" title="At a glance">
        <FundingDiagram />
      </Section>
      <Section id="table" title="Donors, projects and thematic areas">
        <FundingTable
          caption="One row per donor and project. Headers sort the table when JavaScript is on."
          rows={rows.map((r) => ({
            donor: r.donor.name,
            donorHref: routes.donor(locale, r.donor.slug),
            project: r.project.title,
            projectHref: routes.project(locale, r.project.slug),
            area: r.area.title,
            areaHref: routes.area(locale, r.area.slug),
          }))}
        />
      </Section>
      <DataLinks dataset="funding" locale={locale} />
      {projects[0] && <SourceNote sources={content.sourcesOf(projects[0])} lastChecked={projects[0].lastChecked} />}
    </article>
  );
}

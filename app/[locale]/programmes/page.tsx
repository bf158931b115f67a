import type { Metadata } from 'next';
import { ProgrammeList } from '@/components/snia/programme-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'All programmes of the SNIA',
  description: 'The 11 sectoral and cross-cutting programmes of the National Strategy for Immigration and Asylum, with their specific objectives.',
};

export default async function ProgrammesPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const programmes = content.programmes();
  const [first] = programmes;
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }]} current="Programmes" />
      <PageTitle>The {programmes.length} programmes</PageTitle>
      <ProgrammeList programmes={programmes} locale={locale} headingLevel="h2" />
      {first && <SourceNote sources={content.sourcesOf(first)} lastChecked={first.lastChecked} />}
    </article>
  );
}

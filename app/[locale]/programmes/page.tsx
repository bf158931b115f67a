import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { DataLinks } from '@/components/data/data-links';
import { ProgrammeList } from '@/components/snia/programme-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { contentIn } from '@/lib/content';
import { getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.programmes(await localeOf(params)));

export default async function ProgrammesPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = getT(locale);
  const content = contentIn(locale);
  const programmes = content.programmes();
  const [first] = programmes;
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }]} current={t('header.programmes')} />
      <PageTitle>{t('home.theProgrammes', { count: programmes.length })}</PageTitle>
      <ProgrammeList programmes={programmes} headingLevel="h2" />
      <DataLinks dataset="programmes" />
      {first && <SourceNote sources={content.sourcesOf(first)} lastChecked={first.lastChecked} />}
    </article>
  );
}

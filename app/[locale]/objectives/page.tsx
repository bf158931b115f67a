import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Link from '@/components/ui/link';
import { DataLinks } from '@/components/data/data-links';
import { ObjectiveList } from '@/components/snia/objective-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { contentIn } from '@/lib/content';
import { getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.objectives(await localeOf(params)));

export default async function ObjectivesPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = getT(locale);
  const content = contentIn(locale);
  const objectives = content.objectives();
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }]} current={t('header.objectives')} />
      <PageTitle>{t('objectivesPage.title', { count: objectives.length })}</PageTitle>
      <p>{t('objectivesPage.numbering', { last: objectives.length })}</p>
      {content.programmes().map((p) => (
        <Section key={p.slug} id={`programme-${p.number}`} title={t('common.programmeTitled', { number: p.number, title: p.title })}>
          <p className="mb-2 text-sm"><Link href={routes.programme(locale, p.slug)}>{t('objectivesPage.aboutProgramme', { number: p.number })}</Link></p>
          <ObjectiveList objectives={content.objectivesOf(p)} />
        </Section>
      ))}
      <DataLinks dataset="objectives" />
      {objectives[0] && <SourceNote sources={content.sourcesOf(objectives[0])} lastChecked={objectives[0].lastChecked} />}
    </article>
  );
}

import type { Metadata } from 'next';
import { DataLinks } from '@/components/data/data-links';
import Link from 'next/link';
import { ObjectiveList } from '@/components/snia/objective-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.objectives(await localeOf(params)));

export default async function ObjectivesPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const objectives = content.objectives();
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }]} current="Objectives" />
      <PageTitle>The {objectives.length} specific objectives</PageTitle>
      <p>The source numbers them OSP 1 to OSP {objectives.length}, across the programmes below.</p>
      {content.programmes().map((p) => (
        <Section key={p.slug} id={`programme-${p.number}`} title={`Programme ${p.number}: ${p.title}`}>
          <p className="mb-2 text-sm"><Link href={routes.programme(locale, p.slug)}>About programme {p.number}</Link></p>
          <ObjectiveList objectives={content.objectivesOf(p)} locale={locale} />
        </Section>
      ))}
      <DataLinks dataset="objectives" locale={locale} />
      {objectives[0] && <SourceNote sources={content.sourcesOf(objectives[0])} lastChecked={objectives[0].lastChecked} />}
    </article>
  );
}

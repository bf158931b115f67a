import type { Metadata } from 'next';
import { DataLinks } from '@/components/data/data-links';
import Link from 'next/link';
import { ProjectList } from '@/components/iom/project-list';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { MdxBody } from '@/components/mdx/mdx-body';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.thematicAreas().map((t) => t.slug));

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: t } = await entityOf(params, content.area);
  return pageMetadata(routes.area(locale, t.slug));
}

export default async function AreaPage({ params }: { params: SlugParams }) {
  const { locale, entity: t } = await entityOf(params, content.area);
  const donors = content.donorsIn(t);
  return (
    <article data-pagefind-body>
      <SearchMeta type="Thematic area" />
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }, { label: 'IOM Morocco', href: routes.iom(locale) }]} current={t.title} />
      <PageTitle kicker="IOM Morocco thematic area">{t.title}</PageTitle>
      <MdxBody code={t.body.code} locale={locale} />
      <Section id="projects" title="Projects">
        <ProjectList projects={content.projectsIn(t)} locale={locale} showArea={false} />
      </Section>
      <Section id="donors" title="Donors">
        <ul className="list-disc space-y-1 ps-6">
          {donors.map((d) => <li key={d.slug}><Link href={routes.donor(locale, d.slug)}>{d.name}</Link></li>)}
        </ul>
      </Section>
      <BacklinksSection entity={entityKey('area', t.slug)} locale={locale} />
      <DataLinks dataset="thematic-areas" record={t.slug} locale={locale} />
      <SourceNote sources={content.sourcesOf(t)} lastChecked={t.lastChecked} />
    </article>
  );
}

import type { Metadata } from 'next';
import { DataLinks } from '@/components/data/data-links';
import Link from 'next/link';
import { ProjectList } from '@/components/iom/project-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { content } from '@/lib/content';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.projects(await localeOf(params)));

export default async function ProjectsPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const projects = content.projects();
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home(locale) }, { label: 'IOM Morocco', href: routes.iom(locale) }]} current="Projects" />
      <PageTitle>The {projects.length} IOM Morocco projects</PageTitle>
      <p><Link href={routes.funding(locale)}>See who funds what in one table</Link>.</p>
      {content.thematicAreas().map((t) => (
        <Section key={t.slug} id={t.slug} title={t.title}>
          <ProjectList projects={content.projectsIn(t)} locale={locale} showArea={false} />
        </Section>
      ))}
      <DataLinks dataset="projects" locale={locale} />
      {projects[0] && <SourceNote sources={content.sourcesOf(projects[0])} lastChecked={projects[0].lastChecked} />}
    </article>
  );
}

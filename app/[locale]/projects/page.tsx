import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Link from '@/components/ui/link';
import { DataLinks } from '@/components/data/data-links';
import { ProjectList } from '@/components/iom/project-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { contentIn } from '@/lib/content';
import { getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.projects(await localeOf(params)));

export default async function ProjectsPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = getT(locale);
  const content = contentIn(locale);
  const projects = content.projects();
  return (
    <article data-pagefind-body>
      <Breadcrumbs
        trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }, { label: t('header.iom'), href: routes.iom(locale) }]}
        current={t('areaPage.projects')}
      />
      <PageTitle>{t('projectsPage.title', { count: projects.length })}</PageTitle>
      <p><Link href={routes.funding(locale)}>{t('projectsPage.fundingLink')}</Link>.</p>
      {content.thematicAreas().map((area) => (
        <Section key={area.slug} id={area.slug} title={area.title}>
          <ProjectList projects={content.projectsIn(area)} showArea={false} />
        </Section>
      ))}
      <DataLinks dataset="projects" />
      {projects[0] && <SourceNote sources={content.sourcesOf(projects[0])} lastChecked={projects[0].lastChecked} />}
    </article>
  );
}

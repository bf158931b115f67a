import Link from '@/components/ui/link';
import { ProjectList } from '@/components/iom/project-list';
import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { Section } from '@/components/ui/page-title';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export default async function ProjectsPage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  const projects = c.projects();
  return (
    <PageFrame path={routes.projects(locale)} trail={['iom']} current={t('areaPage.projects')} title={t('projectsPage.title', { count: projects.length })} dataset="projects" listOf={projects}>
      <p><Link href={routes.funding(locale)}>{t('projectsPage.fundingLink')}</Link>.</p>
      {c.thematicAreas().map((area) => (
        <Section key={area.slug} id={area.slug} title={area.title}>
          <ProjectList projects={c.projectsIn(area)} showArea={false} />
        </Section>
      ))}
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.projects);

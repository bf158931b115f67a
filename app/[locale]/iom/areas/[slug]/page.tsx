import Link from '@/components/ui/link';
import { ProjectList } from '@/components/iom/project-list';
import { EntityPage } from '@/components/layout/entity-page';
import { MdxBody } from '@/components/mdx/mdx-body';
import { entityMetadata, entityScope } from '@/components/page-scope';
import { Section } from '@/components/ui/page-title';
import { OfficialWording } from '@/components/ui/official-wording';
import { content, donorListName } from '@/lib/content';
import { entityParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = entityMetadata('area', (locale, area) => routes.area(locale, area.slug));

export default async function AreaPage({ params }: { params: SlugParams }) {
  const { locale, entity: area, t, c } = await entityScope('area', params);
  const donors = c.donorsIn(area);
  return (
    <EntityPage path={routes.area(locale, area.slug)}
      kind="area" id={area.slug}
      trail={['iom']}
      current={area.title}
      kicker={t('areaPage.kicker')} title={area.title} textLang={area.lang} foreign="block"
      lead={(
        <>
          <OfficialWording english={content.area(area.slug).title} source={content.source(area.sources[0]!)} textLang={area.lang} />
          <MdxBody body={area.body.raw} />
        </>
      )}
      dataset="thematic-areas" record={area.slug} sources={c.sourcesOf(area)} lastChecked={area.lastChecked}
    >
      <Section id="projects" title={t('areaPage.projects')}>
        <ProjectList projects={c.projectsIn(area)} showArea={false} />
      </Section>
      <Section id="donors" title={t('iomPage.donors')}>
        <ul className="list-disc space-y-1 ps-6">
          {donors.map((d) => <li key={d.slug}><Link href={routes.donor(locale, d.slug)}>{donorListName(d)}</Link></li>)}
        </ul>
      </Section>
    </EntityPage>
  );
}

export const dynamicParams = false;
export const generateStaticParams = () => entityParams('area');

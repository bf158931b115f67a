import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Link from '@/components/ui/link';
import { DataLinks } from '@/components/data/data-links';
import { ProjectList } from '@/components/iom/project-list';
import { MdxBody } from '@/components/mdx/mdx-body';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { OfficialWording } from '@/components/ui/official-wording';
import { SourceNote } from '@/components/ui/source-note';
import { TranslationNotice } from '@/components/ui/translation-notice';
import { content, contentIn, donorListName } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { foreignText, getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.thematicAreas().map((area) => area.slug));

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: area } = await entityOf(params, (c, slug) => c.area(slug));
  return pageMetadata(routes.area(locale, area.slug));
}

export default async function AreaPage({ params }: { params: SlugParams }) {
  const { locale, entity: area } = await entityOf(params, (c, slug) => c.area(slug));
  setRequestLocale(locale);
  const t = getT(locale);
  const c = contentIn(locale);
  const donors = c.donorsIn(area);
  return (
    <article data-pagefind-body>
      <SearchMeta kind="area" />
      <Breadcrumbs
        trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }, { label: t('header.iom'), href: routes.iom(locale) }]}
        current={area.title}
      />
      <TranslationNotice textLang={area.lang} />
      <div {...foreignText(area.lang, locale)}>
        <PageTitle kicker={t('areaPage.kicker')}>{area.title}</PageTitle>
        <OfficialWording english={content.area(area.slug).title} source={content.source(area.sources[0]!)} textLang={area.lang} />
        <MdxBody body={area.body.raw} />
      </div>
      <Section id="projects" title={t('areaPage.projects')}>
        <ProjectList projects={c.projectsIn(area)} showArea={false} />
      </Section>
      <Section id="donors" title={t('iomPage.donors')}>
        <ul className="list-disc space-y-1 ps-6">
          {donors.map((d) => <li key={d.slug}><Link href={routes.donor(locale, d.slug)}>{donorListName(d)}</Link></li>)}
        </ul>
      </Section>
      <BacklinksSection entity={entityKey('area', area.slug)} />
      <DataLinks dataset="thematic-areas" record={area.slug} />
      <SourceNote sources={c.sourcesOf(area)} lastChecked={area.lastChecked} />
    </article>
  );
}

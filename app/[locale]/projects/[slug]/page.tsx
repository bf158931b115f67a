import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { ReportedFacts } from '@/components/evidence/reported-facts';
import { EditorialSniaLinks } from '@/components/iom/editorial-snia-links';
import { EntityPage } from '@/components/layout/entity-page';
import { MdxBody } from '@/components/mdx/mdx-body';
import { entityMetadata, entityScope } from '@/components/page-scope';
import { OfficialWording } from '@/components/ui/official-wording';
import { content, donorListName } from '@/lib/content';
import { getFormat, foreignText } from '@/lib/i18n';
import { entityParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { projectLd } from '@/lib/structured-data';

export const generateMetadata = entityMetadata('project', (locale, p) => routes.project(locale, p.slug));

export default async function ProjectPage({ params }: { params: SlugParams }) {
  const { locale, entity: p, t, c } = await entityScope('project', params);
  const format = getFormat(locale);
  const kind = t('entityTypes.project');
  const area = c.area(p.area);
  const donors = c.donorsOf(p);
  const partners = c.partnersOf(p);
  const rows: Array<[string, ReactNode]> = [
    [t('projectPage.area'), <Link key="a" href={routes.area(locale, area.slug)}>{area.title}</Link>],
    [t('projectPage.donors', { count: donors.length }), (
      <ul key="d">{donors.map((d) => <li key={d.slug}><Link href={routes.donor(locale, d.slug)}>{donorListName(d)}</Link></li>)}</ul>
    )],
  ];
  if (partners.length > 0) {
    const links = partners.map((x) => <Link key={x.slug} href={routes.partner(locale, x.slug)}>{x.name}</Link>);
    rows.push([t('projectPage.implementedBy'), <span key="p">{format.list([...links, t('projectPage.iom')])}</span>]);
  }
  if (p.countries) rows.push([t('projectPage.countries'), <span key="c" {...foreignText(p.lang, locale)}>{format.list(p.countries)}</span>]);
  return (
    <EntityPage path={routes.project(locale, p.slug)}
      kind="project" id={p.slug} code={p.shortName} jsonLd={projectLd(locale, p)}
      trail={['iom', 'projects']}
      current={p.shortName ?? p.title}
      kicker={p.shortName ? `${kind} · ${p.shortName}` : kind} title={p.title} textLang={p.lang} foreign="title"
      citeTitle={p.title} funders={donors.map(donorListName)}
      dataset="projects" record={p.slug} evidence={p} sources={c.sourcesOf(p)} lastChecked={p.lastChecked}
    >
      <OfficialWording english={content.project(p.slug).title} source={content.source(p.sources[0]!)} textLang={p.lang} note={p.officialNote} />
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {p.body.raw.trim() ? (
        <div {...foreignText(p.lang, locale)}><MdxBody body={p.body.raw} /></div>
      ) : (
        <p className="mt-4 text-slate-700">{t('projectPage.noDescription')}</p>
      )}
      <p className="mt-4">{t('projectPage.aboutArea')}{t('common.colon')}<span {...foreignText(area.lang, locale)}>{area.summary}</span></p>
      <ReportedFacts facts={p.reported} textLang={p.lang} editorial={false} />
      <EditorialSniaLinks project={p} />
    </EntityPage>
  );
}

export const dynamicParams = false;
export const generateStaticParams = () => entityParams('project');

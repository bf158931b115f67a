import Link from '@/components/ui/link';
import { EntityPage } from '@/components/layout/entity-page';
import { entityMetadata, entityScope } from '@/components/page-scope';
import { SourceNameNote } from '@/components/iom/organisation-name';
import { usualNameIn } from '@/lib/usual-names';
import { Section } from '@/components/ui/page-title';
import { donorListName } from '@/lib/content';
import { foreignText } from '@/lib/i18n';
import { IsolatedList } from '@/components/ui/isolated-list';
import { entityParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { donorLd } from '@/lib/structured-data';

export const generateMetadata = entityMetadata('donor', (locale, d) => routes.donor(locale, d.slug));

export default async function DonorPage({ params }: { params: SlugParams }) {
  const { locale, entity: d, t, c } = await entityScope('donor', params);
  const projects = c.projectsFundedBy(d);
  const colon = t('common.colon');
  const sourceName = `${d.name}${d.shortName ? ` (${d.shortName})` : ''}`;
  const name = usualNameIn(d.usualNames, locale);
  return (
    <EntityPage path={routes.donor(locale, d.slug)}
      kind="donor" id={d.slug} code={d.shortName} jsonLd={donorLd(locale, d)}
      trail={['iom', 'donors']}
      current={name ?? d.shortName ?? d.name}
      kicker={t('entityTypes.donor')} title={name ?? sourceName}
      // The notice only where the page shows the donor's description (names stay as published).
      textLang={d.description ? d.lang : undefined}
      citeTitle={t('donorPage.citeTitle', { name: d.name })}
      dataset="donors" record={d.slug} evidence={d} sources={c.sourcesOf(d)} lastChecked={d.lastChecked}
    >
      <SourceNameNote name={sourceName} usualNames={d.usualNames} />
      {d.description && <p {...foreignText(d.lang, locale)}>{d.description}</p>}
      <Section id="projects" title={t('donorPage.projects', { count: projects.length })}>
        <ul className="space-y-3" data-testid="donor-projects">
          {projects.map((p) => {
            const co = c.donorsOf(p).filter((x) => x.slug !== d.slug);
            return (
              <li key={p.slug}>
                <Link href={routes.project(locale, p.slug)} className="inline-block py-0.5 font-semibold">{p.title}</Link>
                <p className="text-sm text-slate-700">
                  {t('projectPage.area')}{colon}<Link href={routes.area(locale, p.area)}>{c.area(p.area).title}</Link>
                  {co.length > 0 && <> · {t.rich('donorPage.jointlyList', { list: () => <IsolatedList items={co.map(donorListName)} /> })}</>}
                </p>
              </li>
            );
          })}
        </ul>
      </Section>
    </EntityPage>
  );
}

export const dynamicParams = false;
export const generateStaticParams = () => entityParams('donor');

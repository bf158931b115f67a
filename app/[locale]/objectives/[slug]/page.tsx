import Link from '@/components/ui/link';
import { Code } from '@/components/ui/code';
import { EditorialProjectLinks } from '@/components/iom/editorial-project-links';
import { EntityPage } from '@/components/layout/entity-page';
import { MdxBody } from '@/components/mdx/mdx-body';
import { entityMetadata, entityScope } from '@/components/page-scope';
import { ActionList } from '@/components/snia/action-list';
import { Arrow } from '@/components/ui/arrow';
import { Section } from '@/components/ui/page-title';
import { OfficialWording } from '@/components/ui/official-wording';
import { Permalink } from '@/components/ui/permalink';
import { objectiveSlug } from '@/lib/codes';
import { content } from '@/lib/content';
import { foreignText } from '@/lib/i18n';
import { entityParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { objectiveLd } from '@/lib/structured-data';

export const generateMetadata = entityMetadata('objective', (locale, o) => routes.objective(locale, o.code));

export default async function ObjectivePage({ params }: { params: SlugParams }) {
  const { locale, entity: o, t, c } = await entityScope('objective', params);
  const p = c.programme(o.programme);
  const actions = c.actionsOfObjective(o);
  // Link to the programme's actions only where the source names some (programme 8 only counts them).
  const programmeActions = c.actionsOf(p).length;
  const { previous, next } = c.neighbours(o);
  return (
    <EntityPage path={routes.objective(locale, o.code)}
      kind="objective" id={o.code} code={o.code} jsonLd={objectiveLd(locale, o)}
      trail={['objectives', { label: t('common.programme', { number: p.number }), href: routes.programme(locale, p.slug) }]}
      current={o.code}
      kicker={t('objectivePage.kicker', { code: o.code })} title={o.title} textLang={o.lang} foreign="title"
      dataset="objectives" record={objectiveSlug(o.code)} sources={c.sourcesOf(o)} lastChecked={o.lastChecked}
    >
      <OfficialWording english={content.objective(o.code).title} source={content.source(o.sources[0]!)} textLang={o.lang} note={o.officialNote} frenchSource={o.frenchTitle && content.source(o.frenchTitle.source)} />
      <Permalink path={routes.objective(locale, o.code)} label={o.code} />
      <p className="mt-4">
        {t.rich('objectivePage.partOf', {
          number: p.number,
          title: p.title,
          link: (chunks) => <Link href={routes.programme(locale, p.slug)}>{chunks}</Link>,
        })}
      </p>
      {o.body.raw.trim() && <div {...foreignText(o.lang, locale)}><MdxBody body={o.body.raw} /></div>}
      <Section id="actions" title={t('objectivePage.actions')}>
        {actions.length > 0 ? (
          <ActionList actions={actions} />
        ) : (
          <p>
            {t('objectivePage.noActions')}{' '}
            {programmeActions > 0
              ? t.rich('objectivePage.seeProgrammeActions', {
                  number: p.number,
                  link: (chunks) => <Link href={`${routes.programme(locale, p.slug)}#actions`}>{chunks}</Link>,
                })
              : p.statedActionCount
                ? t('objectivePage.programmeActionsUnnamed', { number: p.number, count: p.statedActionCount })
                : t('objectivePage.programmeNoActions', { number: p.number })}
          </p>
        )}
      </Section>
      <EditorialProjectLinks projects={c.projectsLinkedTo(o.code)} />
      <nav aria-label={t('objectivePage.prevNext')} className="mt-8 flex justify-between gap-4 text-sm" data-testid="prev-next">
        {previous ? <Link href={routes.objective(locale, previous.code)} rel="prev"><Arrow to="back" /> <span className="sr-only">{t('objectivePage.previous')}{t('common.colon')}</span><Code>{previous.code}</Code></Link> : <span />}
        {next ? <Link href={routes.objective(locale, next.code)} rel="next"><span className="sr-only">{t('objectivePage.next')}{t('common.colon')}</span><Code>{next.code}</Code> <Arrow to="forward" /></Link> : <span />}
      </nav>
    </EntityPage>
  );
}

export const dynamicParams = false;
export const generateStaticParams = () => entityParams('objective');

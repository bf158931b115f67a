import { Code } from '@/components/ui/code';
import { ReportedFacts } from '@/components/evidence/reported-facts';
import { EditorialProjectLinks } from '@/components/iom/editorial-project-links';
import { EntityPage } from '@/components/layout/entity-page';
import { MdxBody } from '@/components/mdx/mdx-body';
import { entityMetadata, entityScope } from '@/components/page-scope';
import { ActionList } from '@/components/snia/action-list';
import { ObjectiveList } from '@/components/snia/objective-list';
import { Section } from '@/components/ui/page-title';
import { OfficialWording } from '@/components/ui/official-wording';
import { content } from '@/lib/content';
import { entityParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { programmeLd } from '@/lib/structured-data';

export const generateMetadata = entityMetadata('programme', (locale, p) => routes.programme(locale, p.slug));

export default async function ProgrammePage({ params }: { params: SlugParams }) {
  const { locale, entity: p, t, c } = await entityScope('programme', params);
  const objectives = c.objectivesOf(p);
  const actions = c.actionsOf(p);
  // The facts a migrant can use open the page; the rest follow the strategy detail.
  const forYou = p.reported.filter((f) => f.forYou);
  const otherFacts = p.reported.filter((f) => !f.forYou);
  return (
    <EntityPage path={routes.programme(locale, p.slug)}
      kind="programme" id={p.slug} code={String(p.number)} jsonLd={programmeLd(locale, p)} hub
      trail={['programmes']}
      current={t('common.programme', { number: p.number })}
      kicker={t('programmePage.kicker', { number: p.number, total: c.programmes().length })}
      title={p.title} textLang={p.lang} foreign="block"
      lead={(
        <>
          {/* The note that the grouping is this site's stands once, on the last list of facts. */}
          <ReportedFacts facts={forYou} textLang={p.lang} editorial={otherFacts.length === 0} id="for-you" forYou />
          <OfficialWording english={content.programme(p.slug).title} source={content.source(p.sources[0]!)} textLang={p.lang} note={p.officialNote} />
          <p className="mb-4 text-lg">{p.summary}</p>
          <MdxBody body={p.body.raw} />
        </>
      )}
      dataset="programmes" record={p.slug} evidence={p} sources={c.sourcesOf(p)} lastChecked={p.lastChecked}
    >
      <Section id="objectives" title={t('programmePage.objectives', { count: objectives.length })}>
        <p className="mb-2 text-sm text-slate-700" data-testid="osp-explained">{t.rich('objectivesPage.ospExplained', { last: c.objectives().length, code: (chunks) => <Code>{chunks}</Code> })}</p>
        <ObjectiveList objectives={objectives} />
      </Section>
      <Section id="actions" title={t('programmePage.actions')}>
        {actions.length > 0 ? (
          <ActionList actions={actions} />
        ) : (
          <p>{p.statedActionCount ? t('programmePage.actionsUnnamed', { count: p.statedActionCount }) : t('programmePage.noActions')}</p>
        )}
      </Section>
      <ReportedFacts facts={otherFacts} textLang={p.lang} editorial />
      <EditorialProjectLinks projects={c.projectsLinkedTo(p.slug)} />
    </EntityPage>
  );
}

export const dynamicParams = false;
export const generateStaticParams = () => entityParams('programme');

import Link from '@/components/ui/link';
import { EntityPage } from '@/components/layout/entity-page';
import { MdxBody } from '@/components/mdx/mdx-body';
import { entityMetadata, entityScope } from '@/components/page-scope';
import { ObjectiveList } from '@/components/snia/objective-list';
import { Section } from '@/components/ui/page-title';
import { OfficialWording } from '@/components/ui/official-wording';
import { Permalink } from '@/components/ui/permalink';
import { actionSlug } from '@/lib/codes';
import { content } from '@/lib/content';
import { getFormat, foreignText } from '@/lib/i18n';
import { entityParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { actionLd } from '@/lib/structured-data';

export const generateMetadata = entityMetadata('action', (locale, a) => routes.action(locale, a.code));

export default async function ActionPage({ params }: { params: SlugParams }) {
  const { locale, entity: a, t, c } = await entityScope('action', params);
  const actionName = t('common.action', { code: a.code });
  const p = c.programme(a.programme);
  const objectives = c.objectivesOfAction(a);
  const shared = c.sharedWith(a);
  return (
    <EntityPage path={routes.action(locale, a.code)}
      kind="action" id={a.code} code={a.code} jsonLd={actionLd(locale, a)}
      trail={['actions', { label: t('common.programme', { number: p.number }), href: routes.programme(locale, p.slug) }]}
      current={actionName}
      kicker={t('common.programmeTitled', { number: p.number, title: p.title })} title={actionName} textLang={a.lang}
      dataset="actions" record={actionSlug(a.code)} sources={c.sourcesOf(a)} lastChecked={a.lastChecked}
    >
      <p className="text-lg" {...foreignText(a.lang, locale)}>{a.description}.</p>
      <OfficialWording english={content.action(a.code).description} source={content.source(a.sources[0]!)} textLang={a.lang} note={a.officialNote} />
      {shared.length > 0 && (
        <p className="mt-2 rounded bg-brand-50 p-3 text-sm">
          {t.rich('actionPage.shared', {
            actions: () => getFormat(locale).list(
              shared.map((s) => <Link key={s.code} href={routes.action(locale, s.code)}>{t('actionPage.actionLower', { code: s.code })}</Link>),
            ),
          })}
        </p>
      )}
      <div className="mt-4"><Permalink path={routes.action(locale, a.code)} label={t('actionPage.actionLower', { code: a.code })} /></div>
      {a.body.raw.trim() && <div {...foreignText(a.lang, locale)}><MdxBody body={a.body.raw} /></div>}
      <Section id="programme" title={t('strategyMap.programme')}>
        <p><Link href={routes.programme(locale, p.slug)}>{t('common.programmeTitled', { number: p.number, title: p.title })}</Link></p>
      </Section>
      <Section id="objectives" title={t('strategyMap.objectives')}>
        {objectives.length > 0 ? (
          <ObjectiveList objectives={objectives} />
        ) : (
          <p>{t('actionPage.noObjective')}</p>
        )}
      </Section>
    </EntityPage>
  );
}

export const dynamicParams = false;
export const generateStaticParams = () => entityParams('action');

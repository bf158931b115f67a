import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { DataLinks } from '@/components/data/data-links';
import { MdxBody } from '@/components/mdx/mdx-body';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { JsonLd } from '@/components/seo/json-ld';
import { ObjectiveList } from '@/components/snia/objective-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { OfficialWording } from '@/components/ui/official-wording';
import { Permalink } from '@/components/ui/permalink';
import { SourceNote } from '@/components/ui/source-note';
import { TranslationNotice } from '@/components/ui/translation-notice';
import { actionSlug } from '@/lib/codes';
import { content, contentIn } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { getFormat, foreignText, getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { entityOf, entityParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { actionLd } from '@/lib/structured-data';

export const dynamicParams = false;
export const generateStaticParams = () => entityParams('action');

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: a } = await entityOf('action', params);
  return pageMetadata(routes.action(locale, a.code));
}

export default async function ActionPage({ params }: { params: SlugParams }) {
  const { locale, entity: a } = await entityOf('action', params);
  const t = getT(locale);
  const c = contentIn(locale);
  const p = c.programme(a.programme);
  const objectives = c.objectivesOfAction(a);
  const shared = c.sharedWith(a);
  const actionName = t('common.action', { code: a.code });
  return (
    <article data-pagefind-body>
      <JsonLd data={actionLd(locale, a)} />
      <SearchMeta kind="action" code={a.code} locale={locale} />
      <Breadcrumbs
        trail={[
          { label: t('breadcrumbs.home'), href: routes.home(locale) },
          { label: t('header.actions'), href: routes.actions(locale) },
          { label: t('common.programme', { number: p.number }), href: routes.programme(locale, p.slug) },
        ]}
        current={actionName}
        locale={locale}
      />
      <TranslationNotice textLang={a.lang} locale={locale} />
      <PageTitle kicker={t('common.programmeTitled', { number: p.number, title: p.title })}>{actionName}</PageTitle>
      <p className="text-lg" {...foreignText(a.lang, locale)}>{a.description}.</p>
      <OfficialWording english={content.action(a.code).description} source={content.source(a.sources[0]!)} textLang={a.lang} note={a.officialNote} locale={locale} />
      {shared.length > 0 && (
        <p className="mt-2 rounded bg-brand-50 p-3 text-sm">
          {t.rich('actionPage.shared', {
            actions: () => getFormat(locale).list(
              shared.map((s) => <Link key={s.code} href={routes.action(locale, s.code)}>{t('actionPage.actionLower', { code: s.code })}</Link>),
            ),
          })}
        </p>
      )}
      <div className="mt-4"><Permalink path={routes.action(locale, a.code)} label={t('actionPage.actionLower', { code: a.code })} locale={locale} /></div>
      {a.body.raw.trim() && <div {...foreignText(a.lang, locale)}><MdxBody body={a.body.raw} locale={locale} /></div>}
      <Section id="programme" title={t('strategyMap.programme')}>
        <p><Link href={routes.programme(locale, p.slug)}>{t('common.programmeTitled', { number: p.number, title: p.title })}</Link></p>
      </Section>
      <Section id="objectives" title={t('strategyMap.objectives')}>
        {objectives.length > 0 ? (
          <ObjectiveList objectives={objectives} locale={locale} />
        ) : (
          <p>{t('actionPage.noObjective')}</p>
        )}
      </Section>
      <BacklinksSection entity={entityKey('action', a.code)} locale={locale} />
      <DataLinks dataset="actions" record={actionSlug(a.code)} locale={locale} />
      <SourceNote sources={c.sourcesOf(a)} lastChecked={a.lastChecked} locale={locale} />
    </article>
  );
}

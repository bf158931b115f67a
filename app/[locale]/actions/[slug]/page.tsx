import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
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
import { actionCodeFromSlug, actionSlug } from '@/lib/codes';
import { content, contentIn, type ContentIndex } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { getFormat, foreignText, getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { actionLd } from '@/lib/structured-data';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.actions().map((a) => actionSlug(a.code)));

const findAction = (c: ContentIndex, slug: string) => {
  const code = actionCodeFromSlug(slug);
  return code ? c.action(code) : undefined;
};

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: a } = await entityOf(params, findAction);
  return pageMetadata(routes.action(locale, a.code));
}

export default async function ActionPage({ params }: { params: SlugParams }) {
  const { locale, entity: a } = await entityOf(params, findAction);
  setRequestLocale(locale);
  const t = getT(locale);
  const c = contentIn(locale);
  const p = c.programme(a.programme);
  const objectives = c.objectivesOfAction(a);
  const shared = c.sharedWith(a);
  const actionName = t('common.action', { code: a.code });
  return (
    <article data-pagefind-body>
      <JsonLd data={actionLd(locale, a)} />
      <SearchMeta kind="action" code={a.code} />
      <Breadcrumbs
        trail={[
          { label: t('breadcrumbs.home'), href: routes.home(locale) },
          { label: t('header.actions'), href: routes.actions(locale) },
          { label: t('common.programme', { number: p.number }), href: routes.programme(locale, p.slug) },
        ]}
        current={actionName}
      />
      <TranslationNotice textLang={a.lang} />
      <PageTitle kicker={t('common.programmeTitled', { number: p.number, title: p.title })}>{actionName}</PageTitle>
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
      <BacklinksSection entity={entityKey('action', a.code)} />
      <DataLinks dataset="actions" record={actionSlug(a.code)} />
      <SourceNote sources={c.sourcesOf(a)} lastChecked={a.lastChecked} />
    </article>
  );
}

import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import Link from '@/components/ui/link';
import { DataLinks } from '@/components/data/data-links';
import { EditorialProjectLinks } from '@/components/iom/editorial-project-links';
import { MdxBody } from '@/components/mdx/mdx-body';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { JsonLd } from '@/components/seo/json-ld';
import { ActionList } from '@/components/snia/action-list';
import { Arrow } from '@/components/ui/arrow';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { OfficialWording } from '@/components/ui/official-wording';
import { Permalink } from '@/components/ui/permalink';
import { SourceNote } from '@/components/ui/source-note';
import { TranslationNotice } from '@/components/ui/translation-notice';
import { objectiveCodeFromSlug, objectiveSlug } from '@/lib/codes';
import { content, contentIn, type ContentIndex } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { foreignText, getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { objectiveLd } from '@/lib/structured-data';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.objectives().map((o) => objectiveSlug(o.code)));

const findObjective = (c: ContentIndex, slug: string) => {
  const code = objectiveCodeFromSlug(slug);
  return code ? c.objective(code) : undefined;
};

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: o } = await entityOf(params, findObjective);
  return pageMetadata(routes.objective(locale, o.code));
}

export default async function ObjectivePage({ params }: { params: SlugParams }) {
  const { locale, entity: o } = await entityOf(params, findObjective);
  setRequestLocale(locale);
  const t = getT(locale);
  const c = contentIn(locale);
  const p = c.programme(o.programme);
  const actions = c.actionsOfObjective(o);
  // Link to the programme's actions only where the source names some (programme 8 only counts them).
  const programmeActions = c.actionsOf(p).length;
  const { previous, next } = c.neighbours(o);
  return (
    <article data-pagefind-body>
      <JsonLd data={objectiveLd(locale, o)} />
      <SearchMeta kind="objective" code={o.code} />
      <Breadcrumbs
        trail={[
          { label: t('breadcrumbs.home'), href: routes.home(locale) },
          { label: t('header.objectives'), href: routes.objectives(locale) },
          { label: t('common.programme', { number: p.number }), href: routes.programme(locale, p.slug) },
        ]}
        current={o.code}
      />
      <TranslationNotice textLang={o.lang} />
      <PageTitle kicker={t('objectivePage.kicker', { code: o.code })}><span {...foreignText(o.lang, locale)}>{o.title}</span></PageTitle>
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
        {previous ? <Link href={routes.objective(locale, previous.code)} rel="prev"><Arrow to="back" /> <span className="sr-only">{t('objectivePage.previous')}{t('common.colon')}</span>{previous.code}</Link> : <span />}
        {next ? <Link href={routes.objective(locale, next.code)} rel="next"><span className="sr-only">{t('objectivePage.next')}{t('common.colon')}</span>{next.code} <Arrow to="forward" /></Link> : <span />}
      </nav>
      <BacklinksSection entity={entityKey('objective', o.code)} />
      <DataLinks dataset="objectives" record={objectiveSlug(o.code)} />
      <SourceNote sources={c.sourcesOf(o)} lastChecked={o.lastChecked} />
    </article>
  );
}

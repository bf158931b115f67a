import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { DataLinks } from '@/components/data/data-links';
import { EditorialProjectLinks } from '@/components/iom/editorial-project-links';
import { MdxBody } from '@/components/mdx/mdx-body';
import { BacklinksSection } from '@/components/search/backlinks-section';
import { SearchMeta } from '@/components/search/search-meta';
import { JsonLd } from '@/components/seo/json-ld';
import { ActionList } from '@/components/snia/action-list';
import { ObjectiveList } from '@/components/snia/objective-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { OfficialWording } from '@/components/ui/official-wording';
import { Evidence } from '@/components/ui/evidence';
import { SourceNote } from '@/components/ui/source-note';
import { TranslationNotice } from '@/components/ui/translation-notice';
import { content, contentIn } from '@/lib/content';
import { entityKey } from '@/lib/content/backlinks';
import { foreignText, getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { entityOf, localeSlugParams, type SlugParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';
import { programmeLd } from '@/lib/structured-data';

export const dynamicParams = false;
export const generateStaticParams = () => localeSlugParams(content.programmes().map((p) => p.slug));

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const { locale, entity: p } = await entityOf(params, (c, slug) => c.programme(slug));
  return pageMetadata(routes.programme(locale, p.slug));
}

export default async function ProgrammePage({ params }: { params: SlugParams }) {
  const { locale, entity: p } = await entityOf(params, (c, slug) => c.programme(slug));
  setRequestLocale(locale);
  const t = getT(locale);
  const c = contentIn(locale);
  const objectives = c.objectivesOf(p);
  const actions = c.actionsOf(p);
  return (
    <article data-pagefind-body>
      <JsonLd data={programmeLd(locale, p)} />
      <SearchMeta kind="programme" code={String(p.number)} />
      <Breadcrumbs
        trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }, { label: t('header.programmes'), href: routes.programmes(locale) }]}
        current={t('common.programme', { number: p.number })}
      />
      <TranslationNotice textLang={p.lang} />
      <div {...foreignText(p.lang, locale)}>
        <PageTitle kicker={t('programmePage.kicker', { number: p.number, total: c.programmes().length })}>{p.title}</PageTitle>
        <OfficialWording english={content.programme(p.slug).title} source={content.source(p.sources[0]!)} textLang={p.lang} note={p.officialNote} />
        <p className="mb-4 text-lg">{p.summary}</p>
        <MdxBody body={p.body.raw} />
      </div>
      <Section id="objectives" title={t('programmePage.objectives', { count: objectives.length })}>
        <ObjectiveList objectives={objectives} />
      </Section>
      <Section id="actions" title={t('programmePage.actions')}>
        {actions.length > 0 ? (
          <ActionList actions={actions} />
        ) : (
          <p>{p.statedActionCount ? t('programmePage.actionsUnnamed', { count: p.statedActionCount }) : t('programmePage.noActions')}</p>
        )}
      </Section>
      <EditorialProjectLinks projects={c.projectsLinkedTo(p.slug)} />
      <BacklinksSection entity={entityKey('programme', p.slug)} />
      <DataLinks dataset="programmes" record={p.slug} />
      <Evidence doc={p} />
      <SourceNote sources={c.sourcesOf(p)} lastChecked={p.lastChecked} />
    </article>
  );
}

import type { Metadata } from 'next';
import { ConflictTable } from '@/components/evidence/conflict-table';
import { ReportedFacts } from '@/components/evidence/reported-facts';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageTitle, Section } from '@/components/ui/page-title';
import { SourceNote } from '@/components/ui/source-note';
import { TranslationNotice } from '@/components/ui/translation-notice';
import { contentIn } from '@/lib/content';
import { foreignText, getT } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';
import { localeOf, type LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

export const generateMetadata = async ({ params }: { params: LocaleParams }): Promise<Metadata> =>
  pageMetadata(routes.regularisation(await localeOf(params)));

/**
 * The 2014 and 2016–2017 regularisation campaigns: the figures each source gives, side by
 * side (content/topics/regularisation.mdx `conflicts`), then every fact the sources report,
 * each with its source. Nothing here is resolved: a reason the figures differ is given only
 * where a source gives one.
 */
export default async function RegularisationPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params);
  const t = getT(locale);
  const c = contentIn(locale);
  const topic = c.topic('regularisation');
  return (
    <article data-pagefind-body>
      <Breadcrumbs trail={[{ label: t('breadcrumbs.home'), href: routes.home(locale) }]} current={t('pages.regularisation.label')} locale={locale} />
      <TranslationNotice textLang={topic.lang} locale={locale} />
      <div {...foreignText(topic.lang, locale)}>
        <PageTitle kicker={t('regularisationPage.kicker')}>{topic.title}</PageTitle>
        <p className="mb-4 text-lg">{topic.summary}</p>
      </div>
      <Section id="at-a-glance" title={t('regularisationPage.atAGlance')}>
        <p>{t('regularisationPage.atAGlanceIntro')}</p>
        {topic.conflicts.map((conflict, i) => <ConflictTable key={conflict.topic} conflict={conflict} locale={locale} id={`conflict-${i + 1}`} />)}
        <h3 className="mt-6 font-semibold">{t('regularisationPage.why')}</h3>
        <p className="mt-1">{t('regularisationPage.whyText')}</p>
      </Section>
      <ReportedFacts facts={topic.reported} locale={locale} textLang={topic.lang} editorial={false} />
      <SourceNote sources={c.sourcesOf(topic)} lastChecked={topic.lastChecked} locale={locale} />
    </article>
  );
}

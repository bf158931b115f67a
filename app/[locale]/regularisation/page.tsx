import { ConflictTable } from '@/components/evidence/conflict-table';
import { ReportedFacts } from '@/components/evidence/reported-facts';
import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { Section } from '@/components/ui/page-title';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

/**
 * The 2014 and 2016–2017 regularisation campaigns: the figures each source gives, side by
 * side (content/topics/regularisation.mdx `conflicts`), then every fact the sources report,
 * each with its source. Nothing here is resolved: a reason the figures differ is given only
 * where a source gives one.
 */
export default async function RegularisationPage({ params }: { params: LocaleParams }) {
  const { t, c } = await pageScope(params);
  const topic = c.topic('regularisation');
  return (
    <PageFrame
      current={t('pages.regularisation.label')} kicker={t('regularisationPage.kicker')}
      title={topic.title} textLang={topic.lang} foreign="block"
      lead={<p className="mb-4 text-lg">{topic.summary}</p>}
      dataset="facts" source={topic}
    >
      <Section id="at-a-glance" title={t('regularisationPage.atAGlance')}>
        <p>{t('regularisationPage.atAGlanceIntro')}</p>
        {topic.conflicts.map((conflict, i) => <ConflictTable key={conflict.topic} conflict={conflict} id={`conflict-${i + 1}`} />)}
        <h3 className="mt-6 font-semibold">{t('regularisationPage.why')}</h3>
        <p className="mt-1">{t('regularisationPage.whyText')}</p>
      </Section>
      <ReportedFacts facts={topic.reported} textLang={topic.lang} editorial={false} />
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.regularisation);

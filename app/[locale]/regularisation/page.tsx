import { ReportedFacts } from '@/components/evidence/reported-facts';
import { ConflictTables, TopicFrame } from '@/components/layout/topic-frame';
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
    <TopicFrame topic={topic} label={t('pages.regularisation.label')} kicker={t('regularisationPage.kicker')}>
      <Section id="at-a-glance" title={t('regularisationPage.atAGlance')}>
        <p>{t('regularisationPage.atAGlanceIntro')}</p>
        <ConflictTables conflicts={topic.conflicts} />
        <h3 className="mt-6 font-semibold">{t('regularisationPage.why')}</h3>
        <p className="mt-1">{t('regularisationPage.whyText')}</p>
      </Section>
      <ReportedFacts facts={topic.reported} textLang={topic.lang} editorial={false} />
    </TopicFrame>
  );
}

export const generateMetadata = localeMetadata(routes.regularisation);

import { ReportedFacts } from '@/components/evidence/reported-facts';
import { ConflictTables, TopicFrame } from '@/components/layout/topic-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { Section } from '@/components/ui/page-title';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

/**
 * The SNIA's adoption and governance, and IOM's place in Morocco: where the sources give
 * different dates, each side side by side (content/topics/strategy.mdx `conflicts`), then
 * every fact the sources report, each with its source. Nothing here is resolved.
 */
export default async function SniaGovernancePage({ params }: { params: LocaleParams }) {
  const { t, c } = await pageScope(params);
  const topic = c.topic('snia-adoption-and-governance');
  return (
    <TopicFrame topic={topic} label={t('pages.sniaGovernance.label')} kicker={t('sniaGovernancePage.kicker')}>
      <Section id="sources-differ" title={t('sniaGovernancePage.differ')}>
        <p>{t('sniaGovernancePage.differIntro')}</p>
        <ConflictTables conflicts={topic.conflicts} />
      </Section>
      <ReportedFacts facts={topic.reported} textLang={topic.lang} editorial={false} />
    </TopicFrame>
  );
}

export const generateMetadata = localeMetadata(routes.sniaGovernance);

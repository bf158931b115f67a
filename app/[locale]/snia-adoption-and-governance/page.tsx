import { ConflictTable } from '@/components/evidence/conflict-table';
import { ReportedFacts } from '@/components/evidence/reported-facts';
import { PageFrame } from '@/components/layout/page-frame';
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
    <PageFrame
      current={t('pages.sniaGovernance.label')} kicker={t('sniaGovernancePage.kicker')}
      title={topic.title} textLang={topic.lang} foreign="block"
      lead={<p className="mb-4 text-lg">{topic.summary}</p>}
      dataset="facts" source={topic}
    >
      <Section id="sources-differ" title={t('sniaGovernancePage.differ')}>
        <p>{t('sniaGovernancePage.differIntro')}</p>
        {topic.conflicts.map((conflict, i) => <ConflictTable key={conflict.topic} conflict={conflict} id={`conflict-${i + 1}`} />)}
      </Section>
      <ReportedFacts facts={topic.reported} textLang={topic.lang} editorial={false} />
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.sniaGovernance);

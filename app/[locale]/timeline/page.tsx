import { Timeline } from '@/components/evidence/timeline';
import { PageFrame } from '@/components/layout/page-frame';
import { localeMetadata, pageScope } from '@/components/page-scope';
import { disputedDates, timeline } from '@/lib/facts';
import type { LocaleParams } from '@/lib/page-params';
import { routes } from '@/lib/routes';

/**
 * Every dated fact the sources report, oldest first (lib/facts.ts), each linked to the page
 * it stands on (where its source's words are quoted) and to its source. The source note names
 * every source the list draws on.
 */
export default async function TimelinePage({ params }: { params: LocaleParams }) {
  const { locale, t, c } = await pageScope(params);
  const entries = timeline(locale);
  const disputed = disputedDates(locale);
  const sources = [...new Set([...entries.map((e) => e.fact.source), ...disputed.flatMap((d) => d.sides.map((s) => s.source))])].map(c.source);
  const lastChecked = entries.map((e) => e.page.doc.lastChecked).sort()[0] ?? '';
  return (
    <PageFrame path={routes.timeline(locale)} current={t('pages.timeline.label')} title={t('pages.timeline.title')} dataset="facts" sources={{ sources, lastChecked }}>
      <p>{t('timelinePage.intro', { count: entries.length })}</p>
      <p className="mt-2 text-sm text-slate-700">{t('timelinePage.disputed')}</p>
      <Timeline entries={entries} disputed={disputed} />
    </PageFrame>
  );
}

export const generateMetadata = localeMetadata(routes.timeline);

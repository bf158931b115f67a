import type { Source } from '@/lib/content';
import { foreignText, getLongDatePattern } from '@/lib/i18n';
import { absoluteUrl } from '@/lib/site';
import { AccessDate } from './access-date';
import { PreviewMarker } from './preview-marker';
import { usePage } from '@/components/page-scope';

/**
 * A ready-to-copy citation. The author is this site: its pages are its own compilation, not
 * pages the ministry or IOM published. The pages the facts come from are named after it, as
 * its sources, with their addresses. Then the absolute permalink and the access date.
 */
export function CiteThis({ title, sources, funders, path }: { title: string; sources: Source[]; funders?: string[]; path: string }) {
  const { locale, t } = usePage();
  return (
    <section aria-labelledby="cite-heading" className="mt-8 rounded border border-brand-700 p-4">
      <h2 id="cite-heading" className="font-semibold text-brand-900">{t('cite.title')}</h2>
      <p className="mt-2 text-sm" data-testid="citation">
        {t('site.name')}. {t('cite.quoted', { title })}.{funders && funders.length > 0 && <> {t.rich('cite.fundedBy', { funders: funders.join(', '), names: (chunks) => <bdi>{chunks}</bdi> })}.</>}{' '}
        <span className="break-all" dir="ltr">{absoluteUrl(path)}</span>. {t('cite.accessed')} <AccessDate pattern={getLongDatePattern(locale)} fallback={t('cite.accessDateFallback')} />.{' '}
        {t('cite.sources')}{t('common.colon')}
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && '; '}<bdi {...foreignText('en', locale)}>{t('cite.sourceItem', { publisher: s.publisher, title: s.title })}</bdi>, <span className="break-all" dir="ltr">{s.url}</span>
          </span>
        ))}.
        <PreviewMarker />
      </p>
    </section>
  );
}

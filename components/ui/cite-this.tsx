import type { Source } from '@/lib/content';
import { getLongDatePattern, getT } from '@/lib/i18n';
import { absoluteUrl, type Locale } from '@/lib/site';
import { AccessDate } from './access-date.client';

/**
 * A ready-to-copy citation: who published the facts, the title, who funds it, this site,
 * the absolute permalink and the date the reader accessed it.
 */
export function CiteThis({ title, sources, funders, path, locale }: { title: string; sources: Source[]; funders?: string[]; path: string; locale: Locale }) {
  const t = getT(locale);
  const publishers = [...new Set(sources.map((s) => s.publisher))].join('; ');
  return (
    <section aria-labelledby="cite-heading" className="mt-8 rounded border border-brand-700 p-4">
      <h2 id="cite-heading" className="font-semibold text-brand-900">{t('cite.title')}</h2>
      <p className="mt-2 text-sm" data-testid="citation">
        <bdi>{publishers}</bdi>. {t('cite.quoted', { title })}.{funders && funders.length > 0 && <> {t.rich('cite.fundedBy', { funders: funders.join(', '), names: (chunks) => <bdi>{chunks}</bdi> })}.</>} {t('cite.in', { site: t('site.name') })}{' '}
        <span className="break-all" dir="ltr">{absoluteUrl(path)}</span>. {t('cite.accessed')} <AccessDate pattern={getLongDatePattern(locale)} fallback={t('cite.accessDateFallback')} />.
      </p>
      <p className="mt-2 text-xs text-slate-700">{t('cite.sources')}{t('common.colon')}<span dir="ltr">{sources.map((s) => s.url).join(', ')}</span></p>
    </section>
  );
}

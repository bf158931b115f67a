import { absoluteUrl, siteName } from '@/lib/site';
import type { Source } from '@/lib/content';
import { AccessDate } from './access-date.client';

/**
 * A ready-to-copy citation: who published the facts, the title, who funds it, this site,
 * the absolute permalink and the date the reader accessed it.
 */
export function CiteThis({ title, sources, funders, path }: { title: string; sources: Source[]; funders?: string[]; path: string }) {
  const publishers = [...new Set(sources.map((s) => s.publisher))].join('; ');
  return (
    <section aria-labelledby="cite-heading" className="mt-8 rounded border border-brand-700 p-4">
      <h2 id="cite-heading" className="font-semibold text-brand-900">Cite this page</h2>
      <p className="mt-2 text-sm" data-testid="citation">
        {publishers}. “{title}”.{funders && funders.length > 0 && <> Funded by {funders.join(', ')}.</>} In: {siteName}.{' '}
        <span className="break-all">{absoluteUrl(path)}</span>. Accessed <AccessDate fallback="[date you accessed this page]" />.
      </p>
      <p className="mt-2 text-xs text-slate-700">Sources: {sources.map((s) => s.url).join(', ')}</p>
    </section>
  );
}

import { content, type Source } from '@/lib/content';
import { foreignText } from '@/lib/i18n';
import { usePage } from '@/components/page-scope';
import { UrlText } from '@/components/ui/url';

interface Quoted {
  source: string;
  quote: string;
}

/** What a document carries as evidence (frontmatter, checked in lib/content/evidence.ts). */
export interface EvidenceOf {
  citations: Array<Quoted & { about: string }>;
  conflicts: Array<{ topic: string; sides: Quoted[] }>;
}

function Attribution({ q }: { q: Quoted }) {
  const { locale, t } = usePage();
  const s: Source = content.source(q.source);
  return (
    <>
      <q {...foreignText(s.language, locale)}>{q.quote}</q> — <bdi {...foreignText('en', locale)} className="wrap-anywhere">{t('cite.sourceItem', { publisher: s.publisher, title: s.title })}</bdi> ({t(`reported.tier.${s.tier}`)}){t('common.colon')}
      <a href={s.url}><UrlText url={s.url} /></a>
    </>
  );
}

/**
 * Numbered notes for facts taken from a source other than the page's main one (each with the
 * source's own words), and a "Sources differ" box for every conflict: each side quoted with
 * its source, none chosen.
 */
export function Evidence({ doc }: { doc: EvidenceOf }) {
  const { locale, t } = usePage();
  const english = foreignText('en', locale);
  return (
    <>
      {doc.conflicts.map((c, i) => (
        <aside key={c.topic} aria-labelledby={`differ-${i}`} className="mt-8 rounded border border-amber-600 bg-amber-50 p-4 text-sm" data-testid="sources-differ">
          <h2 id={`differ-${i}`} className="font-semibold">{t('evidence.sourcesDiffer')} <bdi {...english}>{c.topic}</bdi> <span className="font-normal">{locale !== 'en' && t('evidence.siteWords')}</span></h2>
          <ul className="mt-2 list-disc space-y-2 ps-5">
            {c.sides.map((q) => <li key={q.source}><Attribution q={q} /></li>)}
          </ul>
          <p className="mt-2">{t('evidence.notResolved')}</p>
        </aside>
      ))}
      {doc.citations.length > 0 && (
        <section aria-labelledby="notes-heading" className="mt-8 text-sm" data-testid="citations">
          <h2 id="notes-heading" className="font-semibold">{t('evidence.notes')}</h2>
          <ol className="mt-2 list-decimal space-y-2 ps-5">
            {doc.citations.map((q, i) => (
              <li key={q.about} id={`note-${i + 1}`}>
                <bdi {...english}>{q.about}</bdi>{t('common.colon')}<Attribution q={q} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

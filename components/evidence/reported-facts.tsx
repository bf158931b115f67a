import { content, type Source } from '@/lib/content';
import type { ReportedFact } from '@/lib/content/schema';
import { usePage } from '@/components/page-scope';
import { foreignText, getFormat } from '@/lib/i18n';
import type { Locale } from '@/lib/site';
import { SourceAttribution } from './source-attribution';

/** "2013" / "2013-09" / "2013-10-09" as the language writes a year, a month or a day. */
export function formatFactDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-');
  const when = new Date(`${y}-${m ?? '01'}-${d ?? '01'}T00:00:00Z`);
  const format = getFormat(locale);
  if (d) return format.dateTime(when, { dateStyle: 'long' });
  if (m) return format.dateTime(when, { year: 'numeric', month: 'long' });
  return format.dateTime(when, { year: 'numeric' });
}

/** The source's own words: its passages, each quoted, in the source's language. */
export function SourceWords({ quotes, source }: { quotes: string[]; source: Source }) {
  const { locale } = usePage();
  return (
    <span {...foreignText(source.language, locale)}>
      {quotes.map((q, i) => (
        <span key={q}>{i > 0 && ' / '}<q>{q}</q></span>
      ))}
    </span>
  );
}

/**
 * "What the sources report": dated facts, each in this site's words with the source's own
 * words and the source beside it. The quotes and the source line are marked as the note
 * (data-testid="source-words"): the content check proved them verbatim; the statement is what
 * the page claims, and its numbers are traced to the sources the page's Source note names.
 */
export function ReportedFacts({ facts, textLang, editorial, id = 'reported', forYou = false }: {
  facts: ReportedFact[]; textLang: Locale; editorial: boolean; id?: string;
  /** The facts a migrant can use, opening the page: a heading and an intro of their own. */
  forYou?: boolean;
}) {
  const { locale, t } = usePage();
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby={id} className={forYou ? 'mb-6 rounded border-s-4 border-accent-700 bg-brand-50 p-4' : 'mt-8'} data-testid={forYou ? 'for-you' : 'reported-facts'}>
      <h2 id={id} className="mb-1 text-xl font-semibold text-brand-900 wrap-anywhere">{t(forYou ? 'reported.forYouHeading' : 'reported.heading')}</h2>
      <p className="mb-3 text-sm text-slate-700">
        {forYou && <>{t('reported.forYouIntro')} </>}
        {t('reported.count', { count: facts.length })}
        {editorial && <> · <span data-testid="editorial-grouping">{t('reported.editorial')}</span></>}
      </p>
      <ol className="space-y-4">
        {facts.map((f) => {
          const source = content.source(f.source);
          return (
            <li key={`${f.source}:${f.quotes[0]}`} className="border-s-4 border-slate-300 ps-3" data-testid="reported-fact">
              <p>
                {f.date ? <time dateTime={f.date} className="font-semibold">{formatFactDate(f.date, locale)}</time> : <span className="font-semibold">{t('reported.noDate')}</span>}
                {t('common.colon')}<span {...foreignText(textLang, locale)}>{f.statement}</span>
              </p>
              <p className="mt-1 text-sm text-slate-700" data-testid="source-words">
                {t('reported.sourceWords')}{t('common.colon')}<SourceWords quotes={f.quotes} source={source} /> — {t('reported.source')}{t('common.colon')}<SourceAttribution source={source} />
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

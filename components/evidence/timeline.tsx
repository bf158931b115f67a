import Link from '@/components/ui/link';
import { usePage } from '@/components/page-scope';
import type { DisputedDate, TimelineEntry } from '@/lib/facts';
import { foreignText } from '@/lib/i18n';
import { formatFactDate } from './reported-facts';
import type { Source } from '@/lib/content';

/**
 * A source named short, by its publisher and kind, linked to its page: the page's source note
 * below names each in full, and the page the fact stands on quotes its words. (Each entry
 * naming its source in full made the page 47 KB gzip in Arabic; the budget is 30.)
 */
function SourceLink({ source: s }: { source: Source }) {
  const { locale, t } = usePage();
  return <><a href={s.url} {...foreignText('en', locale)}>{s.publisher}</a> ({t(`reported.tier.${s.tier}`)})</>;
}

/** Dated facts grouped by year, as an ordered list: readable without styles or scripts, and by a screen reader year by year. */
export function Timeline({ entries, disputed }: { entries: TimelineEntry[]; disputed: DisputedDate[] }) {
  const { locale, t, c } = usePage();
  const years = [...new Set([...entries.map((e) => e.fact.date), ...disputed.map((d) => d.from)].map((date) => date.slice(0, 4)))].sort();
  return (
    <div data-testid="timeline">
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-8">
          <h2 id={`year-${year}`} className="text-xl font-semibold text-brand-900">{year}</h2>
          <ol className="mt-2 space-y-4">
            {entries.filter((e) => e.fact.date.startsWith(year)).map(({ fact, page }) => (
              <li key={`${page.entity}:${fact.source}:${fact.quotes[0]}`} className="border-s-4 border-slate-300 ps-3" data-testid="timeline-entry">
                <p>
                  <time dateTime={fact.date} className="font-semibold">{formatFactDate(fact.date, locale)}</time>
                  {t('common.colon')}<span {...foreignText(page.doc.lang, locale)}>{fact.statement}</span>
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  {t('timelinePage.on')}{t('common.colon')}<Link href={page.href}>{page.title}</Link>
                </p>
                <p className="mt-1 text-sm text-slate-700" data-testid="source-words">
                  {t('reported.source')}{t('common.colon')}<SourceLink source={c.source(fact.source)} />
                </p>
              </li>
            ))}
            {disputed.filter((d) => d.from.startsWith(year)).map((d) => (
              <li key={`${d.page.entity}:${d.topic}`} className="border-s-4 border-amber-600 ps-3" data-testid="timeline-disputed">
                <p>
                  <time dateTime={d.from} className="font-semibold">{formatFactDate(d.from, locale)}</time>–<time dateTime={d.to} className="font-semibold">{formatFactDate(d.to, locale)}</time>
                  {t('common.colon')}{t('evidence.sourcesDiffer')} <span {...foreignText('en', locale)}>{d.topic}</span>
                </p>
                <ul className="mt-1 text-sm text-slate-700" data-testid="source-words">
                  {d.sides.map((side) => (
                    <li key={side.source}><time dateTime={side.date}>{formatFactDate(side.date, locale)}</time>{t('common.colon')}<SourceLink source={c.source(side.source)} /></li>
                  ))}
                </ul>
                <p className="mt-1 text-sm text-slate-700">
                  {t('timelinePage.on')}{t('common.colon')}<Link href={d.page.href}>{d.page.title}</Link>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

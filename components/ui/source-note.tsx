import type { Source } from '@/lib/content';
import { foreignText, formatDate } from '@/lib/i18n';
import { usePage } from '@/components/page-scope';
import { UrlText } from '@/components/ui/url';

/**
 * Where a page's facts come from, and when they were last checked. Source titles stay as
 * published (they are what a reader searches for); in French and Arabic the note also says
 * the translation is this site's.
 */
export function SourceNote({ sources, lastChecked }: { sources: Source[]; lastChecked: string }) {
  const { locale, t } = usePage();
  return (
    <aside aria-labelledby="source-heading" className="mt-10 rounded border border-slate-300 bg-slate-50 p-4 text-sm" data-testid="source-note">
      <h2 id="source-heading" className="font-semibold">{t('sourceNote.title')}</h2>
      <ul className="mt-1 space-y-1">
        {sources.map((s) => (
          <li key={s.id}>
            <bdi {...foreignText('en', locale)} className="wrap-anywhere">{s.publisher}, “{s.title}”</bdi> ({t(`reported.tier.${s.tier}`)}){t('common.colon')}<a href={s.url} className="block"><UrlText url={s.url} /></a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-slate-700">
        {t('sourceNote.lastChecked')}{t('common.colon')}<time dateTime={lastChecked}>{formatDate(lastChecked, locale)}</time>
      </p>
      {locale !== 'en' && <p className="mt-2 text-slate-700">{t('sourceNote.translatedBySite')}</p>}
    </aside>
  );
}

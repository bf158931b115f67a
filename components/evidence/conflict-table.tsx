import { content } from '@/lib/content';
import { usePage } from '@/components/page-scope';
import { foreignText } from '@/lib/i18n';
import { SourceAttribution } from './source-attribution';

interface Conflict {
  topic: string;
  sides: Array<{ source: string; quote: string }>;
}

/**
 * A conflict between sources as a table, one row per source: the figure in the source's own
 * words, the source, its tier. Marked "sources-differ": each side was proven verbatim by the
 * content check, and the page chooses none.
 */
export function ConflictTable({ conflict, id }: { conflict: Conflict; id: string }) {
  const { locale, t } = usePage();
  return (
    <section aria-labelledby={id} className="mt-6 rounded border border-amber-600 bg-amber-50 p-4" data-testid="sources-differ">
      <h3 id={id} className="font-semibold">
        {t('evidence.sourcesDiffer')} <span {...foreignText('en', locale)}>{conflict.topic}</span> {locale !== 'en' && <span className="font-normal">{t('evidence.siteWords')}</span>}
      </h3>
      <table className="mt-2 w-full border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className="border-b border-amber-700 p-2 text-start">{t('regularisationPage.figure')}</th>
            <th scope="col" className="border-b border-amber-700 p-2 text-start">{t('regularisationPage.source')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.sides.map((side) => {
            const s = content.source(side.source);
            return (
              <tr key={side.source} className="align-top" data-testid="conflict-side">
                <td className="border-b border-amber-200 p-2 font-semibold wrap-anywhere"><q {...foreignText(s.language, locale)}>{side.quote}</q></td>
                <td className="border-b border-amber-200 p-2"><SourceAttribution source={s} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-2 text-sm">{t('evidence.notResolved')}</p>
    </section>
  );
}

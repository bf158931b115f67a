import { usePage } from '@/components/page-scope';
import { foreignText } from '@/lib/i18n';
import { usualNameIn, type UsualNames } from '@/lib/usual-names';

/**
 * Beside a usual name, the name the source uses — the official wording, in the source's
 * language — and that the usual name is the site's rendering. Nothing where the page shows
 * the source's name itself (English pages, or no usual name in the language).
 */
export function SourceNameNote({ name, usualNames }: { name: string; usualNames: UsualNames | undefined }) {
  const { locale, t } = usePage();
  if (!usualNameIn(usualNames, locale)) return null;
  return (
    <p className="text-sm text-slate-700" data-testid="source-name">
      {t('organisationName.sourceName')}{t('common.colon')}<span {...foreignText('en', locale)}>{name}</span>
      {' · '}{t('organisationName.siteRendering')}
    </p>
  );
}

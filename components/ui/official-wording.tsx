import type { ReactNode } from 'react';
import type { Source } from '@/lib/content';
import { foreignText } from '@/lib/i18n';
import type { Locale } from '@/lib/site';
import { usePage } from '@/components/page-scope';

/**
 * Under a title that is an official wording: says it is quoted exactly (the build proves it,
 * lib/content/verbatim.ts), or, in French and Arabic, shows the English official wording
 * beside the site's translation, labelled as such. A note by this site (a typo kept as
 * published) is labelled as the site's words.
 */
export function OfficialWording({ english, source, textLang, note, frenchSource }: {
  /** The official wording as the source writes it (the English base text). */
  english: string;
  /** The source it is quoted from. */
  source: Source;
  /** Language of the title shown above (English where a translation is missing). */
  textLang: Locale;
  note?: string;
  /** Set when the French title shown is the source's own French wording. */
  frenchSource?: Source;
}) {
  const { locale, t } = usePage();
  // Source titles stay as published (English, or French for the 2018 report): marked with lang.
  const src = (s: Source) => ({ source: s.title, src: (chunks: ReactNode) => <span {...foreignText(s.language, locale)}>{chunks}</span> });
  let line;
  if (locale === 'fr' && frenchSource) line = t.rich('officialWording.quotedFrench', src(frenchSource));
  else if (textLang === 'en') line = t.rich('officialWording.quoted', src(source));
  else {
    line = t.rich('officialWording.original', {
      ...src(source),
      text: english,
      q: (chunks) => <q {...foreignText('en', locale)}>{chunks}</q>,
    });
  }
  return (
    <div className="mt-1 text-sm text-slate-700" data-testid="official-wording">
      <p>{line}</p>
      {note && <p className="mt-1" {...foreignText(textLang, locale)}>{t('officialWording.note', { note })}</p>}
    </div>
  );
}

import { getT } from '@/lib/i18n';
import { localeNames, type Locale } from '@/lib/site';
import { usePageLocale } from '@/components/page-scope';

/**
 * Shown where a page's text has no translation yet: the reader gets the English text,
 * marked lang="en" by the page, and is told so — never a blank or broken page.
 */
export function TranslationNotice({ textLang }: { textLang: Locale }) {
  const locale = usePageLocale();
  if (textLang === locale) return null;
  return (
    <p role="note" className="mb-4 rounded border border-accent-700 bg-amber-50 p-3 text-sm" data-testid="translation-notice">
      {getT(locale)('translationNotice', { language: localeNames[textLang] })}
    </p>
  );
}

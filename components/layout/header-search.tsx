import { getT } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

/**
 * A plain GET form to the search page: works with or without JavaScript. It takes the rest
 * of the header's second row; the placeholder is a short example (the label says what the
 * field is), so it fits the field at 360 px in every language.
 */
export function HeaderSearch({ locale }: { locale: Locale }) {
  const t = getT(locale);
  return (
    <form role="search" aria-label={t('headerSearch.label')} action={routes.search(locale)} method="get" className="flex min-w-0 flex-1 justify-end gap-1">
      <label htmlFor="header-search" className="sr-only">{t('headerSearch.inputLabel')}</label>
      <input
        id="header-search"
        type="search"
        name="q"
        placeholder={t('headerSearch.example')}
        className="min-h-8 w-full min-w-0 rounded border border-white/70 bg-white px-2 text-sm text-slate-900 sm:w-56 sm:flex-none"
      />
      <button type="submit" className="min-h-8 shrink-0 rounded bg-white px-2 text-sm font-semibold text-brand-900 hover:bg-brand-50">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 sm:hidden" fill="none" stroke="currentColor" strokeWidth="2.5"><circle cx="8.5" cy="8.5" r="5.5" /><path d="m13 13 5 5" /></svg>
        <span className="sr-only sm:not-sr-only">{t('headerSearch.button')}</span>
      </button>
    </form>
  );
}

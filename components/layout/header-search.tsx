import { getT } from '@/lib/i18n';
import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

/** A plain GET form to the search page: works with or without JavaScript. */
export function HeaderSearch({ locale }: { locale: Locale }) {
  const t = getT(locale);
  return (
    <form role="search" aria-label={t('headerSearch.label')} action={routes.search(locale)} method="get" className="flex gap-1">
      <label htmlFor="header-search" className="sr-only">{t('headerSearch.inputLabel')}</label>
      <input
        id="header-search"
        type="search"
        name="q"
        placeholder={t('headerSearch.placeholder')}
        className="w-40 min-w-0 rounded border border-white/70 bg-white px-2 py-1 text-sm text-slate-900 sm:w-56"
      />
      <button type="submit" className="rounded bg-white px-2 py-1 text-sm font-semibold text-brand-900 hover:bg-brand-50">{t('headerSearch.button')}</button>
    </form>
  );
}

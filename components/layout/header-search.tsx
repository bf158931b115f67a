import { routes } from '@/lib/routes';
import type { Locale } from '@/lib/site';

/** A plain GET form to the search page: works with or without JavaScript. */
export function HeaderSearch({ locale }: { locale: Locale }) {
  return (
    <form role="search" aria-label="Site search" action={routes.search(locale)} method="get" className="flex gap-1">
      <label htmlFor="header-search" className="sr-only">Search the site</label>
      <input
        id="header-search"
        type="search"
        name="q"
        placeholder="Search: RAMED, OSP 22…"
        className="w-40 min-w-0 rounded border border-white/70 bg-white px-2 py-1 text-sm text-slate-900 sm:w-56"
      />
      <button type="submit" className="rounded bg-white px-2 py-1 text-sm font-semibold text-brand-900 hover:bg-brand-50">Search</button>
    </form>
  );
}
